/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.ThresholdAlarm;
import org.fieldbridge.runtime.behaviour.ThresholdAlarm.Direction;
import org.fieldbridge.runtime.behaviour.ThresholdAlarm.State;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** alarm BathTooHot: Tank3.BathTemp > 24.5 degC for 5 s, clear below 24.0 degC, severity 700 */
@DisplayName("Threshold alarm with hysteresis and dwell time")
class ThresholdAlarmTest {

    static final int GOOD = Quality.GOOD.code();
    final List<BehaviourEvent> events = new ArrayList<>();
    final ThresholdAlarm bathTooHot = new ThresholdAlarm("BathTooHot", Direction.ABOVE, 24.5, 24.0,
            Duration.ofSeconds(5), 700, events::add);

    static long s(double seconds) {
        return 1_790_000_000_000_000_000L + Math.round(seconds * 1e9);
    }

    @Test
    @DisplayName("raises only after the value has stayed above the threshold for the dwell time")
    void raisesOnlyAfterTheDwellTime() {
        bathTooHot.update(s(0), 24.6, GOOD);
        bathTooHot.update(s(4.9), 24.8, GOOD);
        assertEquals(State.PENDING, bathTooHot.state());
        assertTrue(events.isEmpty());
        bathTooHot.update(s(5.0), 24.9, GOOD);
        assertTrue(bathTooHot.isActive());
        assertEquals(1, events.size());
        BehaviourEvent raised = events.get(0);
        assertEquals(BehaviourEvent.Type.RAISED, raised.type());
        assertEquals(700, raised.severity());
        assertEquals(24.9, raised.value());
        assertTrue(raised.message().contains("BathTooHot"), raised.message());
    }

    @Test
    @DisplayName("restarts the dwell when the value drops back below the threshold in between")
    void restartsTheDwellWhenInterrupted() {
        bathTooHot.update(s(0), 24.6, GOOD);
        bathTooHot.update(s(3), 24.4, GOOD);
        bathTooHot.update(s(4), 24.6, GOOD);
        bathTooHot.update(s(8), 24.6, GOOD);
        assertEquals(State.PENDING, bathTooHot.state(), "only 4 s above since the interruption");
        bathTooHot.update(s(9), 24.6, GOOD);
        assertTrue(bathTooHot.isActive());
    }

    @Test
    @DisplayName("stays active inside the hysteresis band and clears below the clear level")
    void staysActiveInsideTheHysteresisBand() {
        bathTooHot.update(s(0), 25, GOOD);
        bathTooHot.update(s(5), 25, GOOD);
        bathTooHot.update(s(6), 24.2, GOOD);
        assertTrue(bathTooHot.isActive(), "24.2 is below the threshold but above the clear level");
        bathTooHot.update(s(7), 23.9, GOOD);
        assertFalse(bathTooHot.isActive());
        assertEquals(List.of(BehaviourEvent.Type.RAISED, BehaviourEvent.Type.CLEARED),
                events.stream().map(BehaviourEvent::type).toList());
    }

    @Test
    @DisplayName("a Bad sample abandons a pending raise and makes the alarm's quality Bad")
    void aBadSampleAbandonsAPendingRaise() {
        bathTooHot.update(s(0), 25, GOOD);
        bathTooHot.update(s(3), 0, Quality.BAD_TIMEOUT.code());
        assertEquals(State.NORMAL, bathTooHot.state());
        assertTrue(bathTooHot.quality().isBad());
        bathTooHot.update(s(6), 25, GOOD);
        assertEquals(State.PENDING, bathTooHot.state(), "the dwell starts again with good data");
        assertTrue(bathTooHot.quality().isGood());
    }

    @Test
    @DisplayName("a Bad sample does not clear an active alarm")
    void aBadSampleDoesNotClearAnActiveAlarm() {
        bathTooHot.update(s(0), 25, GOOD);
        bathTooHot.update(s(5), 25, GOOD);
        bathTooHot.update(s(6), 0, Quality.BAD_COMMUNICATION_ERROR.code());
        assertTrue(bathTooHot.isActive());
        assertTrue(bathTooHot.quality().isBad());
    }

    @Test
    @DisplayName("an Uncertain sample is evaluated and makes the alarm's quality Uncertain")
    void anUncertainSampleIsEvaluated() {
        bathTooHot.update(s(0), 25, Quality.UNCERTAIN_SENSOR_CALIBRATION.code());
        assertEquals(State.PENDING, bathTooHot.state());
        assertTrue(bathTooHot.quality().isUncertain());
    }

    @Test
    @DisplayName("a low alarm works the other way round")
    void aLowAlarmWorksTheOtherWayRound() {
        ThresholdAlarm low = new ThresholdAlarm("BathTooCold", Direction.BELOW, 18, 18.5, Duration.ZERO, 500,
                events::add);
        low.update(s(0), 17.9, GOOD);
        assertTrue(low.isActive(), "no dwell: raises at once");
        low.update(s(1), 18.3, GOOD);
        assertTrue(low.isActive());
        low.update(s(2), 18.6, GOOD);
        assertFalse(low.isActive());
    }

    @Test
    @DisplayName("a clear level on the wrong side of the threshold is refused: the alarm would never clear")
    void aClearLevelOnTheWrongSideIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ThresholdAlarm("X",
                Direction.ABOVE, 24.5, 25.0, Duration.ZERO, 700, events::add));
        assertTrue(e.getMessage().contains("never clears"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ThresholdAlarm("X", Direction.ABOVE, 24.5, 24.0, Duration.ZERO, 1001, events::add));
    }
}
