/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.modbus;

/**
 * The four Modbus data tables (Modbus Application Protocol Specification V1.1b3, §4.3), with the function
 * code that reads each, the largest quantity one read request may ask for (§6.1-§6.4) and the leading digit
 * of their Modicon (HMI tag list) addresses.
 */
public enum ModbusTable {
    /** Read/write bits, Modicon 0xxxx; read with function 01, 1 to 2000 (0x7D0) coils per request (§6.1). */
    COIL('0', 1, true, ModbusLimits.MAX_READ_BITS),
    /** Read-only bits, Modicon 1xxxx; read with function 02, 1 to 2000 (0x7D0) inputs per request (§6.2). */
    DISCRETE_INPUT('1', 2, true, ModbusLimits.MAX_READ_BITS),
    /** Read-only registers, Modicon 3xxxx; read with function 04, 1 to 125 (0x7D) per request (§6.4). */
    INPUT_REGISTER('3', 4, false, ModbusLimits.MAX_READ_REGISTERS),
    /** Read/write registers, Modicon 4xxxx; read with function 03, 1 to 125 (0x7D) per request (§6.3). */
    HOLDING_REGISTER('4', 3, false, ModbusLimits.MAX_READ_REGISTERS);

    private final char modiconPrefix;
    private final int readFunction;
    private final boolean bits;
    private final int maxReadQuantity;

    ModbusTable(char modiconPrefix, int readFunction, boolean bits, int maxReadQuantity) {
        this.modiconPrefix = modiconPrefix;
        this.readFunction = readFunction;
        this.bits = bits;
        this.maxReadQuantity = maxReadQuantity;
    }

    /** @return the leading digit of Modicon addresses of this table ({@code 4} for 40001) */
    public char modiconPrefix() {
        return modiconPrefix;
    }

    /** @return the function code that reads this table (01, 02, 03 or 04) */
    public int readFunction() {
        return readFunction;
    }

    /** @return whether the table holds single bits (coils, discrete inputs) rather than 16-bit registers */
    public boolean holdsBits() {
        return bits;
    }

    /** @return the largest quantity of bits or registers one read request may ask for (§6.1-§6.4) */
    public int maxReadQuantity() {
        return maxReadQuantity;
    }

    /**
     * The table of a Modicon prefix digit.
     *
     * @param digit the first digit of a Modicon address
     * @return the table, or {@code null} for 2 and 5-9
     */
    public static ModbusTable ofModiconPrefix(char digit) {
        for (ModbusTable table : values()) {
            if (table.modiconPrefix == digit) {
                return table;
            }
        }
        return null;
    }
}
