/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.calibration;

import java.time.LocalDate;

import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Instrument;

/**
 * Answers which calibration certificate of an instrument covers a given day; what the runtime cites when
 * it publishes a pass/fail that depends on the instrument. {@code Instrument.calibrationValidOn} delegates here.
 */
public final class CalibrationHistory {

    private CalibrationHistory() {
    }

    /**
     * Finds the record covering a date.
     *
     * @param instrument the instrument
     * @param date       the day of interest
     * @return among the records with {@code calibrationDate <= date <= dueDate}, the one calibrated last;
     *         {@code null} if none covers the date
     */
    public static CalibrationRecord validOn(Instrument instrument, LocalDate date) {
        if (date == null) {
            return null;
        }
        CalibrationRecord best = null;
        for (CalibrationRecord record : instrument.getCalibrations()) {
            if (covers(record, date)
                    && (best == null || record.getCalibrationDate().isAfter(best.getCalibrationDate()))) {
                best = record;
            }
        }
        return best;
    }

    /**
     * Tells whether a record covers a date.
     *
     * @param record the calibration record
     * @param date   the day
     * @return whether both dates are set and {@code calibrationDate <= date <= dueDate}
     */
    public static boolean covers(CalibrationRecord record, LocalDate date) {
        LocalDate from = record.getCalibrationDate();
        LocalDate due = record.getDueDate();
        return from != null && due != null && !date.isBefore(from) && !date.isAfter(due);
    }
}
