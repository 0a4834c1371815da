/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * A closed range; an open bound is infinite.
 *
 * @param low the lower bound
 * @param high the upper bound
 */
public record Range(double low, double high) {

    /** No bounds. */
    public static final Range UNBOUNDED = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** @return whether both bounds are finite */
    public boolean isBounded() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
