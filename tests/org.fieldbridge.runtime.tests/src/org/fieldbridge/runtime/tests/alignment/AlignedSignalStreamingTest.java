/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.alignment.AlignedReading;
import org.fieldbridge.runtime.alignment.AlignedSignal;
import org.fieldbridge.runtime.alignment.AlignedValue;
import org.fieldbridge.runtime.alignment.AlignmentGrid;
import org.fieldbridge.runtime.alignment.AlignmentMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streaming alignment as the runtime drives it: samples in, grid points evaluated as they become final, raw
 * samples discarded behind them, results taken without allocating ({@link AlignedSignal#evaluate}).
 */
@DisplayName("Streaming alignment")
class AlignedSignalStreamingTest {

    static final long SECOND = 1_000_000_000L;
    static final long T0 = EpochNanos.of(Instant.parse("2026-11-24T12:00:00Z"));

    @ParameterizedTest
    @EnumSource(AlignmentMethod.class)
    @DisplayName("discarding at each evaluated grid point changes no value and no quality at it or later points")
    void discardingChangesNoLaterResult(AlignmentMethod method) {
        for (int seed = 0; seed < 40; seed++) {
            AlignmentGrid kept = new AlignmentGrid(Duration.ofSeconds(1));
            AlignmentGrid streamed = new AlignmentGrid(Duration.ofSeconds(1));
            AlignedSignal all = kept.add("S", method, Duration.ofSeconds(3));
            AlignedSignal recent = streamed.add("S", method, Duration.ofSeconds(3));
            RandomSource source = new RandomSource(new Random(seed), T0);
            for (int point = 0; point < 120; point++) {
                long t = T0 + point * SECOND;
                source.feedUntil(t + 2 * SECOND, all, recent); // 2 s ahead: linear needs the next sample
                Instant at = EpochNanos.toInstant(t);
                AlignedValue expected = kept.valuesAt(at).get("S");
                AlignedValue actual = streamed.valuesAt(at).get("S");
                assertEquals(expected, actual, method + ", seed " + seed + ", point " + point);
                streamed.discardBefore(at);
                assertEquals(expected, streamed.valuesAt(at).get("S"), "the point discarded at is still needed");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AlignmentMethod.class)
    @DisplayName("evaluate into a reused reading gives what valueAt gives, value and quality")
    void evaluateGivesWhatValueAtGives(AlignmentMethod method) {
        AlignedSignal signal = new AlignedSignal("S", method, Duration.ofSeconds(3));
        new RandomSource(new Random(7), T0).feedUntil(T0 + 60 * SECOND, signal);
        AlignedReading reading = new AlignedReading();
        for (long t = T0 - 2 * SECOND; t < T0 + 62 * SECOND; t += SECOND / 2) {
            AlignedValue expected = signal.valueAt(t, SECOND / 2);
            signal.evaluate(t, SECOND / 2, reading);
            assertEquals(expected.gridTime(), EpochNanos.toInstant(reading.gridTimeNanos()));
            assertEquals(Double.doubleToLongBits(expected.value()), Double.doubleToLongBits(reading.value()));
            assertEquals(expected.quality().code(), reading.qualityCode());
            assertEquals(expected.quality(), reading.quality(), "with the same detail");
            assertEquals(expected, reading.toValue());
        }
    }

    @ParameterizedTest
    @EnumSource(AlignmentMethod.class)
    @DisplayName("a reading without data is Bad_NoData, NaN, and its detail names the signal and the limit")
    void aReadingWithoutDataNamesTheSignal(AlignmentMethod method) {
        AlignedSignal signal = new AlignedSignal("Kiln.Temp", method, Duration.ofSeconds(3));
        signal.observe(T0, 21.5, Quality.GOOD.code());
        AlignedReading reading = new AlignedReading();
        signal.evaluate(T0 + 10 * SECOND, SECOND, reading);
        assertEquals(Quality.BAD_NO_DATA.code(), reading.qualityCode());
        assertTrue(Double.isNaN(reading.value()));
        assertEquals("no usable sample of Kiln.Temp within PT3S", reading.quality().detail());
        signal.evaluate(T0 + 20 * SECOND, SECOND, reading);
        assertSame(reading.quality(), signal.valueAt(T0 + 30 * SECOND, SECOND).quality(),
                "the detail is made once per signal, not per grid point");
    }

    @ParameterizedTest
    @EnumSource(AlignmentMethod.class)
    @DisplayName("a grid's values at a point share its timestamp and are keyed by signal in insertion order")
    void valuesAtSharesTheGridPoint(AlignmentMethod method) {
        AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        AlignedSignal b = grid.add("B", method, Duration.ofSeconds(3));
        AlignedSignal a = grid.add("A", method, Duration.ofSeconds(3));
        for (int i = 0; i < 30; i++) {
            a.observe(T0 + i * 100_000_000L, i, Quality.GOOD.code());
            b.observe(T0 + i * 100_000_000L, 100 + i, Quality.GOOD.code());
        }
        Instant at = EpochNanos.toInstant(T0 + SECOND);
        Map<String, AlignedValue> values = grid.valuesAt(at);
        assertEquals(java.util.List.of("B", "A"), java.util.List.copyOf(values.keySet()));
        assertEquals(at, values.get("A").gridTime());
        assertEquals(100 + values.get("A").value(), values.get("B").value(), 1e-12);
    }
}
