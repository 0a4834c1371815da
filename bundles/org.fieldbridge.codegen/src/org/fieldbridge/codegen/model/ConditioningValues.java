/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * The runtime's {@code Conditioning}: engineering = raw * scale + offset, in the plant signal's unit.
 *
 * @param scale the factor
 * @param offset the summand
 * @param validMin the lowest valid value (negative infinity: none)
 * @param validMax the highest valid value (positive infinity: none)
 * @param deadband the absolute deadband (0: none)
 */
public record ConditioningValues(double scale, double offset, double validMin, double validMax, double deadband) {

    /** No scaling, range or deadband. */
    public static final ConditioningValues IDENTITY = new ConditioningValues(1, 0, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, 0);

    /** @return whether it changes nothing */
    public boolean isIdentity() {
        return equals(IDENTITY);
    }
}
