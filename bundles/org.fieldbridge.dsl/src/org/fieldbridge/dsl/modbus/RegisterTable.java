/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.modbus;

/** The four Modbus data tables (Modbus Application Protocol V1.1b3, §4.3) with their Modicon prefixes. */
public enum RegisterTable {
    /** Read/write bits, Modicon 0xxxx. */
    COIL('0', "coil", true),
    /** Read-only bits, Modicon 1xxxx. */
    DISCRETE_INPUT('1', "discrete", true),
    /** Read-only 16-bit registers, Modicon 3xxxx. */
    INPUT_REGISTER('3', "input", false),
    /** Read/write 16-bit registers, Modicon 4xxxx. */
    HOLDING_REGISTER('4', "holding", false);

    private final char modiconPrefix;
    private final String keyword;
    private final boolean bits;

    RegisterTable(char modiconPrefix, String keyword, boolean bits) {
        this.modiconPrefix = modiconPrefix;
        this.keyword = keyword;
        this.bits = bits;
    }

    /** @return the leading digit of Modicon addresses of this table */
    public char modiconPrefix() {
        return modiconPrefix;
    }

    /** @return the .twin keyword of this table, used in the canonical form */
    public String keyword() {
        return keyword;
    }

    /** @return whether the table holds single bits (coils, discrete inputs) rather than 16-bit registers */
    public boolean holdsBits() {
        return bits;
    }

    /**
     * The table of a Modicon prefix digit.
     *
     * @param digit the first digit of a Modicon address
     * @return the table, or {@code null} for 2, 5-9
     */
    public static RegisterTable ofModiconPrefix(char digit) {
        for (RegisterTable table : values()) {
            if (table.modiconPrefix == digit) {
                return table;
            }
        }
        return null;
    }
}
