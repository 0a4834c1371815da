/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.calibration.CalibrationHistory;

import com.google.inject.Inject;

/**
 * Warns when the instrument behind a signal has no calibration record covering today: quality managers
 * reject values that cannot be traced to an ISO/IEC 17025 calibration. A {@link CalibrationAcceptance}
 * above the statement silences the warning until its day.
 */
public class CalibrationCheck {

    @Inject
    private Clock clock;

    /**
     * Checks the instrument of a signal.
     *
     * @param signal   the signal, may be unresolved or without instrument (then nothing is reported)
     * @param owner    the statement referring to the signal (a {@link CalibrationAcceptance} above it counts)
     * @param feature  the referring feature
     * @param acceptor where warnings go
     */
    public void check(Signal signal, EObject owner, EStructuralFeature feature, ValidationMessageAcceptor acceptor) {
        if (!SignalFacts.resolved(signal) || signal.getInstrument() == null || signal.getInstrument().eIsProxy()) {
            return;
        }
        Instrument instrument = signal.getInstrument();
        LocalDate today = LocalDate.now(clock);
        String who = "Instrument " + instrument.getName() + (instrument.getTag() == null ? "" : " (" + instrument.getTag() + ")")
                + " behind " + SignalFacts.name(signal);
        String code;
        String message;
        if (instrument.getCalibrations().isEmpty()) {
            code = TwinIssueCodes.CALIBRATION_MISSING;
            message = who + " has no calibration record; its values cannot be traced to a calibration."
                    + " Add the certificate to the plant model.";
        } else if (CalibrationHistory.validOn(instrument, today) == null) {
            CalibrationRecord latest = instrument.getCalibrations().stream()
                    .filter(r -> r.getDueDate() != null)
                    .max(Comparator.comparing(CalibrationRecord::getDueDate)).orElse(null);
            String detail = latest == null ? "no record has a due date"
                    : "certificate " + latest.getCertificateId() + " was due on " + latest.getDueDate();
            code = TwinIssueCodes.CALIBRATION_EXPIRED;
            message = who + " is out of calibration (" + detail + "). Values will be published"
                    + " without a valid ISO/IEC 17025 calibration until it is recalibrated.";
        } else {
            return;
        }
        CalibrationAcceptance acceptance = CalibrationAcceptance.above(owner, instrument.getName());
        if (acceptance != null && acceptance.holdsOn(today)) {
            return;
        }
        if (acceptance != null) {
            message += " The acceptance above the statement ran out on " + acceptance.until() + ".";
        }
        acceptor.acceptWarning(message, owner, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
                instrument.getName());
    }

    /**
     * The instruments whose calibration this check judges in a file: those behind mapped signals and
     * verdicts. The plant's own calibration warnings about them repeat what the .twin file already says at
     * the statement that uses them (where an acceptance can also silence it), so the checker shows only
     * the .twin finding.
     *
     * @param model a .twin model
     * @return the instruments' qualified names
     */
    public static Set<String> judgedInstruments(TwinModel model) {
        Set<String> instruments = new LinkedHashSet<>();
        for (EObject element : model.getElements()) {
            Signal signal = element instanceof Mapping mapping ? mapping.getSignal()
                    : element instanceof Verdict verdict ? verdict.getSignal() : null;
            if (SignalFacts.resolved(signal) && signal.getInstrument() != null && !signal.getInstrument().eIsProxy()) {
                instruments.add(signal.getInstrument().qualifiedName());
            }
        }
        return instruments;
    }
}
