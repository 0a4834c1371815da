/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

/**
 * Order of the registers of a value that spans more than one register. The Modbus specification does not
 * define it; devices differ.
 */
public enum WordOrder {
    /** The most significant register comes first (lowest address). */
    HIGH_WORD_FIRST,
    /** The least significant register comes first (lowest address). */
    LOW_WORD_FIRST
}
