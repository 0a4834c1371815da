/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import java.time.Instant;
import java.util.List;

import org.fieldbridge.runtime.Quality;

/**
 * One pass/fail result with the evidence behind it.
 *
 * @param verdict      the verdict's name
 * @param outcome      pass, fail or indeterminate
 * @param value        the value judged
 * @param time         the source time of that value
 * @param quality      Good when the input was Good and every calibration is valid; Uncertain_SensorCalibration
 *                     when a calibration behind it has expired; the input's quality when indeterminate
 * @param calibrations the calibration records the verdict rests on
 * @param statement    one sentence for the quality record, naming the certificates
 */
public record VerdictResult(String verdict, Verdict.Outcome outcome, double value, Instant time, Quality quality,
        List<CalibrationValidity> calibrations, String statement) {
}
