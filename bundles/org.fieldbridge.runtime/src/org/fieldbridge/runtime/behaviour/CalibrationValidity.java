/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import java.time.LocalDate;
import java.util.Objects;

import org.fieldbridge.runtime.Quality;

/**
 * The calibration that a signal's instrument depends on. A Good value measured by an instrument whose
 * calibration is past its due date is published as Uncertain_SensorCalibration, naming the certificate, so
 * that a quality manager sees which results rest on an expired ISO/IEC 17025 calibration.
 *
 * @param certificate the calibration certificate id
 * @param dueDate     the last day on which the calibration is valid
 */
public record CalibrationValidity(String certificate, LocalDate dueDate) {

    public CalibrationValidity {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** @return true when {@code today} is after the due date */
    public boolean isExpired(LocalDate today) {
        return today.isAfter(dueDate);
    }

    /**
     * @return {@code quality} unchanged while the calibration is valid or the value is not Good; otherwise
     *         Uncertain_SensorCalibration with the certificate in the detail
     */
    public Quality apply(Quality quality, LocalDate today) {
        if (!quality.isGood() || !isExpired(today)) {
            return quality;
        }
        return Quality.UNCERTAIN_SENSOR_CALIBRATION.withDetail(
                "calibration certificate " + certificate + " expired on " + dueDate);
    }
}
