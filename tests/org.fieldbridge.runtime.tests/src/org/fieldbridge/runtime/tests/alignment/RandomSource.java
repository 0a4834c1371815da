/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.alignment;

import java.util.Random;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.alignment.AlignedSignal;

/**
 * A source that is mostly Good, often Uncertain or Bad, usually every 20..320 ms (so that a history fills up
 * and discards often), now and then silent for longer than the staleness limit, now and then a burst of 25 ms
 * samples (so that the ring buffer grows after it has wrapped around).
 */
public final class RandomSource {

    private static final long SECOND = 1_000_000_000L;
    private static final int[] QUALITIES = { Quality.GOOD.code(), Quality.GOOD_CLAMPED.code(),
            Quality.UNCERTAIN_LAST_USABLE_VALUE.code(), Quality.BAD_COMMUNICATION_ERROR.code() };

    private final Random random;
    private long next;
    private double value = 50;

    public RandomSource(Random random, long start) {
        this.random = random;
        this.next = start + random.nextInt(1000) * 1_000_000L;
    }

    public void feedUntil(long to, AlignedSignal... signals) {
        while (next < to) {
            value += random.nextGaussian();
            int q = random.nextInt(10) < 6 ? 0 : random.nextInt(QUALITIES.length);
            for (AlignedSignal s : signals) {
                s.observe(next, value, QUALITIES[q]);
            }
            int kind = random.nextInt(50);
            next += kind == 0 ? 5 * SECOND + random.nextInt(3000) * 1_000_000L // silent beyond the 3 s limit
                    : kind < 3 ? 25_000_000L // burst
                    : (20 + random.nextInt(300)) * 1_000_000L;
        }
    }
}
