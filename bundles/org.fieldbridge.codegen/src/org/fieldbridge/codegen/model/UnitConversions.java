package org.fieldbridge.codegen.model;

import java.util.Map;

/**
 * Converts values between units of one quantity, for thresholds, limits and mappings written in another
 * unit than the plant signal's (a {@code degF} alarm on a {@code CEL} signal). Each unit is an affine
 * function of its quantity's base unit: {@code base = factor * value + offset}.
 */
public final class UnitConversions {

    private record Affine(String quantity, double factor, double offset) {
    }

    private static final Map<String, Affine> UNITS = Map.ofEntries(
            Map.entry("KEL", new Affine("temperature", 1, 0)),
            Map.entry("CEL", new Affine("temperature", 1, 273.15)),
            Map.entry("FAH", new Affine("temperature", 5.0 / 9.0, 459.67 * 5.0 / 9.0)),
            Map.entry("PAL", new Affine("pressure", 1, 0)), Map.entry("KPA", new Affine("pressure", 1e3, 0)),
            Map.entry("MPA", new Affine("pressure", 1e6, 0)), Map.entry("BAR", new Affine("pressure", 1e5, 0)),
            Map.entry("MBR", new Affine("pressure", 100, 0)), Map.entry("PS", new Affine("pressure", 6894.757293168, 0)),
            Map.entry("AMP", new Affine("current", 1, 0)), Map.entry("4K", new Affine("current", 1e-3, 0)),
            Map.entry("B22", new Affine("current", 1e3, 0)),
            Map.entry("VLT", new Affine("voltage", 1, 0)), Map.entry("2Z", new Affine("voltage", 1e-3, 0)),
            Map.entry("KVT", new Affine("voltage", 1e3, 0)),
            Map.entry("MQS", new Affine("volumeFlow", 1, 0)), Map.entry("MQH", new Affine("volumeFlow", 1 / 3600.0, 0)),
            Map.entry("L2", new Affine("volumeFlow", 1e-3 / 60, 0)),
            Map.entry("G2", new Affine("volumeFlow", 3.785411784e-3 / 60, 0)),
            Map.entry("KGS", new Affine("massFlow", 1, 0)), Map.entry("KGH", new Affine("massFlow", 1 / 3600.0, 0)),
            Map.entry("WTT", new Affine("power", 1, 0)), Map.entry("KWT", new Affine("power", 1e3, 0)),
            Map.entry("MAW", new Affine("power", 1e6, 0)),
            Map.entry("JOU", new Affine("energy", 1, 0)), Map.entry("KJO", new Affine("energy", 1e3, 0)),
            Map.entry("KWH", new Affine("energy", 3.6e6, 0)), Map.entry("MWH", new Affine("energy", 3.6e9, 0)),
            Map.entry("MTR", new Affine("length", 1, 0)), Map.entry("CMT", new Affine("length", 1e-2, 0)),
            Map.entry("MMT", new Affine("length", 1e-3, 0)),
            Map.entry("MTS", new Affine("speed", 1, 0)), Map.entry("2X", new Affine("speed", 1 / 60.0, 0)),
            Map.entry("KMH", new Affine("speed", 1 / 3.6, 0)),
            Map.entry("2A", new Affine("rotationalSpeed", 1, 0)),
            Map.entry("RPM", new Affine("rotationalSpeed", 2 * Math.PI / 60, 0)),
            Map.entry("HTZ", new Affine("frequency", 1, 0)), Map.entry("KHZ", new Affine("frequency", 1e3, 0)),
            Map.entry("KGM", new Affine("mass", 1, 0)), Map.entry("GRM", new Affine("mass", 1e-3, 0)),
            Map.entry("TNE", new Affine("mass", 1e3, 0)),
            Map.entry("SEC", new Affine("duration", 1, 0)), Map.entry("C26", new Affine("duration", 1e-3, 0)),
            Map.entry("MIN", new Affine("duration", 60, 0)), Map.entry("HUR", new Affine("duration", 3600, 0)),
            Map.entry("C62", new Affine("ratio", 1, 0)), Map.entry("P1", new Affine("ratio", 1e-2, 0)));

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
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
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
        if (from == null || from.equals(to)) {
            return Conversion.NONE;
        }
        if (to == null) {
            return null;
        }
        Affine a = UNITS.get(from);
        Affine b = UNITS.get(to);
        if (a == null || b == null || !a.quantity().equals(b.quantity())) {
            return null;
        }
        // to = (base - b.offset) / b.factor with base = a.factor * from + a.offset
        return new Conversion(a.factor() / b.factor(), (a.offset() - b.offset()) / b.factor());
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
            case "MQH", "KGH", "KMH" -> 3_600_000;
            case "L2", "G2", "2X", "RPM" -> 60_000;
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
            case "L2" -> "l";
            case "G2" -> "US gal";
            case "KGH", "KGS" -> "kg";
            case "WTT" -> "J";
            case "KWT" -> "kJ";
            case "MAW" -> "MJ";
            case "AMP" -> "A\u00b7s";
            default -> "";
        };
    }
}
