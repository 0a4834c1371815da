/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A conversion between two units of one dimension: {@code to = factor * from + offset}.
 *
 * @param factor the factor (also what differences are multiplied with)
 * @param offset the summand
 */
public record UnitConversion(double factor, double offset) {

    /** Leaves values as they are. */
    public static final UnitConversion NONE = new UnitConversion(1, 0);

    /**
     * @param from a value in the source unit
     * @return the value in the target unit, rounded to 12 significant digits; exactly the value without conversion
     */
    public double value(double from) {
        return this.equals(NONE) ? from : round(factor * from + offset);
    }

    /**
     * @param from a difference (a band, a deadband) in the source unit
     * @return the difference in the target unit
     */
    public double difference(double from) {
        return factor == 1 ? from : round(factor * from);
    }

    /**
     * Rounds a converted value to 12 significant digits, so that 176 degF becomes 80.0 degC rather than
     * 80.00000000000001 (a generated file states the value a person would write).
     *
     * @param value a value
     * @return the value rounded
     */
    public static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(12)).doubleValue();
    }
}
