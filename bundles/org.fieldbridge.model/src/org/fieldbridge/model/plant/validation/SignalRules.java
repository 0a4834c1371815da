/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.units.QuantityUnits;

/** Signals: plausible range, sample period, unit that fits the quantity, instrument measuring the same quantity. */
public final class SignalRules {

    private SignalRules() {
    }

    /** Invariant {@code Signal.validRange}: with both bounds set, minimum strictly below maximum (NaN never is). */
    public static boolean validRange(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(signal, diagnostics);
        ValueRange range = signal.getValidRange();
        if (range != null && range.isSetMinimum() && range.isSetMaximum()
                && !(range.getMinimum() < range.getMaximum())) {
            reporter.report(PlantRule.SIGNAL_RANGE_INVALID, "The valid range of " + ElementLabels.describe(signal)
                    + " is empty: minimum " + range.getMinimum() + " is not below maximum " + range.getMaximum());
        }
        return reporter.valid();
    }

    /** Invariant {@code Signal.validSamplePeriod}. */
    public static boolean validSamplePeriod(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(signal, diagnostics);
        if (signal.getSamplePeriodMs() <= 0) {
            reporter.report(PlantRule.SIGNAL_SAMPLE_PERIOD_INVALID, "The sample period of "
                    + ElementLabels.describe(signal) + " is " + signal.getSamplePeriodMs()
                    + " ms; it must be a positive number of milliseconds");
        }
        return reporter.valid();
    }

    /** Invariant {@code Signal.unitMatchesQuantity}, using the table in {@link QuantityUnits}. */
    public static boolean unitMatchesQuantity(Signal signal, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(signal, diagnostics);
        EngineeringUnit unit = signal.getUnit();
        String expected = String.join(", ", QuantityUnits.unitsFor(signal.getQuantity()));
        if (unit == null) {
            if (QuantityUnits.requiresUnit(signal.getQuantity())) {
                reporter.report(PlantRule.SIGNAL_UNIT_MISSING, "The " + ElementLabels.describe(signal) + " measures "
                        + signal.getQuantity() + " but has no unit; use one of " + expected);
            }
        } else if (unit.getCommonCode() != null && !QuantityUnits.fits(signal.getQuantity(), unit.getCommonCode())) {
            reporter.report(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "The unit " + unit.getCommonCode() + " of "
                    + ElementLabels.describe(signal) + " does not fit its quantity " + signal.getQuantity()
                    + (expected.isEmpty() ? "; " + signal.getQuantity() + " signals have no unit"
                            : "; use one of " + expected));
        }
        return reporter.valid();
    }

    /** Invariant {@code Signal.instrumentMeasuresQuantity}. */
    public static boolean instrumentMeasuresQuantity(Signal signal, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(signal, diagnostics);
        Instrument instrument = signal.getInstrument();
        if (instrument != null && instrument.getQuantity() != signal.getQuantity()) {
            reporter.report(PlantRule.SIGNAL_INSTRUMENT_QUANTITY, "The " + ElementLabels.describe(signal) + " is "
                    + signal.getQuantity() + " but its " + ElementLabels.describe(instrument) + " measures "
                    + instrument.getQuantity());
        }
        return reporter.valid();
    }
}
