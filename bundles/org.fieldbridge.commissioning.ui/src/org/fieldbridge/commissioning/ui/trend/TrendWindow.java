/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.trend;

import java.time.Duration;

/** How far back the trend reaches. */
public enum TrendWindow {
    /** The last minute. */
    ONE(1),
    /** The last 5 minutes (the default). */
    FIVE(5),
    /** The last 15 minutes. */
    FIFTEEN(15),
    /** The last 30 minutes. */
    THIRTY(30);

    private final int minutes;

    TrendWindow(int minutes) {
        this.minutes = minutes;
    }

    /** @return the span shown */
    public Duration span() {
        return Duration.ofMinutes(minutes);
    }

    /** @return e.g. {@code 5 min} */
    public String label() {
        return minutes + " min";
    }
}
