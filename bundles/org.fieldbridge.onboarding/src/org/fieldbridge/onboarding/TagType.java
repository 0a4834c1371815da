/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.util.Locale;

/**
 * The value type of an imported tag, in the .twin language's terms where it has one ({@code int16},
 * {@code float32}, ...). {@link #BIT} is one bit of a register, {@link #STRING} a text of some registers.
 */
public enum TagType {
    BOOL, BIT, INT16, UINT16, INT32, UINT32, FLOAT32, INT64, FLOAT64, STRING, UNKNOWN;

    /** @return the .twin data type keyword ({@code int16}); empty for {@link #BIT}, {@link #STRING}, {@link #UNKNOWN} */
    public String keyword() {
        return switch (this) {
            case BIT, STRING, UNKNOWN -> "";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /** @return whether values are whole numbers */
    public boolean isInteger() {
        return this == INT16 || this == UINT16 || this == INT32 || this == UINT32 || this == INT64;
    }

    /** @return whether values are floating point numbers */
    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** @return whether values are on/off */
    public boolean isBoolean() {
        return this == BOOL || this == BIT;
    }

    /** @return the smallest raw value of an integer type; NaN for others */
    public double rawMinimum() {
        return switch (this) {
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case UINT16, UINT32 -> 0;
            default -> Double.NaN;
        };
    }

    /** @return the largest raw value of an integer type; NaN for others */
    public double rawMaximum() {
        return switch (this) {
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xFFFF;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 0xFFFF_FFFFL;
            case INT64 -> Long.MAX_VALUE;
            default -> Double.NaN;
        };
    }
}
