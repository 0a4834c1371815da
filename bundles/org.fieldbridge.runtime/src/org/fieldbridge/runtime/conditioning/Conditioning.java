/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.conditioning;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * How a raw value becomes an engineering value: linear scaling, a valid range that sets the quality, and
 * an absolute deadband (applied by {@link SignalConditioner}, which keeps the state).
 *
 * <p>Out of range: a finite engineering value outside {@code [validMin, validMax]} keeps its value and gets
 * <b>Uncertain_EngineeringUnitsExceeded</b> with the Low or High limit bit (OPC UA Part 8, EURange: the
 * range the value is normally in; Part 4 StatusCode limit bits). Bad_OutOfRange is what OPC UA uses for a
 * refused write argument, and a reading beyond its range is still a measurement a technician wants to see,
 * so it is not made Bad. A value that is not a number at all (NaN, infinity: a broken sensor or a wrong
 * word order) is <b>Bad_OutOfRange</b>. A quality that is already worse than Good is kept.</p>
 *
 * @param scale factor applied to the raw value
 * @param offset added after scaling: engineering = raw * scale + offset
 * @param validMin lowest valid engineering value (negative infinity: no limit)
 * @param validMax highest valid engineering value (positive infinity: no limit)
 * @param deadband absolute deadband in engineering units (0: every change is reported)
 */
public record Conditioning(double scale, double offset, double validMin, double validMax, double deadband) {

    /** No scaling, no range, no deadband. */
    public static final Conditioning IDENTITY = new Conditioning(1, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0);

    public Conditioning {
        if (!Double.isFinite(scale) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("scale and offset must be finite");
        }
        if (Double.isNaN(validMin) || Double.isNaN(validMax) || validMin > validMax) {
            throw new IllegalArgumentException("valid range [" + validMin + ", " + validMax + "] is empty");
        }
        if (!(deadband >= 0)) {
            throw new IllegalArgumentException("deadband must be >= 0, not " + deadband);
        }
    }

    /** @return this conditioning with engineering = raw * scale + offset */
    public Conditioning withScaling(double newScale, double newOffset) {
        return new Conditioning(newScale, newOffset, validMin, validMax, deadband);
    }

    /** @return this conditioning with a valid range in engineering units */
    public Conditioning withValidRange(double min, double max) {
        return new Conditioning(scale, offset, min, max, deadband);
    }

    /** @return this conditioning with an absolute deadband in engineering units */
    public Conditioning withDeadband(double absolute) {
        return new Conditioning(scale, offset, validMin, validMax, absolute);
    }

    /** @return the engineering value of a raw number */
    public double engineering(double raw) {
        return raw * scale + offset;
    }

    /**
     * Scales a raw sample and checks its range (no deadband: that needs state). A scaled value is a Double;
     * without scaling the raw Number is kept as it is. Booleans and text pass through unchanged; a sample
     * without value (never read) passes through.
     *
     * @return the engineering sample, with the same timestamps
     */
    public Sample apply(Sample raw) {
        Object value = raw.value();
        if (!(value instanceof Number number)) {
            return raw;
        }
        double eng = engineering(number.doubleValue());
        Quality quality = raw.quality();
        if (quality.isGood()) {
            quality = rangeQuality(eng);
        }
        // without scaling the raw number keeps its type, so 64-bit integers stay exact
        Object out = scale == 1 && offset == 0 ? number : (Object) eng;
        return new Sample(out, quality, raw.sourceTimestamp(), raw.serverTimestamp());
    }

    /** @return the quality a Good raw value has once its engineering value is {@code eng} */
    public Quality rangeQuality(double eng) {
        if (!Double.isFinite(eng)) {
            return Quality.BAD_OUT_OF_RANGE.withDetail("not a finite number");
        }
        if (eng < validMin) {
            return Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED.withLimit(Quality.Limit.LOW);
        }
        if (eng > validMax) {
            return Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED.withLimit(Quality.Limit.HIGH);
        }
        return Quality.GOOD;
    }
}
