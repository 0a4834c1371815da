package org.fieldbridge.application;
public class Placeholder {}
