/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.AlarmOption;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.ClearDirection;
import org.fieldbridge.dsl.twin.ClearOption;
import org.fieldbridge.dsl.twin.Comparison;
import org.fieldbridge.dsl.twin.Measure;
import org.fieldbridge.dsl.twin.Overshoot;
import org.fieldbridge.dsl.twin.SeverityOption;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Signal;

import com.google.inject.Inject;

/** Checks of alarms, overshoot monitors, integrals and verdicts against the plant signals they watch. */
public class BehaviourValidator extends AbstractDeclarativeValidator {

    private static final int MAX_SEVERITY = 1000;

    @Inject
    private UnitChecks units;

    @Inject
    private CalibrationCheck calibration;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinValidator
    }

    @Check
    public void namesAreUnique(TwinModel model) {
        Map<String, Behaviour> seen = new HashMap<>();
        for (EObject element : model.getElements()) {
            if (element instanceof Behaviour behaviour && behaviour.getName() != null) {
                Behaviour first = seen.putIfAbsent(behaviour.getName(), behaviour);
                if (first != null) {
                    error("A behaviour named " + behaviour.getName() + " is already declared on line "
                            + SignalFacts.line(first) + ".", behaviour, Literals.BEHAVIOUR__NAME,
                            TwinIssueCodes.BEHAVIOUR_DUPLICATE);
                }
            }
        }
    }

    /**
     * The value of a measure in the signal's own unit, if it can be compared with the signal's range.
     *
     * @return the value, or {@code null} if the unit is unknown or differs from the signal's unit
     */
    private Double inSignalUnit(Measure measure, Signal signal) {
        String code = units.check(measure.getUnit(), signal, measure, Literals.MEASURE__UNIT, this);
        if (measure.getUnit() != null && (code == null || !code.equals(SignalFacts.unitCode(signal)))) {
            return null;
        }
        return measure.getValue();
    }

    @Check
    public void alarm(Alarm alarm) {
        Signal signal = alarm.getSignal();
        if (!SignalFacts.resolved(signal) || alarm.getThreshold() == null) {
            return;
        }
        Double threshold = inSignalUnit(alarm.getThreshold(), signal);
        boolean high = alarm.getComparison() == Comparison.ABOVE || alarm.getComparison() == Comparison.AT_OR_ABOVE;
        if (threshold != null && SignalFacts.hasRange(signal) && outside(threshold, signal)) {
            error("The threshold " + SignalFacts.number(threshold) + SignalFacts.unitSymbol(signal)
                    + " lies outside the valid range of " + SignalFacts.name(signal) + " (" + SignalFacts.range(signal)
                    + "): the alarm could only react to a faulty reading.", alarm.getThreshold(),
                    Literals.MEASURE__VALUE, TwinIssueCodes.THRESHOLD_OUTSIDE_RANGE);
        }
        for (AlarmOption option : alarm.getOptions()) {
            if (option instanceof ClearOption clear && clear.getLevel() != null) {
                hysteresis(alarm, clear, high, threshold, signal);
            } else if (option instanceof SeverityOption severity
                    && (severity.getSeverity() < 1 || severity.getSeverity() > MAX_SEVERITY)) {
                error("Severity goes from 1 (lowest) to 1000 (highest), as in OPC UA Alarms & Conditions.", severity,
                        Literals.SEVERITY_OPTION__SEVERITY, TwinIssueCodes.ALARM_SEVERITY);
            }
        }
    }

    private void hysteresis(Alarm alarm, ClearOption clear, boolean high, Double threshold, Signal signal) {
        ClearDirection expected = high ? ClearDirection.BELOW : ClearDirection.ABOVE;
        if (clear.getDirection() != expected) {
            error("This alarm is raised when " + SignalFacts.name(signal) + " goes " + (high ? "above" : "below")
                    + " its threshold, so it must clear when the value comes back: write 'clear "
                    + expected.getLiteral() + "'.", clear, Literals.CLEAR_OPTION__DIRECTION,
                    TwinIssueCodes.HYSTERESIS_NEVER_CLEARS);
            return;
        }
        Double level = inSignalUnit(clear.getLevel(), signal);
        if (level == null || threshold == null) {
            return;
        }
        if (high ? level > threshold : level < threshold) {
            error("The clear level " + SignalFacts.number(level) + " is " + (high ? "above" : "below")
                    + " the threshold " + SignalFacts.number(threshold) + ": the alarm would be cleared while it is"
                    + " still raised. Put the clear level on the other side of the threshold.", clear.getLevel(),
                    Literals.MEASURE__VALUE, TwinIssueCodes.HYSTERESIS_NEVER_CLEARS);
        } else if (SignalFacts.hasRange(signal)
                && (high ? level <= signal.getValidRange().getMinimum() : level >= signal.getValidRange().getMaximum())) {
            error("The alarm can never clear: " + SignalFacts.name(signal) + " cannot go " + clear.getDirection().getLiteral()
                    + " " + SignalFacts.number(level) + SignalFacts.unitSymbol(signal) + " (valid range "
                    + SignalFacts.range(signal) + ").", clear.getLevel(), Literals.MEASURE__VALUE,
                    TwinIssueCodes.HYSTERESIS_NEVER_CLEARS);
        }
    }

    private static boolean outside(double value, Signal signal) {
        return value < signal.getValidRange().getMinimum() || value > signal.getValidRange().getMaximum();
    }

    @Check
    public void overshoot(Overshoot overshoot) {
        Signal signal = overshoot.getSignal();
        Signal setpoint = overshoot.getSetpoint();
        if (SignalFacts.resolved(signal) && overshoot.getLimit() != null) {
            units.check(overshoot.getLimit().getUnit(), signal, overshoot.getLimit(), Literals.MEASURE__UNIT, this);
        }
        if (SignalFacts.resolved(signal) && SignalFacts.resolved(setpoint) && signal.getQuantity() != setpoint.getQuantity()) {
            error(SignalFacts.name(signal) + " measures " + UnitSymbols.describe(signal.getQuantity()) + " but "
                    + SignalFacts.name(setpoint) + " is " + UnitSymbols.describe(setpoint.getQuantity())
                    + "; an overshoot compares two signals of the same quantity.", Literals.OVERSHOOT__SETPOINT,
                    TwinIssueCodes.UNIT_MISMATCH);
        }
    }

    @Check
    public void verdict(Verdict verdict) {
        Signal signal = verdict.getSignal();
        if (verdict.getMinimum() >= verdict.getMaximum()) {
            error("The limits must go from low to high: within " + SignalFacts.number(verdict.getMinimum()) + " .. "
                    + SignalFacts.number(verdict.getMaximum()) + " contains no value.", Literals.VERDICT__MAXIMUM,
                    TwinIssueCodes.RANGE_INVERTED);
        }
        if (!SignalFacts.resolved(signal)) {
            return;
        }
        String code = units.check(verdict.getUnit(), signal, verdict, Literals.VERDICT__UNIT, this);
        boolean comparable = verdict.getUnit() == null || code != null && code.equals(SignalFacts.unitCode(signal));
        if (comparable && SignalFacts.hasRange(signal)
                && (outside(verdict.getMinimum(), signal) || outside(verdict.getMaximum(), signal))) {
            error("The limits " + SignalFacts.number(verdict.getMinimum()) + " .. " + SignalFacts.number(verdict.getMaximum())
                    + " reach outside the valid range of " + SignalFacts.name(signal) + " (" + SignalFacts.range(signal)
                    + ").", Literals.VERDICT__MINIMUM, TwinIssueCodes.THRESHOLD_OUTSIDE_RANGE);
        }
        // A verdict cites the calibration of its instruments: warn as for mappings.
        calibration.check(signal, verdict, Literals.BEHAVIOUR__SIGNAL, this);
    }
}
