/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.modbus;

/**
 * The fixed-size value types a Modbus register map holds, how many 16-bit registers each occupies and which
 * raw values it can carry. Text is {@link #stringRegisters(int) a number of registers}; a single bit of a
 * register is one register.
 */
public enum RegisterValueType {
    /** One coil or discrete input, or a register read as 0/1. */
    BOOL(1, 0, 1),
    /** Signed 16 bit. */
    INT16(1, Short.MIN_VALUE, Short.MAX_VALUE),
    /** Unsigned 16 bit. */
    UINT16(1, 0, 0xFFFF),
    /** Signed 32 bit, two registers. */
    INT32(2, Integer.MIN_VALUE, Integer.MAX_VALUE),
    /** Unsigned 32 bit, two registers. */
    UINT32(2, 0, 0xFFFF_FFFFL),
    /** IEEE 754 single precision, two registers. */
    FLOAT32(2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    /** Signed 64 bit, four registers. */
    INT64(4, Long.MIN_VALUE, Long.MAX_VALUE),
    /** IEEE 754 double precision, four registers. */
    FLOAT64(4, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final int registers;
    private final double rawMinimum;
    private final double rawMaximum;

    RegisterValueType(int registers, double rawMinimum, double rawMaximum) {
        this.registers = registers;
        this.rawMinimum = rawMinimum;
        this.rawMaximum = rawMaximum;
    }

    /** @return the 16-bit registers a value of this type occupies */
    public int registers() {
        return registers;
    }

    /** @return whether the type holds integers only (BOOL is a bit, not an integer) */
    public boolean isInteger() {
        return this == INT16 || this == UINT16 || this == INT32 || this == UINT32 || this == INT64;
    }

    /** @return the smallest raw value, negative infinity for the floating point types */
    public double rawMinimum() {
        return rawMinimum;
    }

    /** @return the largest raw value, positive infinity for the floating point types */
    public double rawMaximum() {
        return rawMaximum;
    }

    /**
     * Tells whether a text of that many registers can be read at all: it must fit one request (§6.3).
     *
     * @param registers registers of the text, two 8-bit characters each
     * @return whether the length is 1..125
     */
    public static boolean isStringLength(long registers) {
        return ModbusLimits.isRegisterQuantity(registers);
    }

    /**
     * @param registers registers of a text
     * @return the registers it occupies, at least 1
     */
    public static int stringRegisters(int registers) {
        return Math.max(1, registers);
    }

    /**
     * @param bit a bit number inside a register
     * @return whether it is 0..15
     */
    public static boolean isBitOfRegister(long bit) {
        return bit >= 0 && bit < ModbusLimits.BITS_PER_REGISTER;
    }
}
