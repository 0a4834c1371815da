/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.nio.charset.StandardCharsets;

/**
 * Decodes values from 16-bit register words and encodes them back, for every {@link DataType} and every
 * combination of {@link ByteOrder} and {@link WordOrder}.
 *
 * <p>Register words are ints holding 0..65535, in address order, as a Modbus response delivers them
 * (§4.2: each register big-endian on the wire). Byte order swaps the two bytes of each register before
 * use; word order says whether the register at the lowest address is the most significant (ABCD) or the
 * least significant (CDAB) one. Strings are packed two 8-bit (ISO 8859-1) characters per register, first
 * character in the high byte for big-endian, ended by the first NUL or by the last register; word order
 * does not apply to them.</p>
 */
public final class RegisterCodec {

    private RegisterCodec() {
    }

    /**
     * @param address the type and orders to decode with
     * @param words register words
     * @param from index of the value's first register (lowest address) in {@code words}
     * @return Boolean (BOOL, BIT), Integer (INT16, UINT16, INT32), Long (UINT32, INT64), Float (FLOAT32),
     *         Double (FLOAT64) or String (STRING)
     */
    public static Object decode(TagAddress address, int[] words, int from) {
        return decode(address.type(), address.byteOrder(), address.wordOrder(), words, from);
    }

    /** @see #decode(TagAddress, int[], int) */
    public static Object decode(DataType type, ByteOrder byteOrder, WordOrder wordOrder, int[] words, int from) {
        if (from < 0 || from + type.registerCount() > words.length) {
            throw new IllegalArgumentException(type + " at index " + from + " does not fit " + words.length + " words");
        }
        return switch (type.kind()) {
            case BOOL -> word(words[from], byteOrder) != 0;
            case BIT -> ((word(words[from], byteOrder) >>> type.length()) & 1) == 1;
            case INT16 -> (int) (short) word(words[from], byteOrder);
            case UINT16 -> word(words[from], byteOrder);
            case INT32 -> (int) raw(words, from, 2, byteOrder, wordOrder);
            case UINT32 -> raw(words, from, 2, byteOrder, wordOrder) & 0xFFFF_FFFFL;
            case FLOAT32 -> Float.intBitsToFloat((int) raw(words, from, 2, byteOrder, wordOrder));
            case INT64 -> raw(words, from, 4, byteOrder, wordOrder);
            case FLOAT64 -> Double.longBitsToDouble(raw(words, from, 4, byteOrder, wordOrder));
            case STRING -> text(words, from, type.length(), byteOrder);
        };
    }

    /**
     * @param address the type and orders to encode with (not BIT: see {@link #encodeBit})
     * @param value a Boolean, Number or String fitting the type
     * @return the register words in address order
     * @throws IllegalArgumentException when the value does not fit the type
     */
    public static int[] encode(TagAddress address, Object value) {
        return encode(address.type(), address.byteOrder(), address.wordOrder(), value);
    }

    /** @see #encode(TagAddress, Object) */
    public static int[] encode(DataType type, ByteOrder byteOrder, WordOrder wordOrder, Object value) {
        return switch (type.kind()) {
            case BOOL -> new int[] { word(asBoolean(value) ? 1 : 0, byteOrder) };
            case BIT -> throw new IllegalArgumentException("a BIT shares its register: use encodeBit");
            case INT16 -> new int[] { word((int) integral(value, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFF, byteOrder) };
            case UINT16 -> new int[] { word((int) integral(value, 0, 0xFFFF), byteOrder) };
            case INT32 -> words(integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE), 2, byteOrder, wordOrder);
            case UINT32 -> words(integral(value, 0, 0xFFFF_FFFFL), 2, byteOrder, wordOrder);
            case FLOAT32 -> words(Float.floatToIntBits(asNumber(value).floatValue()), 2, byteOrder, wordOrder);
            case INT64 -> words(integral(value, Long.MIN_VALUE, Long.MAX_VALUE), 4, byteOrder, wordOrder);
            case FLOAT64 -> words(Double.doubleToLongBits(asNumber(value).doubleValue()), 4, byteOrder, wordOrder);
            case STRING -> textWords(String.valueOf(value), type.length(), byteOrder);
        };
    }

    /**
     * @param current the register word as read (address order, wire byte order)
     * @return {@code current} with the bit of {@code type} set to {@code value}
     */
    public static int encodeBit(int current, DataType type, ByteOrder byteOrder, boolean value) {
        if (type.kind() != DataType.Kind.BIT) {
            throw new IllegalArgumentException(type + " is not a BIT");
        }
        int logical = word(current, byteOrder);
        int mask = 1 << type.length();
        logical = value ? logical | mask : logical & ~mask;
        return word(logical, byteOrder);
    }

    /** Swapping is its own inverse, so the same method turns wire words into logical ones and back. */
    private static int word(int word, ByteOrder byteOrder) {
        int w = word & 0xFFFF;
        return byteOrder == ByteOrder.BIG_ENDIAN ? w : ((w & 0xFF) << 8) | (w >>> 8);
    }

    private static long raw(int[] words, int from, int count, ByteOrder byteOrder, WordOrder wordOrder) {
        long raw = 0;
        for (int i = 0; i < count; i++) {
            int index = wordOrder == WordOrder.HIGH_WORD_FIRST ? from + i : from + count - 1 - i;
            raw = (raw << 16) | word(words[index], byteOrder);
        }
        return raw;
    }

    private static int[] words(long raw, int count, ByteOrder byteOrder, WordOrder wordOrder) {
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            int significance = count - 1 - i; // i = 0 is the most significant word
            int logical = (int) (raw >>> (16 * significance)) & 0xFFFF;
            int index = wordOrder == WordOrder.HIGH_WORD_FIRST ? i : count - 1 - i;
            words[index] = word(logical, byteOrder);
        }
        return words;
    }

    private static String text(int[] words, int from, int registers, ByteOrder byteOrder) {
        byte[] bytes = new byte[registers * 2];
        int length = 0;
        for (int i = 0; i < registers; i++) {
            int w = word(words[from + i], byteOrder);
            bytes[2 * i] = (byte) (w >>> 8);
            bytes[2 * i + 1] = (byte) w;
        }
        while (length < bytes.length && bytes[length] != 0) {
            length++;
        }
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private static int[] textWords(String text, int registers, ByteOrder byteOrder) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > registers * 2) {
            throw new IllegalArgumentException("\"" + text + "\" needs more than " + registers + " registers");
        }
        int[] words = new int[registers];
        for (int i = 0; i < registers; i++) {
            int high = 2 * i < bytes.length ? bytes[2 * i] & 0xFF : 0;
            int low = 2 * i + 1 < bytes.length ? bytes[2 * i + 1] & 0xFF : 0;
            words[i] = word((high << 8) | low, byteOrder);
        }
        return words;
    }

    private static boolean asBoolean(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        return asNumber(value).doubleValue() != 0;
    }

    private static Number asNumber(Object value) {
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        throw new IllegalArgumentException(value + " is not a number");
    }

    private static long integral(Object value, long min, long max) {
        Number number = asNumber(value);
        if ((number instanceof Double || number instanceof Float) && number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new IllegalArgumentException(value + " is not an integer");
        }
        long v = number.longValue();
        if (v < min || v > max) {
            throw new IllegalArgumentException(value + " is outside " + min + ".." + max);
        }
        return v;
    }
}
