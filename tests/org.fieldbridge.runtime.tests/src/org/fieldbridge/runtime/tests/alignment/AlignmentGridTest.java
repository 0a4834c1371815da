/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.alignment.AlignedSignal;
import org.fieldbridge.runtime.alignment.AlignedValue;
import org.fieldbridge.runtime.alignment.AlignmentGrid;
import org.fieldbridge.runtime.alignment.AlignmentMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Alignment of signals onto a common grid, pinned against OPC UA Part 13 (Aggregates). */
@DisplayName("Alignment grid")
class AlignmentGridTest {

    static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");
    static final int GOOD = Quality.GOOD.code();
    static final int BAD = Quality.BAD_COMMUNICATION_ERROR.code();
    static final int UNCERTAIN = Quality.UNCERTAIN_LAST_USABLE_VALUE.code();
    static final Quality SUB_NORMAL = Quality.of(0x40A40000);
    static final Quality NO_DATA = Quality.of(0x809B0000);

    static long at(double seconds) {
        return EpochNanos.of(T0) + Math.round(seconds * 1e9);
    }

    static AlignedValue value(AlignmentGrid grid, String name, double seconds) {
        return grid.valuesAt(EpochNanos.toInstant(at(seconds))).get(name);
    }

    static int historianBits(AlignedValue v) {
        return v.quality().code() & 0x3;
    }

    @Nested
    @DisplayName("hold (SteppedInterpolation)")
    class Hold {
        final AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        final AlignedSignal temp = grid.add("Temp", AlignmentMethod.HOLD, Duration.ofSeconds(3));

        @Test
        @DisplayName("carries the last observation forward, marked Interpolated (Part 13 §3.1.6, Part 4 historian bits)")
        void carriesTheLastObservationForward() {
            temp.observe(at(0.4), 21.5, GOOD);
            temp.observe(at(1.7), 22.0, GOOD);
            AlignedValue v = value(grid, "Temp", 1);
            assertEquals(21.5, v.value());
            assertTrue(v.quality().isGood());
            assertEquals(2, historianBits(v), "Interpolated");
            assertEquals(22.0, value(grid, "Temp", 2).value());
        }

        @Test
        @DisplayName("returns a raw value stamped exactly at the grid point as Raw")
        void returnsARawValueAtTheGridPointAsRaw() {
            temp.observe(at(1.0), 21.5, GOOD);
            AlignedValue v = value(grid, "Temp", 1);
            assertEquals(21.5, v.value());
            assertEquals(0, historianBits(v));
        }

        @Test
        @DisplayName("skips a Bad sample to the last non-Bad one and says Uncertain_DataSubNormal (Part 13 §3.1.8)")
        void skipsABadSample() {
            temp.observe(at(0.2), 21.5, GOOD);
            temp.observe(at(0.6), 0, BAD);
            AlignedValue v = value(grid, "Temp", 1);
            assertEquals(21.5, v.value());
            assertTrue(v.quality().is(SUB_NORMAL), v.quality().toString());
        }

        @Test
        @DisplayName("passes an Uncertain sample on as Uncertain_DataSubNormal, never as Good")
        void passesAnUncertainSampleOnAsUncertain() {
            temp.observe(at(0.5), 21.5, UNCERTAIN);
            assertTrue(value(grid, "Temp", 1).quality().is(SUB_NORMAL));
        }

        @Test
        @DisplayName("gives Bad_NoData once the last usable sample is older than the staleness limit")
        void givesNoDataWhenStale() {
            temp.observe(at(0.5), 21.5, GOOD);
            assertTrue(value(grid, "Temp", 3).quality().isGood(), "2.5 s old: within the 3 s limit");
            AlignedValue stale = value(grid, "Temp", 4);
            assertTrue(stale.quality().is(NO_DATA), stale.quality().toString());
            assertTrue(Double.isNaN(stale.value()));
            assertTrue(stale.quality().detail().contains("Temp"));
        }

        @Test
        @DisplayName("gives Bad_NoData before the first sample (Part 13 §3.1.8: no value before the timestamp)")
        void givesNoDataBeforeTheFirstSample() {
            temp.observe(at(1.5), 21.5, GOOD);
            assertTrue(value(grid, "Temp", 1).quality().is(NO_DATA));
        }

        @Test
        @DisplayName("ignores a sample that is not newer than the last one")
        void ignoresOutOfOrderSamples() {
            assertTrue(temp.observe(at(0.5), 21.5, GOOD));
            assertFalse(temp.observe(at(0.4), 99, GOOD));
            assertFalse(temp.observe(at(0.5), 99, GOOD));
            assertEquals(21.5, value(grid, "Temp", 1).value());
        }
    }

    @Nested
    @DisplayName("linear (SlopedInterpolation)")
    class Linear {
        final AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(5));
        final AlignedSignal level = grid.add("Level", AlignmentMethod.LINEAR, Duration.ofSeconds(30));

        @Test
        @DisplayName("interpolates on the straight line between the bounding values (Part 13 §3.1.5 example: 10 at 0 s, 20 at 10 s -> 15 at 5 s)")
        void interpolatesBetweenTheBoundingValues() {
            level.observe(at(0), 10, GOOD);
            level.observe(at(10), 20, GOOD);
            AlignedValue v = value(grid, "Level", 5);
            assertEquals(15.0, v.value(), 1e-12);
            assertTrue(v.quality().isGood());
            assertEquals(2, historianBits(v), "Interpolated");
        }

        @Test
        @DisplayName("interpolates exactly with bounds off whole seconds (epoch nanoseconds do not fit a double's 53 bits)")
        void interpolatesExactlyBetweenBoundsOffWholeSeconds() {
            level.observe(at(4.95), 0, GOOD);
            level.observe(at(5.95), 1000, GOOD);
            assertEquals(50.0, value(grid, "Level", 5).value(), 1e-9, "found by releng/peer-bench.sh against pandas");
        }

        @Test
        @DisplayName("interpolates across a Bad sample from the nearest non-Bad bounds, Uncertain_DataSubNormal (Part 13 §3.1.8)")
        void interpolatesAcrossABadSample() {
            level.observe(at(0), 10, GOOD);
            level.observe(at(4), 999, BAD);
            level.observe(at(10), 20, GOOD);
            AlignedValue v = value(grid, "Level", 5);
            assertEquals(15.0, v.value(), 1e-12, "the Bad value is not used");
            assertTrue(v.quality().is(SUB_NORMAL));
        }

        @Test
        @DisplayName("is not Good when a bounding value is Uncertain (Part 13 §3.1.8)")
        void isNotGoodWithAnUncertainBound() {
            level.observe(at(0), 10, GOOD);
            level.observe(at(10), 20, UNCERTAIN);
            assertTrue(value(grid, "Level", 5).quality().is(SUB_NORMAL));
        }

        @Test
        @DisplayName("extrapolates stepped when no later value exists yet, Uncertain_DataSubNormal (Part 13 §4.2.1.2 UseSlopedExtrapolation = False)")
        void extrapolatesSteppedAtTheLiveEdge() {
            level.observe(at(0), 10, GOOD);
            level.observe(at(2), 12, GOOD);
            AlignedValue v = value(grid, "Level", 5);
            assertEquals(12.0, v.value());
            assertTrue(v.quality().is(SUB_NORMAL));
        }

        @Test
        @DisplayName("has no data when the earlier bound is older than the staleness limit")
        void hasNoDataWhenTheEarlierBoundIsStale() {
            level.observe(at(0), 10, GOOD);
            level.observe(at(60), 20, GOOD);
            assertTrue(value(grid, "Level", 35).quality().is(NO_DATA));
        }
    }

    @Nested
    @DisplayName("windowed mean, min and max")
    class Windowed {
        final AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        final AlignedSignal mean = grid.add("Mean", AlignmentMethod.MEAN, Duration.ofSeconds(3));
        final AlignedSignal min = grid.add("Min", AlignmentMethod.MIN, Duration.ofSeconds(3));
        final AlignedSignal max = grid.add("Max", AlignmentMethod.MAX, Duration.ofSeconds(3));

        void observeAll(double seconds, double value, int quality) {
            mean.observe(at(seconds), value, quality);
            min.observe(at(seconds), value, quality);
            max.observe(at(seconds), value, quality);
        }

        @Test
        @DisplayName("summarise the interval [t, t + period): the value at the start counts, the one at the end does not (Part 13 §5.4)")
        void summariseTheHalfOpenInterval() {
            for (int i = 0; i <= 10; i++) { // 100 ms samples 0.0 .. 1.0 s, value = i
                observeAll(i * 0.1, i, GOOD);
            }
            Map<String, AlignedValue> v = grid.valuesAt(T0);
            assertEquals(4.5, v.get("Mean").value(), 1e-12, "mean of 0..9; the sample at 1.0 s belongs to the next interval");
            assertEquals(0.0, v.get("Min").value());
            assertEquals(9.0, v.get("Max").value());
            assertTrue(v.get("Mean").quality().isGood());
            assertEquals(1, historianBits(v.get("Mean")), "Calculated");
        }

        @Test
        @DisplayName("leave Bad samples out and report Uncertain_DataSubNormal (Part 13 §5.4.3.2.1)")
        void leaveBadSamplesOut() {
            observeAll(0.0, 10, GOOD);
            observeAll(0.5, 1000, BAD);
            observeAll(0.7, 20, GOOD);
            Map<String, AlignedValue> v = grid.valuesAt(T0);
            assertEquals(15.0, v.get("Mean").value(), 1e-12);
            assertEquals(20.0, v.get("Max").value());
            assertTrue(v.get("Mean").quality().is(SUB_NORMAL));
        }

        @Test
        @DisplayName("give Bad_NoData for an interval without a non-Bad raw value")
        void giveNoDataForAnEmptyInterval() {
            observeAll(0.5, 1, BAD);
            assertTrue(grid.valuesAt(T0).get("Mean").quality().is(NO_DATA));
        }

        @Test
        @DisplayName("are Good when a Good value before the interval covers its start")
        void areGoodWhenCoveredFromBefore() {
            observeAll(-0.2, 5, GOOD);
            observeAll(0.3, 7, GOOD);
            AlignedValue v = grid.valuesAt(T0).get("Mean");
            assertEquals(7.0, v.value(), "only raw values inside the interval are averaged");
            assertTrue(v.quality().isGood());
        }

        @Test
        @DisplayName("are Uncertain when the start of the interval is not covered by data")
        void areUncertainWhenTheStartIsNotCovered() {
            observeAll(0.3, 7, GOOD);
            assertTrue(grid.valuesAt(T0).get("Mean").quality().is(SUB_NORMAL));
        }
    }

    @Test
    @DisplayName("grid points are aligned to the epoch")
    void gridPointsAreAlignedToTheEpoch() {
        AlignmentGrid grid = new AlignmentGrid(Duration.ofMillis(500));
        assertEquals(Instant.parse("2026-11-24T12:00:00.500Z"),
                grid.gridPointAtOrBefore(Instant.parse("2026-11-24T12:00:00.750Z")));
        assertThrows(IllegalArgumentException.class, () -> grid.valuesAt(Instant.parse("2026-11-24T12:00:00.250Z")));
    }

    @Test
    @DisplayName("signals sampled at 100 ms and 1 s land on the same grid timestamps")
    void signalsAtDifferentRatesLandOnTheSameTimestamps() {
        AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        AlignedSignal fast = grid.add("Fast", AlignmentMethod.HOLD, Duration.ofSeconds(3));
        AlignedSignal slow = grid.add("Slow", AlignmentMethod.HOLD, Duration.ofSeconds(3));
        for (int i = 0; i < 30; i++) {
            fast.observe(at(i * 0.1 + 0.05), i, GOOD);
        }
        for (int i = 0; i < 3; i++) {
            slow.observe(at(i + 0.3), 100 + i, GOOD);
        }
        Map<String, AlignedValue> at2 = grid.valuesAt(EpochNanos.toInstant(at(2)));
        assertEquals(19.0, at2.get("Fast").value(), "sample at 1.95 s");
        assertEquals(101.0, at2.get("Slow").value(), "sample at 1.3 s");
        assertEquals(at2.get("Fast").gridTime(), at2.get("Slow").gridTime());
    }

    @Test
    @DisplayName("discarding old samples keeps the bound a later grid point needs")
    void discardingKeepsTheBound() {
        AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        AlignedSignal temp = grid.add("Temp", AlignmentMethod.HOLD, Duration.ofSeconds(10));
        for (int i = 0; i < 100; i++) {
            temp.observe(at(i * 0.01), i, GOOD);
        }
        grid.discardBefore(EpochNanos.toInstant(at(12)));
        assertEquals(99.0, value(grid, "Temp", 5).value());
    }

    @Test
    @DisplayName("a signal name can be on a grid only once")
    void aSignalNameCanBeOnAGridOnlyOnce() {
        AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        grid.add("Temp", AlignmentMethod.HOLD, Duration.ofSeconds(3));
        assertThrows(IllegalArgumentException.class, () -> grid.add("Temp", AlignmentMethod.MEAN, Duration.ofSeconds(3)));
    }
}
