/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.WordOrder;

/**
 * What the value at an address should look like: the plant signal's valid range and unit, the mapping's scaling,
 * a value read off the HMI, and how the mapping reads it today.
 *
 * @param low the lowest plausible engineering value (negative infinity: none)
 * @param high the highest (positive infinity: none)
 * @param unit the unit's symbol, empty without one
 * @param conditioning the mapping's scale and offset (identity without a mapping)
 * @param expected the value the HMI shows, in the plant's unit; NaN when not given
 * @param integral whether the signal holds whole numbers
 * @param currentType how the mapping reads it today; null without a mapping
 * @param currentBytes the mapping's byte order; null without a mapping
 * @param currentWords the mapping's word order; null without a mapping
 */
public record Expectation(double low, double high, String unit, Conditioning conditioning, double expected,
        boolean integral, DataType currentType, ByteOrder currentBytes, WordOrder currentWords) {

    /** Nothing known: decodings are ranked by plausibility alone. */
    public static final Expectation NONE = new Expectation(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "",
            Conditioning.IDENTITY, Double.NaN, false, null, null, null);

    /**
     * @param mapping the mapping of the signal expected at the address
     * @return what the signal's range, unit, scaling and current encoding say
     */
    public static Expectation of(MappedValue mapping) {
        double low = Math.max(mapping.low(), mapping.conditioning().validMin());
        double high = Math.min(mapping.high(), mapping.conditioning().validMax());
        if (low > high) {
            low = mapping.low();
            high = mapping.high();
        }
        return new Expectation(low, high, mapping.unit(), mapping.conditioning(), Double.NaN, mapping.integral(),
                mapping.address().type(), mapping.address().byteOrder(), mapping.address().wordOrder());
    }

    /**
     * @param value what the HMI shows
     * @return this expectation with that value
     */
    public Expectation expecting(double value) {
        return new Expectation(low, high, unit, conditioning, value, integral, currentType, currentBytes, currentWords);
    }

    /** @return whether a value read off the HMI was given */
    public boolean hasExpected() {
        return !Double.isNaN(expected);
    }

    /** @return whether a valid range is known */
    public boolean hasRange() {
        return Double.isFinite(low) || Double.isFinite(high);
    }

    /** @return whether a mapping says how it is read today */
    public boolean hasCurrent() {
        return currentType != null;
    }
}
