/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

/**
 * Order of the two bytes inside one 16-bit register. Modbus itself is big-endian (Modbus Application
 * Protocol V1.1b3 §4.2); some devices swap the bytes of multi-register values.
 */
public enum ByteOrder {
    /** High byte first, as §4.2 specifies ("AB"). */
    BIG_ENDIAN,
    /** Low byte first ("BA"). */
    LITTLE_ENDIAN
}
