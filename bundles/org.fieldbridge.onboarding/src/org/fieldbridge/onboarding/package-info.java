/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Onboarding a line: tag exports (Modbus register lists, InTouch DBDump, TIA Portal PLC tags, Studio 5000 tags,
 * Kepware tags) and OPC UA servers read into one neutral list of {@link org.fieldbridge.onboarding.ImportedTag}s,
 * semantic names suggested for review, and a .plant and .twin written or added to.
 */
package org.fieldbridge.onboarding;
