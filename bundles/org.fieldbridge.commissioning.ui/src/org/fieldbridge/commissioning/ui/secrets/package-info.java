/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Passwords of commissioning sessions from Eclipse secure storage: {@code secure-storage:} references, and for
 * {@code env:}/{@code file:} references the workbench cannot read (a variable not set for the workbench) a secure
 * storage entry of the same name; asked for with a password dialog when missing and kept only there.
 */
package org.fieldbridge.commissioning.ui.secrets;
