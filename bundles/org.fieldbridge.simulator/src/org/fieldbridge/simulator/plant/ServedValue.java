/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import org.fieldbridge.codegen.model.ValueType;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * What a runtime reads back from the simulator for a mapping: the simulated engineering value turned into
 * the mapping's raw value (scale and offset inverted, rounded to the register type's resolution, saturated
 * like a PLC) and conditioned again. The simulator writes exactly that raw value into its registers.
 */
public final class ServedValue {

    private ServedValue() {
    }

    /**
     * @param address      the Modbus address and encoding, or null for an OPC UA node
     * @param integral     for OPC UA: whether the node holds whole numbers
     * @param conditioning the mapping's scale and offset
     * @param value        the simulated engineering value
     * @return the engineering value a runtime reads: a {@code Boolean}, a {@code String} or a {@code Double}
     */
    public static Object of(TagAddress address, boolean integral, Conditioning conditioning, double value) {
        double raw = (value - conditioning.offset()) / conditioning.scale();
        if (address == null) {
            return conditioning.engineering(integral ? Math.round(raw) : raw);
        }
        DataType type = address.type();
        return switch (type.kind()) {
            case BOOL, BIT -> raw != 0;
            case STRING -> String.valueOf(Math.round(raw));
            case FLOAT32 -> conditioning.engineering((float) raw);
            case FLOAT64 -> conditioning.engineering(raw);
            default -> conditioning.engineering(Math.max(rawMin(type), Math.min(rawMax(type), Math.round(raw))));
        };
    }

    /**
     * The value of an OPC UA mapping as the simulated server publishes its node ({@code SimulatedOpcUaController}):
     * a Boolean node holds raw != 0, a String node the whole number as text, a Float node the raw value as float,
     * a Double node the raw value, whole-number nodes the rounded raw value.
     *
     * @param type the node's data type
     * @return the engineering value a runtime reads: a {@code Boolean}, a {@code String} or a {@code Double}
     */
    public static Object ofNode(ValueType type, boolean integral, Conditioning conditioning, double value) {
        double raw = (value - conditioning.offset()) / conditioning.scale();
        return switch (type) {
            case BOOLEAN -> raw != 0;
            case STRING -> String.valueOf(Math.round(raw));
            case FLOAT -> conditioning.engineering((float) raw);
            case DOUBLE -> conditioning.engineering(raw);
            default -> conditioning.engineering(Math.round(raw));
        };
    }

    /**
     * @return the lowest and highest engineering value the mapping's registers can hold ({@code [-inf, inf]}
     *         for floats, {@code [0, 1]} for states)
     */
    static double[] range(TagAddress address, Conditioning conditioning) {
        DataType type = address.type();
        if (type.kind() == DataType.Kind.BOOL || type.kind() == DataType.Kind.BIT) {
            return new double[] { 0, 1 };
        }
        double a = conditioning.engineering(rawMin(type));
        double b = conditioning.engineering(rawMax(type));
        return new double[] { Math.min(a, b), Math.max(a, b) };
    }

    private static double rawMin(DataType type) {
        return switch (type.kind()) {
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> -9.0e15; // exact in a double
            case FLOAT32, FLOAT64 -> Double.NEGATIVE_INFINITY;
            default -> 0;
        };
    }

    private static double rawMax(DataType type) {
        return switch (type.kind()) {
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xFFFF;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 0xFFFF_FFFFL;
            case INT64 -> 9.0e15;
            case STRING -> Math.pow(10, Math.min(15, 2 * type.length())) - 1;
            case FLOAT32, FLOAT64 -> Double.POSITIVE_INFINITY;
            default -> 1;
        };
    }
}
