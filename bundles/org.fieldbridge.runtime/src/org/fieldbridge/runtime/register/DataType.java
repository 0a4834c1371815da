/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.core.modbus.RegisterValueType;

/**
 * The data type of a mapped value and how many registers it occupies.
 *
 * @param kind the kind of value
 * @param length for {@link Kind#STRING} the number of registers (two characters each); for
 *        {@link Kind#BIT} the bit number inside the register (0 = least significant); 0 otherwise
 */
public record DataType(Kind kind, int length) {

    /** The kinds of value a register map can hold. */
    public enum Kind {
        BOOL, INT16, UINT16, INT32, UINT32, FLOAT32, INT64, FLOAT64, STRING, BIT;

        /**
         * The registers of a fixed-size kind, looked up once in core's {@link RegisterValueType} (their one
         * home) rather than by name for every value decoded; 0 for STRING and BIT.
         */
        private final int fixedRegisters = fixedRegisters(name());

        private static int fixedRegisters(String name) {
            for (RegisterValueType type : RegisterValueType.values()) {
                if (type.name().equals(name)) {
                    return type.registers();
                }
            }
            return 0;
        }
    }

    public static final DataType BOOL = new DataType(Kind.BOOL, 0);
    public static final DataType INT16 = new DataType(Kind.INT16, 0);
    public static final DataType UINT16 = new DataType(Kind.UINT16, 0);
    public static final DataType INT32 = new DataType(Kind.INT32, 0);
    public static final DataType UINT32 = new DataType(Kind.UINT32, 0);
    public static final DataType FLOAT32 = new DataType(Kind.FLOAT32, 0);
    public static final DataType INT64 = new DataType(Kind.INT64, 0);
    public static final DataType FLOAT64 = new DataType(Kind.FLOAT64, 0);

    public DataType {
        if (kind == Kind.STRING && !RegisterValueType.isStringLength(length)) {
            throw new IllegalArgumentException("a STRING spans 1 to " + ModbusLimits.MAX_READ_REGISTERS
                    + " registers, not " + length);
        }
        if (kind == Kind.BIT && !RegisterValueType.isBitOfRegister(length)) {
            throw new IllegalArgumentException("a register has bits 0 to " + (ModbusLimits.BITS_PER_REGISTER - 1)
                    + ", not " + length);
        }
        if (kind != Kind.STRING && kind != Kind.BIT && length != 0) {
            throw new IllegalArgumentException(kind + " takes no length");
        }
    }

    /** @return a text of {@code registers} registers (two 8-bit characters per register) */
    public static DataType string(int registers) {
        return new DataType(Kind.STRING, registers);
    }

    /** @return bit {@code bit} (0 = least significant) of one register */
    public static DataType bit(int bit) {
        return new DataType(Kind.BIT, bit);
    }

    /** @return the number of 16-bit registers the value occupies (1 for BOOL and BIT) */
    public int registerCount() {
        return switch (kind) {
            case BIT -> 1;
            case STRING -> length;
            default -> kind.fixedRegisters;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STRING, BIT -> kind + "(" + length + ")";
            default -> kind.toString();
        };
    }
}
