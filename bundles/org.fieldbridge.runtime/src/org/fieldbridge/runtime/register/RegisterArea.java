/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import org.fieldbridge.core.modbus.ModbusTable;

/**
 * The four Modbus data tables as the runtime's register maps name them; the protocol facts (read function,
 * bit or register table, the largest quantity one request may ask for, Modbus Application Protocol V1.1b3
 * §4.3, §6.1-§6.4) are {@link ModbusTable}'s.
 */
public enum RegisterArea {
    /** Coils, read with function 01; 1 to 2000 (0x7D0) coils per request (§6.1). */
    COIL(ModbusTable.COIL),
    /** Discrete inputs, read with function 02; 1 to 2000 (0x7D0) inputs per request (§6.2). */
    DISCRETE_INPUT(ModbusTable.DISCRETE_INPUT),
    /** Holding registers, read with function 03; 1 to 125 (0x7D) registers per request (§6.3). */
    HOLDING_REGISTER(ModbusTable.HOLDING_REGISTER),
    /** Input registers, read with function 04; 1 to 125 (0x7D) registers per request (§6.4). */
    INPUT_REGISTER(ModbusTable.INPUT_REGISTER);

    private final ModbusTable table;

    RegisterArea(ModbusTable table) {
        this.table = table;
    }

    /** @return the protocol table */
    public ModbusTable table() {
        return table;
    }

    /** @return the Modbus function code that reads this table */
    public int readFunction() {
        return table.readFunction();
    }

    /** @return true for the single-bit tables (coils, discrete inputs) */
    public boolean isBits() {
        return table.holdsBits();
    }

    /** @return the largest quantity of bits or registers one read request may ask for */
    public int protocolMaxQuantity() {
        return table.maxReadQuantity();
    }
}
