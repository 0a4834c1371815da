/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.conditioning.SignalConditioner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scaling, valid range and deadband of raw samples (OPC UA Part 8 EURange, Part 4 DataChangeFilter). */
class ConditioningTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    /** A bath thermometer: raw tenths of a degree, valid 0..100 °C. */
    private static final Conditioning BATH = Conditioning.IDENTITY.withScaling(0.1, 0).withValidRange(0, 100);

    private static Sample raw(Object value, int second) {
        return Sample.good(value, T0.plusSeconds(second));
    }

    @Test
    @DisplayName("a raw value is scaled and offset into engineering units, timestamps unchanged")
    void aRawValueIsScaledAndOffset() {
        Conditioning milliampsToBar = Conditioning.IDENTITY.withScaling(0.625, -2.5);
        Sample eng = milliampsToBar.apply(new Sample(12, Quality.GOOD, T0, T0.plusMillis(3)));
        assertEquals(5.0, eng.value());
        assertTrue(eng.quality().isGood());
        assertEquals(T0, eng.sourceTimestamp());
        assertEquals(T0.plusMillis(3), eng.serverTimestamp());
    }

    @Test
    @DisplayName("a value above its valid range stays visible as Uncertain_EngineeringUnitsExceeded with the High limit bit")
    void aValueAboveTheRangeIsUncertainHigh() {
        Sample eng = BATH.apply(raw(1012, 0));
        assertEquals(101.2, (Double) eng.value(), 1e-9);
        assertTrue(eng.quality().is(Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED));
        assertEquals(Quality.Limit.HIGH, eng.quality().limit());
        assertEquals(0x40940600, eng.quality().code(), "Part 4 StatusCode: InfoType DataValue (0x400) + High (0x200)");
    }

    @Test
    @DisplayName("a value below its valid range is Uncertain_EngineeringUnitsExceeded with the Low limit bit")
    void aValueBelowTheRangeIsUncertainLow() {
        Sample eng = BATH.apply(raw(-5, 0));
        assertTrue(eng.quality().is(Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED));
        assertEquals(Quality.Limit.LOW, eng.quality().limit());
        assertTrue(BATH.apply(raw(1000, 0)).quality().isGood(), "the range includes its limits");
    }

    @Test
    @DisplayName("a value that is not a finite number is Bad_OutOfRange")
    void notANumberIsBadOutOfRange() {
        assertTrue(BATH.apply(raw(Float.NaN, 0)).quality().is(Quality.BAD_OUT_OF_RANGE));
        assertTrue(BATH.apply(raw(Double.POSITIVE_INFINITY, 0)).quality().is(Quality.BAD_OUT_OF_RANGE));
    }

    @Test
    @DisplayName("a Bad raw sample keeps its quality whatever the range says")
    void aBadSampleKeepsItsQuality() {
        Quality timeout = Quality.BAD_TIMEOUT.withDetail("no answer");
        Sample eng = BATH.apply(new Sample(2000, timeout, T0, T0));
        assertSame(timeout, eng.quality());
        assertEquals(200.0, eng.value(), "the last value is kept, scaled");
    }

    @Test
    @DisplayName("booleans, text and missing values pass through unscaled")
    void nonNumbersPassThrough() {
        Sample bool = raw(true, 0);
        assertSame(bool, BATH.apply(bool));
        Sample never = new Sample(null, Quality.BAD_WAITING_FOR_INITIAL_DATA, T0, T0);
        assertSame(never, BATH.apply(never));
    }

    @Test
    @DisplayName("changes within the absolute deadband are not reported, larger ones are (Part 4 DataChangeFilter)")
    void theDeadbandSuppressesSmallChanges() {
        SignalConditioner bath = new SignalConditioner(BATH.withDeadband(0.5));
        assertNotNull(bath.condition(raw(600, 0)), "the first sample is always reported");
        assertNull(bath.condition(raw(604, 1)), "0.4 is inside the deadband");
        assertNull(bath.condition(raw(605, 2)), "exactly the deadband is not more than it");
        Sample moved = bath.condition(raw(606, 3));
        assertNotNull(moved, "0.6 from the last reported value exceeds the deadband");
        assertEquals(60.6, (Double) moved.value(), 1e-9);
        assertNull(bath.condition(raw(602, 4)), "the deadband is measured from the last reported value");
    }

    @Test
    @DisplayName("a quality change is reported even inside the deadband")
    void aQualityChangeIsAlwaysReported() {
        SignalConditioner bath = new SignalConditioner(BATH.withDeadband(5));
        bath.condition(raw(600, 0));
        Sample bad = bath.condition(new Sample(600, Quality.BAD_COMMUNICATION_ERROR, T0, T0.plusSeconds(1)));
        assertNotNull(bad);
        assertTrue(bad.quality().isBad());
        assertNotNull(bath.condition(raw(600, 2)), "and so is the recovery");
    }

    @Test
    @DisplayName("without a deadband every change is reported and repeats are not")
    void withoutADeadbandEveryChangeIsReported() {
        SignalConditioner valve = new SignalConditioner(Conditioning.IDENTITY);
        assertNotNull(valve.condition(raw(true, 0)));
        assertNull(valve.condition(raw(true, 1)));
        assertNotNull(valve.condition(raw(false, 2)));
        SignalConditioner level = new SignalConditioner(Conditioning.IDENTITY);
        assertNotNull(level.condition(raw(10, 0)));
        assertNull(level.condition(raw(10, 1)));
        assertNotNull(level.condition(raw(11, 2)));
    }

    @Test
    @DisplayName("an empty range, a negative deadband or an infinite scale is refused")
    void invalidConditioningIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Conditioning.IDENTITY.withValidRange(10, 0));
        assertThrows(IllegalArgumentException.class, () -> Conditioning.IDENTITY.withDeadband(-1));
        assertThrows(IllegalArgumentException.class, () -> Conditioning.IDENTITY.withScaling(Double.NaN, 0));
    }
}
