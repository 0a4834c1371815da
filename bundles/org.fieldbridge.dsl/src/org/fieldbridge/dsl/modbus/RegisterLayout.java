/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.modbus;

import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.ScalarKind;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.StringType;

/** How many registers (or bits) a data type occupies and what values it can hold. */
public final class RegisterLayout {

    /** Registers one read request may carry (function codes 3 and 4, Modbus Application Protocol §6.3). */
    public static final int MAX_REGISTERS_PER_REQUEST = 125;
    /** Bits one read request may carry (function codes 1 and 2, §6.1). */
    public static final int MAX_BITS_PER_REQUEST = 2000;

    private RegisterLayout() {
    }

    /**
     * Registers (in register tables) or bits (in bit tables) a value of this type occupies.
     *
     * @param type the data type, {@code null} meaning one bit or register
     * @return the count, at least 1
     */
    public static int size(DataType type) {
        if (type instanceof StringType string) {
            return Math.max(1, string.getRegisters());
        }
        if (type instanceof ScalarType scalar) {
            return switch (scalar.getKind()) {
                case INT32, UINT32, FLOAT32 -> 2;
                case INT64, FLOAT64 -> 4;
                default -> 1;
            };
        }
        return 1;
    }

    /**
     * Tells whether the type holds one bit (bool or a bit of a register).
     *
     * @param type the data type
     * @return whether it is boolean
     */
    public static boolean isBoolean(DataType type) {
        return type instanceof BitType || type instanceof ScalarType scalar && scalar.getKind() == ScalarKind.BOOL;
    }

    /**
     * Tells whether the type holds integers only.
     *
     * @param type the data type
     * @return whether it is one of the integer types
     */
    public static boolean isInteger(DataType type) {
        return type instanceof ScalarType scalar && switch (scalar.getKind()) {
            case INT16, UINT16, INT32, UINT32, INT64 -> true;
            default -> false;
        };
    }

    /**
     * The smallest raw value of an integer type.
     *
     * @param kind the type
     * @return the minimum, or negative infinity for floating point types
     */
    public static double rawMinimum(ScalarKind kind) {
        return switch (kind) {
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case UINT16, UINT32, BOOL -> 0;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /**
     * The largest raw value of an integer type.
     *
     * @param kind the type
     * @return the maximum, or positive infinity for floating point types
     */
    public static double rawMaximum(ScalarKind kind) {
        return switch (kind) {
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xFFFF;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 0xFFFF_FFFFL;
            case INT64 -> Long.MAX_VALUE;
            case BOOL -> 1;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * The data type as written in .twin files.
     *
     * @param type the data type
     * @return e.g. {@code int16}, {@code string(10)}, {@code bit 3}
     */
    public static String spell(DataType type) {
        if (type instanceof StringType string) {
            return "string(" + string.getRegisters() + ")";
        }
        if (type instanceof BitType bit) {
            return "bit " + bit.getBit();
        }
        if (type instanceof ScalarType scalar) {
            return scalar.getKind().getLiteral();
        }
        return "bool";
    }
}
