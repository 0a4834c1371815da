/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.semantics;

import org.fieldbridge.dsl.twin.Duration;

/** Durations of the language in milliseconds. */
public final class Durations {

    private Durations() {
    }

    /**
     * Converts a duration.
     *
     * @param duration the parsed duration, may be {@code null}
     * @return milliseconds, or -1 if there is no duration
     */
    public static long millis(Duration duration) {
        if (duration == null || duration.getUnit() == null) {
            return -1;
        }
        long factor = switch (duration.getUnit()) {
            case MS -> 1L;
            case S -> 1_000L;
            case MIN -> 60_000L;
            case H -> 3_600_000L;
        };
        return duration.getValue() * factor;
    }

    /**
     * Formats milliseconds for messages.
     *
     * @param millis a duration
     * @return e.g. {@code 500 ms} or {@code 2 s}
     */
    public static String format(long millis) {
        return millis % 1000 == 0 && millis != 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
