/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One value of a signal with its quality and both OPC UA timestamps: the source timestamp (when the value
 * was read from or produced by the device) and the server timestamp (when the runtime received it).
 *
 * @param value the value (Boolean, Integer, Long, Float, Double or String); when the quality is Bad after
 *        a communication failure it is the last value read, or null if there never was one
 * @param quality the quality of the value
 * @param sourceTimestamp when the source produced the value
 * @param serverTimestamp when the runtime received the value
 */
public record Sample(Object value, Quality quality, Instant sourceTimestamp, Instant serverTimestamp) {

    public Sample {
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(sourceTimestamp, "sourceTimestamp");
        Objects.requireNonNull(serverTimestamp, "serverTimestamp");
    }

    /** @return a good sample whose source and server timestamps are both {@code at} */
    public static Sample good(Object value, Instant at) {
        return new Sample(value, Quality.GOOD, at, at);
    }

    /** @return this sample's value with another quality and server timestamp (the source timestamp stays) */
    public Sample withQuality(Quality newQuality, Instant serverTime) {
        return new Sample(value, newQuality, sourceTimestamp, serverTime);
    }

    /** @return the value as a double (booleans are 0/1); NaN for null or text */
    public double doubleValue() {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1.0 : 0.0;
        }
        return Double.NaN;
    }
}
