/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import java.util.Locale;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.Numbers;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterTable;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.opcua.OpcUaProbe;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterCodec;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;

/**
 * Turns an engineering value typed by a person into what goes on the wire, exactly as the mapping reads it back:
 * the conditioning inverted (raw = (value - offset) / scale), the runtime's codec with the mapping's data type and
 * byte/word order. Refuses, in plant words, what is not a value of the signal, lies outside its valid range, or
 * does not fit the data type. No I/O: a dialog validates with it as the person types.
 */
public final class WriteEncoding {

    /**
     * A value ready to be sent.
     *
     * @param raw the raw value (before conditioning) sent
     * @param words the register words in address order (Modbus registers; a coil: one word 0 or 1; OPC UA: none)
     * @param newValue the engineering value as it will read back, e.g. {@code 1250} (a float32 may round)
     * @param dataType the data type as encoded, e.g. {@code float32 CDAB}
     */
    public record Encoded(Object raw, int[] words, String newValue, String dataType) {
    }

    private WriteEncoding() {
    }

    /**
     * @param mapping a Modbus mapping
     * @return whether Modbus can write its table (holding registers and coils)
     */
    public static boolean isWritableTable(MappedValue mapping) {
        RegisterArea area = mapping.address().area();
        return area == RegisterArea.HOLDING_REGISTER || area == RegisterArea.COIL;
    }

    /** @return the Modicon spelling of a Modbus mapping's address, e.g. {@code 400003} */
    public static String modicon(MappedValue mapping) {
        TagAddress a = mapping.address();
        return new RegisterAddress(RegisterTable.valueOf(a.area().name()), a.offset()).modicon();
    }

    /** @return e.g. {@code float32 CDAB}, {@code int16 AB, scale 0.1}, {@code coil} */
    public static String dataType(MappedValue mapping) {
        TagAddress a = mapping.address();
        if (a.area().isBits()) {
            return a.area() == RegisterArea.COIL ? "coil (on/off)" : "discrete input (on/off)";
        }
        String order = switch (a.type().registerCount()) {
            case 1 -> a.byteOrder() == ByteOrder.BIG_ENDIAN ? "AB" : "BA";
            default -> order(a.byteOrder(), a.wordOrder());
        };
        String type = mapping.spelledType().isEmpty() ? a.type().toString().toLowerCase(Locale.ROOT)
                : mapping.spelledType();
        return type + " " + order + scaling(mapping.conditioning());
    }

    private static String order(ByteOrder bytes, WordOrder words) {
        boolean big = bytes == ByteOrder.BIG_ENDIAN;
        if (words == WordOrder.HIGH_WORD_FIRST) {
            return big ? "ABCD" : "BADC";
        }
        return big ? "CDAB" : "DCBA";
    }

    private static String scaling(Conditioning c) {
        String text = "";
        if (c.scale() != 1) {
            text += ", scale " + Numbers.text(c.scale());
        }
        if (c.offset() != 0) {
            text += ", offset " + Numbers.text(c.offset());
        }
        return text;
    }

    /**
     * Encodes a value for a Modbus mapping.
     *
     * @param mapping the mapping (holding register or coil)
     * @param text the engineering value as typed, e.g. {@code 21.5}; for a coil or bit {@code on}/{@code off},
     *        {@code true}/{@code false}, {@code 1}/{@code 0}
     * @param current the register as read now (a bit of a register is written by rewriting its register), may be
     *        empty for other types
     * @return the encoded value
     * @throws IllegalArgumentException why it cannot be written, in plant words
     */
    public static Encoded modbus(MappedValue mapping, String text, int[] current) {
        TagAddress a = mapping.address();
        if (a.area().isBits() || a.type().kind() == DataType.Kind.BOOL || a.type().kind() == DataType.Kind.BIT) {
            boolean on = bool(text);
            int[] words;
            if (a.area().isBits() || a.type().kind() == DataType.Kind.BOOL) {
                words = a.area().isBits() ? new int[] { on ? 1 : 0 } : RegisterCodec.encode(a, on);
            } else {
                if (current.length == 0) {
                    throw new IllegalArgumentException("the register holding bit " + a.type().length()
                            + " could not be read; it is rewritten with only that bit changed");
                }
                words = new int[] { RegisterCodec.encodeBit(current[0], a.type(), a.byteOrder(), on) };
            }
            return new Encoded(on, a.area().isBits() ? new int[] { on ? 1 : 0 } : words, on ? "on" : "off",
                    dataType(mapping));
        }
        if (a.type().kind() == DataType.Kind.STRING) {
            int[] words;
            try {
                words = RegisterCodec.encode(a, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + text + "\" is longer than the " + 2 * a.type().length()
                        + " characters of " + dataType(mapping));
            }
            return new Encoded(text, words, Numbers.text(RegisterCodec.decode(a, words, 0)), dataType(mapping));
        }
        double value = number(text);
        checkRange(mapping, value);
        Object raw = raw(mapping, value);
        int[] words;
        try {
            words = RegisterCodec.encode(a, raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(withUnit(mapping, text) + " does not fit " + dataType(mapping)
                    + " (raw value " + Numbers.text(raw) + ")");
        }
        Object back = RegisterCodec.decode(a, words, 0);
        double readBack = mapping.conditioning().engineering(((Number) back).doubleValue());
        return new Encoded(raw, words, Numbers.text(readBack), dataType(mapping));
    }

    /**
     * Encodes a value for an OPC UA mapping.
     *
     * @param mapping the mapping
     * @param text the engineering value as typed
     * @param nodeDataType the node's built-in data type, e.g. {@code Double}
     * @return the value as it will be written (no words)
     * @throws IllegalArgumentException why it cannot be written, in plant words
     */
    public static Encoded opcua(MappedValue mapping, String text, String nodeDataType) {
        Object raw;
        if ("Boolean".equals(nodeDataType)) {
            raw = bool(text);
        } else if ("String".equals(nodeDataType)) {
            raw = text;
        } else {
            double value = number(text);
            checkRange(mapping, value);
            raw = raw(mapping, value);
        }
        Object written;
        try {
            written = OpcUaProbe.asWritten(nodeDataType, raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(withUnit(mapping, text) + ": " + e.getMessage());
        }
        String newValue = written instanceof Number n && !(raw instanceof Boolean)
                ? Numbers.text(mapping.conditioning().engineering(n.doubleValue())) : Numbers.text(written);
        String type = nodeDataType + scaling(mapping.conditioning());
        return new Encoded(written, new int[0], newValue, type);
    }

    /**
     * @param value a value as read and conditioned
     * @return its text as a person compares it with what is typed: {@code on}/{@code off} for a bit, numbers short
     */
    public static String valueText(Object value) {
        if (value instanceof Boolean b) {
            return b ? "on" : "off";
        }
        return Numbers.text(value);
    }

    /** The raw value of an engineering value: the conditioning inverted; whole for integer registers. */
    private static Object raw(MappedValue mapping, double value) {
        Conditioning c = mapping.conditioning();
        double raw = (value - c.offset()) / c.scale();
        boolean whole = mapping.isModbus() ? isInteger(mapping.address().type()) : false;
        if (!whole) {
            return raw;
        }
        double rounded = Math.rint(raw);
        if (Math.abs(raw - rounded) > 1e-6 * Math.max(1, Math.abs(raw))) {
            throw new IllegalArgumentException(withUnit(mapping, Numbers.text(value)) + " cannot be written exactly: "
                    + dataType(mapping) + " holds steps of " + withUnit(mapping, Numbers.text(Math.abs(c.scale())))
                    + "; write " + withUnit(mapping, Numbers.text(c.engineering(rounded))) + " instead");
        }
        return (long) rounded;
    }

    private static boolean isInteger(DataType type) {
        return switch (type.kind()) {
            case INT16, UINT16, INT32, UINT32, INT64 -> true;
            default -> false;
        };
    }

    /** The plant signal's valid range narrowed by the mapping's {@code valid}, as the runtime judges values. */
    private static void checkRange(MappedValue mapping, double value) {
        double low = Math.max(mapping.low(), mapping.conditioning().validMin());
        double high = Math.min(mapping.high(), mapping.conditioning().validMax());
        if (value < low || value > high) {
            throw new IllegalArgumentException(withUnit(mapping, Numbers.text(value)) + " is outside the valid range "
                    + withUnit(mapping, Numbers.text(low) + " .. " + Numbers.text(high)) + " of " + shortName(mapping));
        }
    }

    private static double number(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("type the new value");
        }
        if (t.matches("-?\\d+,\\d+")) {
            throw new IllegalArgumentException("'" + t + "': write the decimal point as '.', e.g. "
                    + t.replace(',', '.'));
        }
        try {
            double value = Double.parseDouble(t);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number");
        }
    }

    private static boolean bool(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "1" -> true;
            case "off", "false", "0" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not on or off (write on, off, 1 or 0)");
        };
    }

    private static String withUnit(MappedValue mapping, String value) {
        return mapping.unit().isEmpty() ? value : value + " " + mapping.unit();
    }

    static String shortName(MappedValue mapping) {
        String[] parts = mapping.signal().split("\\.");
        return parts.length <= 2 ? mapping.signal() : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
