/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime;

import java.time.Instant;

/**
 * Time as nanoseconds since 1970-01-01T00:00:00Z in a {@code long} (good until the year 2262): what the
 * runtime's hot paths compute with, so that a sample costs no {@link Instant} allocation.
 */
public final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    /** @return the instant as nanoseconds since the epoch */
    public static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /** @return the instant at that many nanoseconds since the epoch */
    public static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
