/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

import java.time.LocalDate;
import java.util.Comparator;

import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.calibration.CalibrationHistory;

/**
 * The calibration status of the instrument behind a signal on the report date: the certificate covering that day
 * ({@link CalibrationHistory}, as the checker's {@code CalibrationCheck} judges it), else the latest certificate
 * and that it expired.
 *
 * @param instrument    the instrument's name, e.g. {@code TT_Tank2}
 * @param tag           its P&amp;ID tag, may be empty
 * @param certificate   the certificate shown, may be empty when there is none
 * @param laboratory    the calibration laboratory, may be empty
 * @param accreditation accreditation body and number, e.g. {@code DAkkS D-K-15072-01}, may be empty
 * @param dueDate       the certificate's due date, or {@code null}
 * @param valid         whether a certificate covers the report date
 */
public record InstrumentCalibration(String instrument, String tag, String certificate, String laboratory,
        String accreditation, LocalDate dueDate, boolean valid) {

    /**
     * @param instrument the instrument
     * @param on         the report date
     * @return its status on that date
     */
    public static InstrumentCalibration of(Instrument instrument, LocalDate on) {
        CalibrationRecord covering = CalibrationHistory.validOn(instrument, on);
        CalibrationRecord shown = covering != null ? covering
                : instrument.getCalibrations().stream().filter(r -> r.getDueDate() != null)
                        .max(Comparator.comparing(CalibrationRecord::getDueDate)).orElse(null);
        String tag = text(instrument.getTag());
        if (shown == null) {
            return new InstrumentCalibration(instrument.getName(), tag, "", "", "", null, false);
        }
        String accreditation = (text(shown.getAccreditationBody()) + " " + text(shown.getAccreditationNumber())).strip();
        return new InstrumentCalibration(instrument.getName(), tag, text(shown.getCertificateId()),
                text(shown.getLaboratory()), accreditation, shown.getDueDate(), covering != null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** @return e.g. {@code valid until 2029-09-30}, {@code expired on 2025-03-01}, {@code no calibration record} */
    public String status() {
        if (certificate.isEmpty() && dueDate == null) {
            return "no calibration record";
        }
        return valid ? "valid until " + dueDate : "expired on " + dueDate;
    }
}
