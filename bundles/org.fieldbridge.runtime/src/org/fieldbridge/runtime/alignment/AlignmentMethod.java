/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

/**
 * How a signal is put on the common grid; the names follow the `.twin` language ({@code using hold}, ...)
 * and the semantics follow OPC UA Part 13 (Aggregates).
 */
public enum AlignmentMethod {
    /** Last observation carried forward: SteppedInterpolation (Part 13 §3.1.6) with interpolated bounds (§3.1.8). */
    HOLD,
    /** Straight line between the bounding values: SlopedInterpolation (Part 13 §3.1.5, bounds §3.1.8). */
    LINEAR,
    /** Arithmetic mean of the non-Bad raw values in the interval (Part 13 "Average" aggregate). */
    MEAN,
    /** Smallest non-Bad raw value in the interval (Part 13 "Minimum" aggregate). */
    MIN,
    /** Largest non-Bad raw value in the interval (Part 13 "Maximum" aggregate). */
    MAX;

    /** @return true for the windowed aggregates, whose value stamped t summarises the interval [t, t + period) */
    public boolean isWindowed() {
        return this == MEAN || this == MIN || this == MAX;
    }
}
