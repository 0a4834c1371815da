/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.tests.alignment.RandomSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The retention rule itself, white box (in the host's package: the grid applies it lazily, only when a history is
 * full, which a black-box test rarely drives into the cases that matter): discarding at every evaluated point at
 * once must change no value at that point or later, and must keep the history short.
 */
@DisplayName("Retention of raw samples")
class AlignedSignalRetentionTest {

    static final long SECOND = 1_000_000_000L;
    static final long T0 = EpochNanos.of(Instant.parse("2026-11-24T12:00:00Z"));

    @ParameterizedTest
    @EnumSource(AlignmentMethod.class)
    @DisplayName("discarding at once at every evaluated point changes no value and no quality at it or later points")
    void discardingAtOnceChangesNoResult(AlignmentMethod method) {
        for (int seed = 0; seed < 40; seed++) {
            AlignedSignal all = new AlignedSignal("S", method, Duration.ofSeconds(3));
            AlignedSignal recent = new AlignedSignal("S", method, Duration.ofSeconds(3));
            RandomSource source = new RandomSource(new Random(seed), T0);
            for (int point = 0; point < 120; point++) {
                long t = T0 + point * SECOND;
                source.feedUntil(t + 2 * SECOND, all, recent);
                AlignedValue expected = all.valueAt(t, SECOND);
                assertEquals(expected, recent.valueAt(t, SECOND), method + ", seed " + seed + ", point " + point);
                recent.discardBefore(t);
                assertEquals(expected, recent.valueAt(t, SECOND), "the point discarded at is still needed");
            }
        }
    }

    @Test
    @DisplayName("a 100 ms signal evaluated every second keeps about a second of samples, not its 10 s staleness window")
    void aFastSignalKeepsOnlyWhatTheNextPointNeeds() {
        AlignedSignal signal = new AlignedSignal("S", AlignmentMethod.HOLD, Duration.ofSeconds(10));
        for (int i = 0; i < 600; i++) {
            long t = T0 + i * 100_000_000L;
            signal.observe(t, i, Quality.GOOD.code());
            if (i % 10 == 9) {
                signal.discardBefore(T0 + i / 10 * SECOND); // the grid point just evaluated
            }
        }
        assertTrue(signal.retainedSamples() <= 11, signal.retainedSamples() + " samples kept");
    }

    @Test
    @DisplayName("a signal that stays Bad keeps no more than its staleness window")
    void aBadSignalKeepsNoMoreThanItsStalenessWindow() {
        AlignedSignal signal = new AlignedSignal("S", AlignmentMethod.HOLD, Duration.ofSeconds(3));
        signal.observe(T0, 1, Quality.GOOD.code());
        for (int i = 1; i < 600; i++) {
            signal.observe(T0 + i * 100_000_000L, 0, Quality.BAD_COMMUNICATION_ERROR.code());
        }
        signal.discardBefore(T0 + 59 * SECOND);
        // 56.0 s (the newest sample 3 s before the point, a bound) .. 59.9 s; not the Good one at 0 s
        assertEquals(40, signal.retainedSamples());
    }
}
