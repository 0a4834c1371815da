/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.Locale;
import java.util.Map;

import org.fieldbridge.onboarding.TagType;

/**
 * Data type names as the tag exports write them — IEC 61131-3 ({@code INT}, {@code REAL}), Kepware
 * ({@code Short}, {@code Word}, {@code Float}), InTouch sections, Modbus lists ({@code int16}, {@code float})
 * — and the byte/word orders of register lists ({@code ABCD}, {@code CDAB}, {@code big}, {@code little}).
 */
public final class TypeNames {

    private static final Map<String, TagType> TYPES = Map.ofEntries(
            Map.entry("bool", TagType.BOOL), Map.entry("boolean", TagType.BOOL), Map.entry("bit", TagType.BOOL),
            Map.entry("coil", TagType.BOOL), Map.entry("digital", TagType.BOOL), Map.entry("discrete", TagType.BOOL),
            Map.entry("int16", TagType.INT16), Map.entry("int", TagType.INT16), Map.entry("short", TagType.INT16),
            Map.entry("signed", TagType.INT16), Map.entry("sint16", TagType.INT16), Map.entry("i16", TagType.INT16),
            Map.entry("uint16", TagType.UINT16), Map.entry("uint", TagType.UINT16), Map.entry("word", TagType.UINT16),
            Map.entry("unsigned", TagType.UINT16), Map.entry("ushort", TagType.UINT16), Map.entry("u16", TagType.UINT16),
            Map.entry("int32", TagType.INT32), Map.entry("dint", TagType.INT32), Map.entry("long", TagType.INT32),
            Map.entry("i32", TagType.INT32),
            Map.entry("uint32", TagType.UINT32), Map.entry("udint", TagType.UINT32), Map.entry("dword", TagType.UINT32),
            Map.entry("ulong", TagType.UINT32), Map.entry("u32", TagType.UINT32),
            Map.entry("float32", TagType.FLOAT32), Map.entry("float", TagType.FLOAT32), Map.entry("real", TagType.FLOAT32),
            Map.entry("single", TagType.FLOAT32), Map.entry("f32", TagType.FLOAT32),
            Map.entry("float64", TagType.FLOAT64), Map.entry("double", TagType.FLOAT64), Map.entry("lreal", TagType.FLOAT64),
            Map.entry("f64", TagType.FLOAT64),
            Map.entry("int64", TagType.INT64), Map.entry("lint", TagType.INT64), Map.entry("llong", TagType.INT64),
            Map.entry("string", TagType.STRING), Map.entry("char", TagType.STRING), Map.entry("text", TagType.STRING));

    private TypeNames() {
    }

    /**
     * @param name a type as an export writes it; an array or length suffix ({@code String[20]}) is ignored
     * @return the type, {@link TagType#UNKNOWN} when the name is none of the known ones
     */
    public static TagType type(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]", "");
        int bracket = key.indexOf('[');
        if (bracket > 0) {
            key = key.substring(0, bracket);
        }
        return TYPES.getOrDefault(key, TagType.UNKNOWN);
    }

    /**
     * Byte and word order of a list's order column: {@code ABCD} (big, big), {@code CDAB} (big, little: low word
     * first), {@code BADC} (little, big), {@code DCBA} (little, little), {@code AB}/{@code BA} for one register,
     * or {@code big}/{@code little} ("big endian", "little-endian") for both.
     *
     * @param text the column's text
     * @return {byte order, word order}, null entries where the text does not say
     */
    public static String[] orders(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        return switch (key) {
            case "ABCD", "AB", "ABCDEFGH" -> new String[] { "big", "big" };
            case "CDAB", "GHEFCDAB" -> new String[] { "big", "little" };
            case "BADC", "BA", "BADCFEHG" -> new String[] { "little", "big" };
            case "DCBA", "HGFEDCBA" -> new String[] { "little", "little" };
            case "BIG", "BIGENDIAN", "MSBFIRST" -> new String[] { "big", null };
            case "LITTLE", "LITTLEENDIAN", "LSBFIRST" -> new String[] { "little", null };
            default -> new String[] { null, null };
        };
    }

    /**
     * @param text a word order column's text: {@code big}, {@code little}, {@code high word first},
     *        {@code low word first}, {@code swapped}
     * @return {@code big}, {@code little} or null
     */
    public static String wordOrder(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return null;
        }
        if (key.startsWith("little") || key.startsWith("low") || key.equals("swapped") || key.equals("yes")
                || key.equals("cdab")) {
            return "little";
        }
        if (key.startsWith("big") || key.startsWith("high") || key.equals("no") || key.equals("abcd")) {
            return "big";
        }
        return null;
    }

    /**
     * @param text a byte order column's text
     * @return {@code big}, {@code little} or null
     */
    public static String byteOrder(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("little") || key.equals("ba") || key.equals("swapped")) {
            return "little";
        }
        if (key.startsWith("big") || key.equals("ab")) {
            return "big";
        }
        return null;
    }

    /**
     * A number as exports write them: {@code 0.1}, {@code 0,1} (German Excel), {@code 1e-3}; blank is none.
     *
     * @param text the field
     * @return the number, NaN when blank or not a number
     */
    public static double number(String text) {
        String value = text.strip().replace(" ", "");
        if (value.isEmpty()) {
            return Double.NaN;
        }
        if (value.indexOf(',') >= 0 && value.indexOf('.') < 0) {
            value = value.replace(',', '.');
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
