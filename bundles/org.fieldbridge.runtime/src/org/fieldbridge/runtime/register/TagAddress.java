/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.util.Objects;

import org.fieldbridge.core.modbus.ModbusLimits;

/**
 * Where a value lives on a Modbus device and how to decode it.
 *
 * @param unitId the unit identifier (0 to 255; Modbus/TCP devices usually answer 1 or 255)
 * @param area the data table
 * @param offset the 0-based protocol address (PDU address, §4.4: "Coil 1" is offset 0)
 * @param type the data type; only {@link DataType#BOOL} in the bit tables
 * @param byteOrder the byte order inside each register
 * @param wordOrder the register order of multi-register values
 */
public record TagAddress(int unitId, RegisterArea area, int offset, DataType type, ByteOrder byteOrder,
        WordOrder wordOrder) {

    public TagAddress {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(byteOrder, "byteOrder");
        Objects.requireNonNull(wordOrder, "wordOrder");
        if (!ModbusLimits.isUnitId(unitId)) {
            throw new IllegalArgumentException("unit id " + unitId + " is not in 0.." + ModbusLimits.MAX_UNIT_ID);
        }
        if (area.isBits() && type.kind() != DataType.Kind.BOOL) {
            throw new IllegalArgumentException(area + " holds single bits; " + type + " needs registers");
        }
        if (offset < 0 || offset + type.registerCount() - 1 > ModbusLimits.MAX_ADDRESS) {
            throw new IllegalArgumentException("offset " + offset + " with " + type + " leaves the 0..65535 address space");
        }
    }

    /** @return a big-endian, high-word-first address (the Modbus default, §4.2) */
    public static TagAddress of(int unitId, RegisterArea area, int offset, DataType type) {
        return new TagAddress(unitId, area, offset, type, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST);
    }

    /** @return the number of addresses (registers or bits) the value occupies */
    public int quantity() {
        return area.isBits() ? 1 : type.registerCount();
    }

    /** @return the last address the value occupies */
    public int lastOffset() {
        return offset + quantity() - 1;
    }

    @Override
    public String toString() {
        return "unit " + unitId + " " + area + "@" + offset + " " + type + " " + byteOrder + "/" + wordOrder;
    }
}
