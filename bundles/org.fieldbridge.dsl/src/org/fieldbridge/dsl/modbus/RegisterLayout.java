/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.modbus;

import org.fieldbridge.core.modbus.RegisterValueType;
import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.ScalarKind;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.StringType;

/**
 * How many registers (or bits) a data type of the language occupies and what values it can hold: the
 * language's data types read against the shared Modbus facts of {@link RegisterValueType}.
 */
public final class RegisterLayout {

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
            return RegisterValueType.stringRegisters(string.getRegisters());
        }
        if (type instanceof ScalarType scalar) {
            return valueType(scalar.getKind()).registers();
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
        return type instanceof ScalarType scalar && valueType(scalar.getKind()).isInteger();
    }

    /**
     * The smallest raw value of an integer type.
     *
     * @param kind the type
     * @return the minimum, or negative infinity for floating point types
     */
    public static double rawMinimum(ScalarKind kind) {
        return valueType(kind).rawMinimum();
    }

    /**
     * The largest raw value of an integer type.
     *
     * @param kind the type
     * @return the maximum, or positive infinity for floating point types
     */
    public static double rawMaximum(ScalarKind kind) {
        return valueType(kind).rawMaximum();
    }

    /**
     * The shared Modbus value type of a language scalar kind (the enums use the same names).
     *
     * @param kind the language's scalar kind
     * @return the value type
     */
    public static RegisterValueType valueType(ScalarKind kind) {
        return RegisterValueType.valueOf(kind.getName());
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
