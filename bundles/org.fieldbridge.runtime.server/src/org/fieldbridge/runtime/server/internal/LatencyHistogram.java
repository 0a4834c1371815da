/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in microseconds, counted in fixed log-linear buckets without locks, so that the thread that records
 * (a Netty event loop) never waits. Values below 64 µs are counted exactly; above, every power of two is split
 * into 32 buckets, so a percentile is at most 1/32 (3.1%) above the value it stands for. Values beyond 2^41 µs
 * (25 days) count in the last bucket; the maximum is kept exactly. HdrHistogram would do the same with more
 * precision, but it is not in the target platform and this needs only p50, p99 and max.
 */
public final class LatencyHistogram {

    private static final int EXACT = 64;
    private static final int SUB_BITS = 5;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    private static final int FIRST_EXPONENT = 6; // 2^6 = EXACT
    private static final int LAST_EXPONENT = 40;
    static final int BUCKETS = EXACT + (LAST_EXPONENT - FIRST_EXPONENT + 1) * SUB_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong max = new AtomicLong();

    /** Counts one latency; a negative one (clocks of two threads a few µs apart) counts as 0. */
    public void record(long micros) {
        long value = Math.max(0, micros);
        counts.incrementAndGet(index(value));
        max.accumulateAndGet(value, Math::max);
    }

    /** @return the number of latencies recorded */
    public long count() {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** @return the largest latency recorded, exactly, in µs (0 when none was) */
    public long max() {
        return max.get();
    }

    /**
     * @param fraction e.g. 0.99
     * @return the smallest bucket bound in µs that at least {@code fraction} of the latencies do not exceed (never
     *         more than {@link #max()}); 0 when none was recorded
     */
    public long percentile(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a percentile is a fraction in (0, 1], not " + fraction);
        }
        long[] snapshot = new long[BUCKETS];
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            snapshot[i] = counts.get(i);
            total += snapshot[i];
        }
        long rank = Math.max(1, (long) Math.ceil(total * fraction));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += snapshot[i];
            if (seen >= rank) {
                return i == BUCKETS - 1 ? max.get() : Math.min(upperBound(i), max.get());
            }
        }
        return 0;
    }

    /** Forgets every latency recorded so far (a recording at the same moment may survive). */
    public void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            counts.set(i, 0);
        }
        max.set(0);
    }

    static int index(long micros) {
        if (micros < EXACT) {
            return (int) micros;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(micros);
        if (exponent > LAST_EXPONENT) {
            return BUCKETS - 1;
        }
        int sub = (int) ((micros >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1));
        return EXACT + (exponent - FIRST_EXPONENT) * SUB_BUCKETS + sub;
    }

    /** @return the largest value counted in bucket {@code index} (the last bucket also counts all larger ones) */
    static long upperBound(int index) {
        if (index < EXACT) {
            return index;
        }
        int exponent = FIRST_EXPONENT + (index - EXACT) / SUB_BUCKETS;
        int sub = (index - EXACT) % SUB_BUCKETS;
        int shift = exponent - SUB_BITS;
        return ((long) (SUB_BUCKETS + sub) << shift) + (1L << shift) - 1;
    }
}
