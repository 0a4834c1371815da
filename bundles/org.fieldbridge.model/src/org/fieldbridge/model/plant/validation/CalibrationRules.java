/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Instrument;

/**
 * ISO/IEC 17025 calibration records. Quality managers reject results not traceable to an accredited,
 * current calibration, so gaps are reported; expiry is a warning because the plant keeps running.
 */
public final class CalibrationRules {

    private CalibrationRules() {
    }

    /** Invariant {@code Instrument.hasCalibration}: a warning, not an error. */
    public static boolean hasCalibration(Instrument instrument, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(instrument, diagnostics);
        if (instrument.getCalibrations().isEmpty()) {
            reporter.report(PlantRule.INSTRUMENT_NOT_CALIBRATED, "The " + ElementLabels.describe(instrument)
                    + " has no calibration record; results based on it cannot cite an ISO/IEC 17025 calibration");
        }
        return reporter.valid();
    }

    /** Invariant {@code CalibrationRecord.complete}: certificate, laboratory and both dates; accreditation warned. */
    public static boolean complete(CalibrationRecord record, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(record, diagnostics);
        List<String> missing = new ArrayList<>();
        if (isBlank(record.getCertificateId())) {
            missing.add("certificate id");
        }
        if (isBlank(record.getLaboratory())) {
            missing.add("laboratory");
        }
        if (record.getCalibrationDate() == null) {
            missing.add("calibration date");
        }
        if (record.getDueDate() == null) {
            missing.add("due date");
        }
        if (!missing.isEmpty()) {
            reporter.report(PlantRule.CALIBRATION_INCOMPLETE, "The " + ElementLabels.describe(record)
                    + " lacks: " + String.join(", ", missing));
        }
        if (isBlank(record.getAccreditationBody()) || isBlank(record.getAccreditationNumber())) {
            reporter.report(PlantRule.CALIBRATION_NOT_ACCREDITED, "The " + ElementLabels.describe(record)
                    + " names no accreditation body and number; without them it is not an accredited ISO/IEC 17025 calibration");
        }
        return reporter.valid();
    }

    /** Invariant {@code CalibrationRecord.dueAfterCalibration}. */
    public static boolean dueAfterCalibration(CalibrationRecord record, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(record, diagnostics);
        LocalDate calibrated = record.getCalibrationDate();
        LocalDate due = record.getDueDate();
        if (calibrated != null && due != null && !due.isAfter(calibrated)) {
            reporter.report(PlantRule.CALIBRATION_DUE_BEFORE_CALIBRATION, "The " + ElementLabels.describe(record)
                    + " is due on " + due + ", not after its calibration date " + calibrated);
        }
        return reporter.valid();
    }

    /**
     * Invariant {@code CalibrationRecord.notExpired}: warns when the due date is before today (from the
     * context, see {@link PlantValidation#TODAY}), unless a newer certificate of the same instrument is still
     * current: superseded records are history, not a problem.
     */
    public static boolean notExpired(CalibrationRecord record, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(record, diagnostics);
        LocalDate today = PlantValidation.today(context);
        LocalDate due = record.getDueDate();
        if (due != null && due.isBefore(today) && !supersededByCurrentRecord(record, today)) {
            reporter.report(PlantRule.CALIBRATION_EXPIRED, "The " + ElementLabels.describe(record)
                    + " (" + record.getLaboratory() + ") expired on " + due
                    + "; recalibrate the instrument before citing its values");
        }
        return reporter.valid();
    }

    /** Invariant {@code CalibrationRecord.validUncertainty}. */
    public static boolean validUncertainty(CalibrationRecord record, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(record, diagnostics);
        if (!(record.getExpandedUncertainty() > 0)) {
            reporter.report(PlantRule.CALIBRATION_UNCERTAINTY_INVALID, "The " + ElementLabels.describe(record)
                    + " states an expanded uncertainty of " + record.getExpandedUncertainty()
                    + "; it must be positive");
        }
        if (!(record.getCoverageFactor() > 0)) {
            reporter.report(PlantRule.CALIBRATION_UNCERTAINTY_INVALID, "The " + ElementLabels.describe(record)
                    + " states a coverage factor k = " + record.getCoverageFactor()
                    + "; it must be positive (usually 2 for about 95 % coverage)");
        }
        return reporter.valid();
    }

    private static boolean supersededByCurrentRecord(CalibrationRecord record, LocalDate today) {
        if (!(record.eContainer() instanceof Instrument instrument)) {
            return false;
        }
        for (CalibrationRecord other : instrument.getCalibrations()) {
            if (other != record && other.getDueDate() != null && !other.getDueDate().isBefore(today)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
