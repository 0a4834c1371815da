/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as commissioning shows them: short, no exponent for ordinary magnitudes, never a locale's comma. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @param value a number (infinite: {@code -inf}/{@code inf})
     * @return e.g. {@code 812.5}, {@code 0.1}, {@code 3000}, {@code 1.2E-38}
     */
    public static String text(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e12)) {
            return String.format(Locale.ROOT, "%.4G", value);
        }
        BigDecimal rounded = new BigDecimal(String.format(Locale.ROOT, "%.6G", value)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /**
     * @param value a raw or engineering value of any type the runtime produces
     * @return its text: numbers as {@link #text(double)}, integers exact, texts quoted
     */
    public static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Float || value instanceof Double) {
            return text(((Number) value).doubleValue());
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        return String.valueOf(value);
    }
}
