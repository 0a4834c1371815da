/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.behaviour.BatchIntegral;
import org.fieldbridge.runtime.behaviour.BatchTotal;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.CalibrationValidity;
import org.fieldbridge.runtime.behaviour.OvershootMonitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Twin behaviours")
class OvershootAndBatchTest {

    static final int GOOD = Quality.GOOD.code();
    static final int BAD = Quality.BAD_COMMUNICATION_ERROR.code();

    static long s(double seconds) {
        return 1_790_000_000_000_000_000L + Math.round(seconds * 1e9);
    }

    @Nested
    @DisplayName("overshoot against a setpoint signal")
    class Overshoot {
        final List<BehaviourEvent> events = new ArrayList<>();
        final OvershootMonitor oven = new OvershootMonitor("OvenOvershoot", 2.0, 600, events::add);

        @Test
        @DisplayName("tracks the current and the peak overshoot and alarms beyond the band")
        void tracksCurrentAndPeakOvershoot() {
            oven.updateSetpoint(s(0), 180, GOOD);
            oven.updateProcessValue(s(1), 179, GOOD);
            assertEquals(0.0, oven.overshoot());
            oven.updateProcessValue(s(2), 182.7, GOOD);
            assertEquals(2.7, oven.overshoot(), 1e-9);
            assertTrue(oven.isActive());
            oven.updateProcessValue(s(3), 181.5, GOOD);
            assertFalse(oven.isActive(), "1.5 above the setpoint is inside the 2.0 band");
            assertEquals(2.7, oven.peakOvershoot(), 1e-9);
            assertEquals(List.of(BehaviourEvent.Type.RAISED, BehaviourEvent.Type.CLEARED),
                    events.stream().map(BehaviourEvent::type).toList());
        }

        @Test
        @DisplayName("starts a new peak when the setpoint changes")
        void startsANewPeakWhenTheSetpointChanges() {
            oven.updateSetpoint(s(0), 180, GOOD);
            oven.updateProcessValue(s(1), 183, GOOD);
            oven.updateSetpoint(s(2), 200, GOOD);
            assertEquals(0.0, oven.peakOvershoot());
            assertFalse(oven.isActive());
        }

        @Test
        @DisplayName("is not evaluated while an input is Bad")
        void isNotEvaluatedWhileAnInputIsBad() {
            oven.updateSetpoint(s(0), 180, GOOD);
            oven.updateProcessValue(s(1), 190, BAD);
            assertTrue(Double.isNaN(oven.overshoot()));
            assertTrue(oven.quality().isBad());
            assertTrue(events.isEmpty());
        }
    }

    @Nested
    @DisplayName("integral per batch")
    class Batch {
        final List<BatchTotal> totals = new ArrayList<>();
        final BatchIntegral gas = new BatchIntegral("OvenGasPerBatch", Duration.ofHours(1), Duration.ofSeconds(10),
                totals::add);

        @Test
        @DisplayName("integrates 36 m³/h for 10 minutes to 6 m³ and closes the batch when the id changes")
        void integratesPerBatch() {
            gas.updateBatch(s(0), 4711, GOOD);
            for (int i = 0; i <= 600; i++) {
                gas.updateRate(s(i), 36.0, GOOD);
            }
            gas.updateBatch(s(600), 4712, GOOD);
            assertEquals(1, totals.size());
            BatchTotal total = totals.get(0);
            assertEquals(4711.0, total.batch());
            assertEquals(6.0, total.total(), 1e-9);
            assertTrue(total.quality().isGood());
            assertEquals(4712.0, gas.batch());
        }

        @Test
        @DisplayName("uses the trapezoidal rule for a ramp")
        void usesTheTrapezoidalRule() {
            gas.updateBatch(s(0), 1, GOOD);
            gas.updateRate(s(0), 0, GOOD);
            gas.updateRate(s(10), 3600, GOOD); // ramp 0 -> 3600 m³/h in 10 s: 5 m³
            assertEquals(5.0, gas.runningTotal(), 1e-9);
        }

        @Test
        @DisplayName("marks a batch with a gap or a Bad sample Uncertain_DataSubNormal instead of silently short")
        void marksAnIncompleteBatchUncertain() {
            gas.updateBatch(s(0), 1, GOOD);
            gas.updateRate(s(0), 36, GOOD);
            gas.updateRate(s(1), 36, BAD);
            gas.updateRate(s(2), 36, GOOD);
            gas.updateRate(s(30), 36, GOOD); // 28 s gap > 10 s limit
            gas.updateBatch(s(31), 2, GOOD);
            BatchTotal total = totals.get(0);
            assertTrue(total.quality().isUncertain(), total.quality().toString());
            assertEquals(0x40A40000, total.quality().code() & 0xFFFF0000);
            assertEquals(36.0 / 3600 * 1, total.total(), 1e-9, "only the 30 s -> 31 s segment counted");
        }
    }

    @Test
    @DisplayName("a Good value from an instrument with an expired calibration is published Uncertain_SensorCalibration")
    void anExpiredCalibrationMakesGoodValuesUncertain() {
        CalibrationValidity tt2 = new CalibrationValidity("RKL-2024-01187", LocalDate.parse("2025-03-01"));
        Quality q = tt2.apply(Quality.GOOD, LocalDate.parse("2026-11-24"));
        assertTrue(q.is(Quality.UNCERTAIN_SENSOR_CALIBRATION));
        assertTrue(q.detail().contains("RKL-2024-01187"));
        assertEquals(Quality.GOOD, tt2.apply(Quality.GOOD, LocalDate.parse("2025-03-01")), "valid on its due date");
        assertEquals(Quality.BAD_TIMEOUT, tt2.apply(Quality.BAD_TIMEOUT, LocalDate.parse("2026-11-24")));
    }
}
