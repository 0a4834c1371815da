/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.modbus;

import org.fieldbridge.core.modbus.ModbusTable;

/**
 * The four Modbus data tables as the language spells them; the protocol facts (Modicon prefix, bit or
 * register table, request limits) are {@link ModbusTable}'s.
 */
public enum RegisterTable {
    /** Read/write bits, Modicon 0xxxx. */
    COIL(ModbusTable.COIL, "coil"),
    /** Read-only bits, Modicon 1xxxx. */
    DISCRETE_INPUT(ModbusTable.DISCRETE_INPUT, "discrete"),
    /** Read-only 16-bit registers, Modicon 3xxxx. */
    INPUT_REGISTER(ModbusTable.INPUT_REGISTER, "input"),
    /** Read/write 16-bit registers, Modicon 4xxxx. */
    HOLDING_REGISTER(ModbusTable.HOLDING_REGISTER, "holding");

    private final ModbusTable table;
    private final String keyword;

    RegisterTable(ModbusTable table, String keyword) {
        this.table = table;
        this.keyword = keyword;
    }

    /** @return the protocol table */
    public ModbusTable table() {
        return table;
    }

    /** @return the leading digit of Modicon addresses of this table */
    public char modiconPrefix() {
        return table.modiconPrefix();
    }

    /** @return the .twin keyword of this table, used in the canonical form */
    public String keyword() {
        return keyword;
    }

    /** @return whether the table holds single bits (coils, discrete inputs) rather than 16-bit registers */
    public boolean holdsBits() {
        return table.holdsBits();
    }

    /**
     * The table of a Modicon prefix digit.
     *
     * @param digit the first digit of a Modicon address
     * @return the table, or {@code null} for 2, 5-9
     */
    public static RegisterTable ofModiconPrefix(char digit) {
        ModbusTable table = ModbusTable.ofModiconPrefix(digit);
        for (RegisterTable candidate : values()) {
            if (candidate.table == table) {
                return candidate;
            }
        }
        return null;
    }
}
