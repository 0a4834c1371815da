/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import org.fieldbridge.core.units.UnitConversion;
import org.fieldbridge.core.units.UnitSpelling;
import org.fieldbridge.core.units.UnitSpellings;

/**
 * Converts values between units of one quantity, for thresholds, limits and mappings written in another
 * unit than the plant signal's (a {@code degF} alarm on a {@code CEL} signal, {@code tf} on a {@code kN}
 * signal). The factors are data of {@code org.fieldbridge.core.units} ({@code conversions.txt}).
 */
public final class UnitConversions {

    /**
     * A conversion {@code to = factor * from + offset}.
     *
     * @param factor the factor (also what differences are multiplied with)
     * @param offset the summand
     */
    public record Conversion(double factor, double offset) {

        /** Leaves values as they are. */
        public static final Conversion NONE = new Conversion(1, 0);

        /** @return the converted value; exactly the value when nothing is converted */
        public double value(double from) {
            return this.equals(NONE) ? from : round(factor * from + offset);
        }

        /** @return the converted difference (a band, a deadband) */
        public double difference(double from) {
            return factor == 1 ? from : round(factor * from);
        }
    }

    /**
     * Rounds a converted value to 12 significant digits, so that 176 degF becomes 80.0 degC rather than
     * 80.00000000000001 (the generated code states the value a person would write).
     */
    public static double round(double value) {
        return UnitConversion.round(value);
    }

    private UnitConversions() {
    }

    /**
     * @param from the common code of the given value's unit; null means "already in {@code to}"
     * @param to the common code of the signal's unit; null when the signal has none
     * @return the conversion, {@link Conversion#NONE} for equal (or absent) units, null when the units cannot
     *         be converted into each other
     */
    public static Conversion between(String from, String to) {
        return of(org.fieldbridge.core.units.UnitConversions.standard().between(from, to));
    }

    /**
     * Like {@link #between(String, String)} for a unit as written in a .twin file, which may be a multiple of
     * a table unit ({@code tf} is 9.80665 kN).
     *
     * @param spelling the unit as written; null means "already in {@code to}"
     * @param to the common code of the signal's unit
     * @return the conversion, or null when the spelling is unknown or cannot be converted
     */
    public static Conversion fromSpelling(String spelling, String to) {
        if (spelling == null) {
            return Conversion.NONE;
        }
        UnitSpelling from = UnitSpellings.standard().resolve(spelling).orElse(null);
        if (from == null) {
            return null;
        }
        return of(org.fieldbridge.core.units.UnitConversions.standard().between(from, to));
    }

    private static Conversion of(UnitConversion conversion) {
        if (conversion == null) {
            return null;
        }
        return conversion.equals(UnitConversion.NONE) ? Conversion.NONE
                : new Conversion(conversion.factor(), conversion.offset());
    }

    /**
     * The time unit of a rate, for integrals: m³/h integrates over hours, l/min over minutes, everything
     * else over seconds (W -> J, A -> A·s).
     *
     * @param code the rate's common code, may be null
     * @return milliseconds of the time unit
     */
    public static long rateTimeUnitMillis(String code) {
        if (code == null) {
            return 1000;
        }
        return switch (code) {
            case "MQH", "E93", "E18", "E32", "KMH" -> 3_600_000;
            case "L2", "G2", "2X", "RPM", "C94" -> 60_000;
            default -> 1000;
        };
    }

    /**
     * The unit of an integral, for messages.
     *
     * @param code the rate's common code, may be null
     * @return e.g. {@code m³} for {@code MQH}; empty when not known
     */
    public static String integralUnit(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "MQH", "MQS" -> "m\u00b3";
            case "L2", "E32" -> "l";
            case "G2" -> "US gal";
            case "E93", "KGS" -> "kg";
            case "E18" -> "t";
            case "WTT" -> "J";
            case "KWT" -> "kJ";
            case "MAW" -> "MJ";
            case "AMP" -> "A\u00b7s";
            default -> "";
        };
    }
}
