/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import java.util.Locale;

import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.WordOrder;

/**
 * One way of reading registers: a data type in a byte and word order, and the value it gives. Decoded by the
 * runtime's {@code RegisterCodec}, so a decoding chosen here reads the same in the runtime.
 *
 * @param type the runtime's data type
 * @param byteOrder the byte order inside a register
 * @param wordOrder the register order of 32/64-bit values
 * @param value the decoded raw value (Integer, Long, Float, Double, String; for {@code uint64} a Long holding the
 *        unsigned bits)
 * @param unsigned64 whether this is the unsigned reading of a 64-bit integer ({@code uint64}: no .twin type, shown
 *        for information)
 */
public record Decoding(DataType type, ByteOrder byteOrder, WordOrder wordOrder, Object value, boolean unsigned64) {

    /** @return the type as the .twin file spells it, e.g. {@code float32}, {@code string(4)}, {@code uint64} */
    public String typeName() {
        if (unsigned64) {
            return "uint64";
        }
        return switch (type.kind()) {
            case STRING -> "string(" + type.length() + ")";
            default -> type.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    /** @return whether the .twin language and the runtime have this type (uint64 is informative only) */
    public boolean isRunnable() {
        return !unsigned64;
    }

    /** @return whether word order matters (32 and 64-bit values) */
    public boolean hasWords() {
        return type.registerCount() > 1 && type.kind() != DataType.Kind.STRING;
    }

    /**
     * @return the byte sequence name: {@code AB}/{@code BA} for one register, {@code ABCD}, {@code CDAB},
     *         {@code BADC}, {@code DCBA} for 32 and 64-bit values (64-bit: the same four orders of word pairs),
     *         {@code text} for strings
     */
    public String order() {
        if (type.kind() == DataType.Kind.STRING) {
            return "text";
        }
        boolean big = byteOrder == ByteOrder.BIG_ENDIAN;
        if (!hasWords()) {
            return big ? "AB" : "BA";
        }
        boolean high = wordOrder == WordOrder.HIGH_WORD_FIRST;
        return big ? (high ? "ABCD" : "CDAB") : (high ? "BADC" : "DCBA");
    }

    /**
     * @return the .twin type and options that select this decoding, e.g.
     *         {@code float32 { byte order big, word order little }}
     */
    public String twinOptions() {
        return twinOptions("");
    }

    /**
     * @param extra further options, e.g. {@code scale 0.1}; empty for none
     * @return the .twin type and options, the extra ones last
     */
    public String twinOptions(String extra) {
        StringBuilder options = new StringBuilder();
        if (type.kind() != DataType.Kind.STRING) {
            options.append("byte order ").append(byteOrder == ByteOrder.BIG_ENDIAN ? "big" : "little");
        }
        if (hasWords()) {
            options.append(", word order ").append(wordOrder == WordOrder.HIGH_WORD_FIRST ? "big" : "little");
        }
        if (!extra.isEmpty()) {
            options.append(options.isEmpty() ? "" : ", ").append(extra);
        }
        return typeName() + (options.isEmpty() ? "" : " { " + options + " }");
    }

    /** @return the value as a number; NaN for texts */
    public double number() {
        if (unsigned64) {
            long bits = (Long) value;
            return bits >= 0 ? bits : (double) (bits >>> 1) * 2.0 + (bits & 1);
        }
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * @param otherType a data type
     * @param otherBytes a byte order
     * @param otherWords a word order
     * @return whether both read the registers the same way (type and orders that matter for the type)
     */
    public boolean sameEncodingAs(DataType otherType, ByteOrder otherBytes, WordOrder otherWords) {
        if (!type.equals(otherType) || unsigned64) {
            return false;
        }
        if (type.kind() == DataType.Kind.STRING || type.kind() == DataType.Kind.BOOL || type.kind() == DataType.Kind.BIT) {
            return true;
        }
        return byteOrder == otherBytes && (!hasWords() || wordOrder == otherWords);
    }
}
