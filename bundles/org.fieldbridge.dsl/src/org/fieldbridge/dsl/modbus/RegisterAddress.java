/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.modbus;

import org.fieldbridge.core.modbus.ModbusLimits;

/**
 * A normalised Modbus address: the table and the zero-based offset that goes on the wire (the PDU address).
 * Every spelling the language accepts ({@code holding 40007}, {@code 40007}, {@code 400007}, {@code 4x0007},
 * {@code holding-register:7:INT}, {@code holding 7} with one-based addressing) becomes {@code holding:6}.
 *
 * @param table  the data table
 * @param offset zero-based offset, 0..65535 for a valid address (larger values are reported, not clamped)
 */
public record RegisterAddress(RegisterTable table, long offset) {

    /** The highest offset a Modbus request can carry ({@link ModbusLimits#MAX_ADDRESS}). */
    public static final int MAX_OFFSET = ModbusLimits.MAX_ADDRESS;

    /**
     * The canonical form shown in hovers and generated code: table keyword, colon, zero-based offset.
     *
     * @return e.g. {@code holding:6}
     */
    public String canonical() {
        return table.keyword() + ":" + offset;
    }

    /**
     * The six-digit Modicon spelling, for people used to HMI tag lists.
     *
     * @return e.g. {@code 400007}
     */
    public String modicon() {
        return table.modiconPrefix() + String.format("%05d", offset + 1);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
