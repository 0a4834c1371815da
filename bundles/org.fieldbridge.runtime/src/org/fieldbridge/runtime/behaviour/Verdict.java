/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import static org.fieldbridge.runtime.StatusCodeBits.isBad;
import static org.fieldbridge.runtime.StatusCodeBits.isUncertain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;

/**
 * A pass/fail verdict on a signal ({@code verdict Tank3BathInSpec: Tank3.BathTemp within 18 .. 22 degC}) that
 * cites the ISO/IEC 17025 calibration records of the instruments behind it. A verdict resting on an expired
 * calibration is still computed but marked Uncertain_SensorCalibration, and its statement says which
 * certificate is out of date, so a quality manager can see at once whether it is traceable.
 */
public final class Verdict {

    /** The outcome of one evaluation. */
    public enum Outcome {
        PASS, FAIL,
        /** The input was Bad or missing: no verdict can be given. */
        INDETERMINATE
    }

    private final String name;
    private final double low;
    private final double high;
    private final List<CalibrationValidity> calibrations;

    /**
     * @param low          lowest passing value (inclusive)
     * @param high         highest passing value (inclusive)
     * @param calibrations the calibration records of the instruments the verdict depends on; an empty list
     *                     means the signal has no calibrated instrument, which the statement says
     */
    public Verdict(String name, double low, double high, List<CalibrationValidity> calibrations) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("verdict " + name + ": range " + low + " .. " + high + " is empty");
        }
        this.name = Objects.requireNonNull(name);
        this.low = low;
        this.high = high;
        this.calibrations = List.copyOf(calibrations);
    }

    /** Evaluates one sample of the signal, on the given day (for the calibration due dates). */
    public VerdictResult evaluate(long timeNanos, double value, int quality, LocalDate today) {
        Outcome outcome;
        if (isBad(quality) || Double.isNaN(value)) {
            outcome = Outcome.INDETERMINATE;
        } else {
            outcome = value >= low && value <= high ? Outcome.PASS : Outcome.FAIL;
        }
        List<CalibrationValidity> expired = calibrations.stream().filter(c -> c.isExpired(today)).toList();
        Quality resultQuality;
        if (outcome == Outcome.INDETERMINATE) {
            resultQuality = Quality.of(quality);
        } else if (!expired.isEmpty()) {
            resultQuality = Quality.UNCERTAIN_SENSOR_CALIBRATION;
        } else if (isUncertain(quality)) {
            resultQuality = Quality.UNCERTAIN;
        } else {
            resultQuality = Quality.GOOD;
        }
        return new VerdictResult(name, outcome, value, EpochNanos.toInstant(timeNanos), resultQuality, calibrations,
                statement(outcome, value, expired));
    }

    private String statement(Outcome outcome, double value, List<CalibrationValidity> expired) {
        String result = switch (outcome) {
            case PASS -> name + " PASS: " + value + " within " + low + " .. " + high;
            case FAIL -> name + " FAIL: " + value + " outside " + low + " .. " + high;
            case INDETERMINATE -> name + " INDETERMINATE: no usable value";
        };
        if (calibrations.isEmpty()) {
            return result + "; no calibrated instrument behind it (not traceable)";
        }
        if (!expired.isEmpty()) {
            return result + "; NOT TRACEABLE: calibration " + expired.stream()
                    .map(c -> c.certificate() + " expired on " + c.dueDate()).reduce((a, b) -> a + ", " + b).orElseThrow();
        }
        return result + "; traceable to " + calibrations.stream().map(CalibrationValidity::certificate)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    public String name() {
        return name;
    }
}
