/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.behaviour.CalibrationValidity;
import org.fieldbridge.runtime.behaviour.Verdict;
import org.fieldbridge.runtime.behaviour.Verdict.Outcome;
import org.fieldbridge.runtime.behaviour.VerdictResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** verdict Tank3BathInSpec: Tank3.BathTemp within 18 .. 22 degC */
@DisplayName("Verdicts cite the calibration records behind them")
class VerdictTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final int GOOD = Quality.GOOD.code();
    static final CalibrationValidity VALID = new CalibrationValidity("RKL-2026-02210", LocalDate.parse("2027-08-31"));
    static final CalibrationValidity EXPIRED = new CalibrationValidity("RKL-2024-01187", LocalDate.parse("2025-03-01"));

    @Test
    @DisplayName("passes inside the range, inclusive, and names the certificate it is traceable to")
    void passesInsideTheRange() {
        Verdict v = new Verdict("Tank3BathInSpec", 18, 22, List.of(VALID));
        VerdictResult r = v.evaluate(0, 22.0, GOOD, TODAY);
        assertEquals(Outcome.PASS, r.outcome());
        assertTrue(r.quality().isGood());
        assertTrue(r.statement().contains("traceable to RKL-2026-02210"), r.statement());
        assertEquals(Outcome.FAIL, v.evaluate(0, 22.01, GOOD, TODAY).outcome());
        assertEquals(Outcome.FAIL, v.evaluate(0, 17.99, GOOD, TODAY).outcome());
    }

    @Test
    @DisplayName("is marked Uncertain_SensorCalibration and not traceable when a calibration behind it has expired")
    void isNotTraceableWithAnExpiredCalibration() {
        Verdict v = new Verdict("Tank2BathInSpec", 18, 22, List.of(VALID, EXPIRED));
        VerdictResult r = v.evaluate(0, 20.0, GOOD, TODAY);
        assertEquals(Outcome.PASS, r.outcome(), "the value is still judged");
        assertTrue(r.quality().is(Quality.UNCERTAIN_SENSOR_CALIBRATION), r.quality().toString());
        assertTrue(r.statement().contains("NOT TRACEABLE: calibration RKL-2024-01187 expired on 2025-03-01"), r.statement());
        assertEquals(List.of(VALID, EXPIRED), r.calibrations());
    }

    @Test
    @DisplayName("says so when no calibrated instrument stands behind the signal")
    void saysSoWithoutCalibratedInstrument() {
        VerdictResult r = new Verdict("X", 0, 1, List.of()).evaluate(0, 0.5, GOOD, TODAY);
        assertTrue(r.statement().contains("not traceable"), r.statement());
    }

    @Test
    @DisplayName("gives no verdict on a Bad value")
    void givesNoVerdictOnABadValue() {
        VerdictResult r = new Verdict("X", 18, 22, List.of(VALID)).evaluate(0, 20, Quality.BAD_TIMEOUT.code(), TODAY);
        assertEquals(Outcome.INDETERMINATE, r.outcome());
        assertTrue(r.quality().isBad());
    }

    @Test
    @DisplayName("refuses an empty range")
    void refusesAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict("X", 22, 18, List.of()));
    }
}
