/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts values between units of one dimension (a {@code degF} alarm on a {@code CEL} signal, a threshold in
 * {@code tf} on a {@code kN} signal), from the factors of {@code conversions.txt} next to this class.
 */
public final class UnitConversions {

    private static final String RESOURCE = "conversions.txt";

    private record Affine(String dimension, double factor, double offset) {
    }

    private final Map<String, Affine> byCode = new HashMap<>();

    private UnitConversions(UnitTable table, List<String[]> records) {
        for (String[] record : records) {
            if (table.byCode(record[0]).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": '" + record[0] + "' is not a UNECE Rec 20 code");
            }
            double offset = record.length > 3 && !record[3].isEmpty() ? DataLines.number(record[3]) : 0;
            byCode.put(record[0], new Affine(record[1], DataLines.number(record[2]), offset));
        }
    }

    private static final class Standard {
        static final UnitConversions CONVERSIONS = new UnitConversions(UnitTable.standard(),
                DataLines.records(RESOURCE));
    }

    /** @return the conversions shipped with Fieldbridge */
    public static UnitConversions standard() {
        return Standard.CONVERSIONS;
    }

    /**
     * @param from the common code of the given value's unit; null means "already in {@code to}"
     * @param to   the common code of the target unit; null when the target has none
     * @return the conversion, {@link UnitConversion#NONE} for equal (or absent) units, null when the units
     *         cannot be converted into each other
     */
    public UnitConversion between(String from, String to) {
        if (from == null || from.equals(to)) {
            return UnitConversion.NONE;
        }
        if (to == null) {
            return null;
        }
        Affine a = byCode.get(from);
        Affine b = byCode.get(to);
        if (a == null || b == null || !a.dimension().equals(b.dimension())) {
            return null;
        }
        // to = (base - b.offset) / b.factor with base = a.factor * from + a.offset
        return new UnitConversion(a.factor() / b.factor(), (a.offset() - b.offset()) / b.factor());
    }

    /**
     * Like {@link #between(String, String)} for a unit as written, which may be a multiple of a table unit
     * ({@code tf} is 9.80665 {@code kN}).
     *
     * @param from the unit as resolved, null meaning "already in {@code to}"
     * @param to   the common code of the target unit
     * @return the conversion, or null when the units cannot be converted into each other
     */
    public UnitConversion between(UnitSpelling from, String to) {
        if (from == null) {
            return UnitConversion.NONE;
        }
        UnitConversion conversion = between(from.code(), to);
        if (conversion == null || from.exact()) {
            return conversion;
        }
        return new UnitConversion(conversion.factor() * from.factor(), conversion.offset());
    }

    /**
     * @param code a common code
     * @return the dimension it converts within, e.g. {@code temperature}; null when it converts to nothing
     */
    public String dimensionOf(String code) {
        Affine affine = code == null ? null : byCode.get(code);
        return affine == null ? null : affine.dimension();
    }
}
