/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/**
 * The EURange of an AnalogItem (OPC 10000-8 §5.3.2.4): the range the value normally lies in.
 *
 * @param low the lower limit
 * @param high the upper limit, not below {@code low}
 */
public record EuRange(double low, double high) {

    public EuRange {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("not a range: [" + low + ", " + high + "]");
        }
    }
}
