/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fieldbridge.runtime.server.internal.LatencyHistogram;
import org.junit.jupiter.api.Test;

/** The publish latency's fixed-bucket histogram: exact below 64 µs, within 1/32 above, max exact, lock-free. */
class LatencyHistogramTest {

    @Test
    void anEmptyHistogramReportsZero() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertEquals(0, histogram.count());
        assertEquals(0, histogram.percentile(0.99));
        assertEquals(0, histogram.max());
    }

    @Test
    void valuesBelow64MicrosecondsAreExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int v = 0; v < 64; v++) {
            histogram.record(v);
        }
        assertEquals(64, histogram.count());
        assertEquals(31, histogram.percentile(0.50));
        assertEquals(63, histogram.percentile(1.0));
    }

    @Test
    void everyPercentileIsAtMostOneThirtySecondAboveTheTrueValueAndNeverBelow() {
        SplittableRandom random = new SplittableRandom(15);
        for (int round = 0; round < 200; round++) {
            LatencyHistogram histogram = new LatencyHistogram();
            List<Long> values = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                long v = (long) Math.pow(10, random.nextDouble(0, 9)); // 1 µs .. 17 minutes
                values.add(v);
                histogram.record(v);
            }
            values.sort(null);
            for (double p : new double[] { 0.5, 0.9, 0.99, 1.0 }) {
                long truth = values.get((int) Math.ceil(n * p) - 1);
                long reported = histogram.percentile(p);
                assertTrue(reported >= truth && reported <= truth + truth / 32,
                        "p" + p + " of " + values + ": " + reported + " for " + truth);
            }
            assertEquals(values.get(n - 1), histogram.max());
        }
    }

    @Test
    void aHugeValueIsCountedAndItsMaximumKeptExactly() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(Long.MAX_VALUE / 3);
        histogram.record(5);
        assertEquals(2, histogram.count());
        assertEquals(Long.MAX_VALUE / 3, histogram.max());
        assertEquals(Long.MAX_VALUE / 3, histogram.percentile(1.0));
        assertEquals(5, histogram.percentile(0.5));
    }

    @Test
    void aNegativeLatencyCountsAsZero() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(-40);
        assertEquals(1, histogram.count());
        assertEquals(0, histogram.max());
    }

    @Test
    void resetForgetsEverything() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(1_000);
        histogram.reset();
        assertEquals(0, histogram.count());
        assertEquals(0, histogram.max());
        assertEquals(0, histogram.percentile(0.5));
    }

    @Test
    void recordingsFromFourThreadsAtOnceAreAllCounted() throws Exception {
        LatencyHistogram histogram = new LatencyHistogram();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 100_000; i++) {
                    histogram.record(i % 5_000 + offset);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(400_000, histogram.count());
        assertEquals(5_002, histogram.max());
    }

    @Test
    void aPercentileOutsideZeroToOneIsRefused() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThrows(IllegalArgumentException.class, () -> histogram.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> histogram.percentile(1.5));
    }
}
