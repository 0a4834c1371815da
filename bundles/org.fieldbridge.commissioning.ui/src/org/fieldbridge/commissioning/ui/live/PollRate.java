/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Duration;
import java.util.List;

/**
 * How often live values are read: 1 s by default (what a person reads), down to 0.1 s to watch a fast signal.
 * Each poll reads every mapping once through the runtime's acquisition; a slow controller stretches the period
 * (polls never overlap).
 */
public enum PollRate {
    /** 10 polls a second. */
    FAST(100, "0.1 s"),
    /** 4 polls a second. */
    QUICK(250, "0.25 s"),
    /** 2 polls a second. */
    HALF(500, "0.5 s"),
    /** The default. */
    NORMAL(1000, "1 s"),
    /** Every 2 seconds. */
    SLOW(2000, "2 s"),
    /** Every 5 seconds, for a busy controller. */
    SLOWEST(5000, "5 s");

    private final Duration period;
    private final String label;

    PollRate(long millis, String label) {
        this.period = Duration.ofMillis(millis);
        this.label = label;
    }

    /** @return the time from the start of one poll to the start of the next */
    public Duration period() {
        return period;
    }

    /** @return e.g. {@code 0.1 s} */
    public String label() {
        return label;
    }

    /** @return every rate, fastest first */
    public static List<PollRate> all() {
        return List.of(values());
    }
}
