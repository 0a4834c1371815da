/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.SignalType;

/** Turns runtime samples into OPC UA DataValues of a variable's declared data type. */
final class SampleValues {

    private static final StatusCode WAITING = new StatusCode(Quality.BAD_WAITING_FOR_INITIAL_DATA.unsignedCode());

    /**
     * What a variable holds before its first sample: no value, Bad_WaitingForInitialData, stamped now (when the
     * node is made). One value made when this class was loaded carried that moment to every later server of the
     * JVM, so a client saw a never-published variable with a ServerTimestamp from before the server started.
     */
    static DataValue waitingForInitialData() {
        return new DataValue(Variant.NULL_VALUE, WAITING, DateTime.now());
    }

    private SampleValues() {
    }

    /**
     * The sample's quality becomes the StatusCode unchanged (it is an OPC UA StatusCode already); a
     * value that cannot be represented in the variable's data type is published as no value with
     * Bad_TypeMismatch rather than stopping the data flow.
     */
    static DataValue toDataValue(Sample sample, SignalType type) {
        Object value = sample.value();
        long status = sample.quality().unsignedCode();
        Object converted = value == null ? null : convert(value, type);
        if (value != null && converted == null) {
            status = Quality.BAD_TYPE_MISMATCH.unsignedCode();
        }
        Variant variant = converted == null ? Variant.NULL_VALUE : new Variant(converted);
        return new DataValue(variant, new StatusCode(status), new DateTime(sample.sourceTimestamp()),
                new DateTime(sample.serverTimestamp()));
    }

    private static Object convert(Object value, SignalType type) {
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean b ? b : null;
            case STRING -> value instanceof String s ? s : null;
            case INT16 -> integral(value, Short.MIN_VALUE, Short.MAX_VALUE) ? (Object) ((Number) value).shortValue() : null;
            case UINT16 -> integral(value, 0, 0xFFFF) ? ushort(((Number) value).intValue()) : null;
            case INT32 -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE) ? (Object) ((Number) value).intValue() : null;
            case UINT32 -> integral(value, 0, 0xFFFF_FFFFL) ? uint(((Number) value).longValue()) : null;
            case INT64 -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE) ? (Object) ((Number) value).longValue() : null;
            case FLOAT -> value instanceof Number n ? n.floatValue() : null;
            case DOUBLE -> value instanceof Number n ? n.doubleValue() : null;
        };
    }

    /**
     * @return true for a whole number within [min, max]: integer types, and floating-point values without a
     *         fraction (an integer signal scaled by 10 arrives as a Double)
     */
    private static boolean integral(Object value, long min, long max) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long v = ((Number) value).longValue();
            return v >= min && v <= max;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && d >= min && d <= max && Math.abs(d) < 0x1p53;
        }
        return false;
    }
}
