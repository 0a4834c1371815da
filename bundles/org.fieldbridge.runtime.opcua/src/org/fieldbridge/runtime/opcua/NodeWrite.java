/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * Reads what a write to a variable needs (its value, built-in data type and the session user's write access) and
 * writes one value of exactly that data type (Part 4 §5.10.4: the server may refuse a Variant of another type with
 * Bad_TypeMismatch, so the number is converted here, refusing what does not fit).
 */
final class NodeWrite {

    private NodeWrite() {
    }

    /** The AccessLevel bit CurrentWrite (Part 3 §8.57). */
    private static final int CURRENT_WRITE = 0x02;

    static OpcUaProbe.WritableNode describe(OpcUaClient client, NodeId id) throws Exception {
        List<DataValue> values = List.of(client.read(0.0, TimestampsToReturn.Both, List.of(
                AddressSpaceWalk.read(id, AttributeId.Value), AddressSpaceWalk.read(id, AttributeId.DataType),
                AddressSpaceWalk.read(id, AttributeId.UserAccessLevel))).getResults());
        Sample value = OpcUaProbe.sample(values.get(0));
        Object type = values.get(1).getValue().getValue();
        OpcUaDataType builtin = type instanceof NodeId t ? OpcUaDataType.fromNodeId(t) : null;
        boolean writable = values.get(2).getValue().getValue() instanceof Number bits
                && (bits.intValue() & CURRENT_WRITE) != 0;
        return new OpcUaProbe.WritableNode(id.toParseableString(), builtin == null ? "" : builtin.name(), writable,
                value);
    }

    /**
     * @param dataType the node's built-in data type name, e.g. {@code Double}
     * @param value the value to write
     * @return the value as the Java type Milo encodes as that data type
     * @throws IllegalArgumentException when the value does not fit, in plant words
     */
    static Object convert(String dataType, Object value) {
        OpcUaDataType type;
        try {
            type = OpcUaDataType.valueOf(dataType);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the node's data type " + (dataType.isEmpty() ? "(unknown)" : dataType)
                    + " cannot be written from Fieldbridge (numbers, Boolean and String only)");
        }
        if (type == OpcUaDataType.String) {
            return String.valueOf(value);
        }
        if (type == OpcUaDataType.Boolean) {
            if (value instanceof Boolean b) {
                return b;
            }
            return number(value).doubleValue() != 0;
        }
        Number number = number(value);
        return switch (type) {
            case Double -> number.doubleValue();
            case Float -> floatOf(number);
            case SByte -> (byte) integral(number, Byte.MIN_VALUE, Byte.MAX_VALUE, type);
            case Byte -> UByte.valueOf(integral(number, 0, 255, type));
            case Int16 -> (short) integral(number, Short.MIN_VALUE, Short.MAX_VALUE, type);
            case UInt16 -> UShort.valueOf((int) integral(number, 0, 0xFFFF, type));
            case Int32 -> (int) integral(number, Integer.MIN_VALUE, Integer.MAX_VALUE, type);
            case UInt32 -> UInteger.valueOf(integral(number, 0, 0xFFFF_FFFFL, type));
            case Int64 -> integral(number, Long.MIN_VALUE, Long.MAX_VALUE, type);
            case UInt64 -> ULong.valueOf(integral(number, 0, Long.MAX_VALUE, type));
            default -> throw new IllegalArgumentException("the node's data type " + type.name()
                    + " cannot be written from Fieldbridge (numbers, Boolean and String only)");
        };
    }

    static StatusCode write(OpcUaClient client, NodeId id, Object converted) throws Exception {
        // value only: no timestamps or status, which many servers refuse to have written (Bad_WriteNotSupported);
        // valueOnly, not a null StatusCode, which Milo cannot encode (every write failed with Bad_UnexpectedError)
        return client.writeValues(List.of(id), List.of(DataValue.valueOnly(new Variant(converted)))).get(0);
    }

    /** @return the StatusCode in plant words, e.g. {@code Bad_NotWritable} or {@code Bad_UserAccessDenied} */
    static String refusal(StatusCode status) {
        return Quality.of((int) status.getValue()).symbolicName();
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("'" + value + "' is not a number");
    }

    private static float floatOf(Number number) {
        float f = number.floatValue();
        if (Float.isInfinite(f) && !Double.isInfinite(number.doubleValue())) {
            throw new IllegalArgumentException(number + " is too large for Float");
        }
        return f;
    }

    private static long integral(Number number, long min, long max, OpcUaDataType type) {
        BigDecimal exact = new BigDecimal(number.toString()).stripTrailingZeros();
        String text = exact.toPlainString();
        if (exact.scale() > 0) {
            throw new IllegalArgumentException(text + " is not a whole number; the node is " + type.name());
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is outside %d .. %d of %s", text,
                    min, max, type.name()));
        }
        return exact.longValueExact();
    }
}
