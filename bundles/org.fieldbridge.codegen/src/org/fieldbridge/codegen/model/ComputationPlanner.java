/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_BROWSE_NAME;
import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_NAME_COLLISION;
import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_UNIT;
import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_UNMAPPED;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.dsl.semantics.Durations;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.AlarmOption;
import org.fieldbridge.dsl.twin.AlignTarget;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.ClearOption;
import org.fieldbridge.dsl.twin.Comparison;
import org.fieldbridge.dsl.twin.DwellOption;
import org.fieldbridge.dsl.twin.Energy;
import org.fieldbridge.dsl.twin.EquipmentPattern;
import org.fieldbridge.dsl.twin.Overshoot;
import org.fieldbridge.dsl.twin.SeverityOption;
import org.fieldbridge.dsl.twin.SignalTarget;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * Plans what the runtime computes from mapped signals: aligned outputs and behaviours (alarms, overshoot
 * monitors, integrals, verdicts), with their nodes hung into the plant tree and limits converted into the
 * signals' units.
 */
final class ComputationPlanner {

    private static final int DEFAULT_SEVERITY = 500;

    private final SourcePositions positions;
    private final PlantTree tree;
    private final MappedSignals mappedSignals;

    ComputationPlanner(SourcePositions positions, PlantTree tree, MappedSignals mappedSignals) {
        this.positions = positions;
        this.tree = tree;
        this.mappedSignals = mappedSignals;
    }

    /** @return the plan of an alignment, null when it aligns nothing or an error was found */
    AlignmentPlan alignment(Alignment alignment) {
        long period = Durations.millis(alignment.getPeriod());
        long stale = Durations.millis(alignment.getStaleAfter());
        List<AlignmentPlan.AlignedOutputPlan> outputs = new ArrayList<>();
        for (AlignTarget target : alignment.getTargets()) {
            List<Signal> signals = new ArrayList<>();
            if (target instanceof SignalTarget signalTarget) {
                Signal signal = signalTarget.getSignal();
                if (requireMapped(signal, target, "align")) {
                    signals.add(signal);
                }
            } else if (target instanceof EquipmentPattern pattern && pattern.getEquipment() != null) {
                for (Signal signal : pattern.getEquipment().getSignals()) {
                    if (mappedSignals.contains(signal)) {
                        signals.add(signal);
                    }
                }
            }
            for (Signal signal : signals) {
                MappedSignal source = mappedSignals.get(signal);
                EObject equipment = signal.eContainer();
                String name = tree.unique(equipment, signal.getName() + "Aligned");
                if (!PlantTree.isBrowseName(name)) {
                    positions.error(target, CODE_BROWSE_NAME, "The aligned output " + name + " of "
                            + source.qualifiedName() + " is longer than the 64 characters of a browse name; shorten"
                            + " the signal's name.");
                    continue;
                }
                String method = alignment.getMethod().getName();
                SignalNode in = source.node();
                Unit unit = in.unit();
                // no EURange where the input has none: an unbounded one would be NaN/INF in a client
                Range range = in.range() != null ? in.range() : in.type() == ValueType.BOOLEAN ? new Range(0, 1)
                        : null;
                SignalNode output = new SignalNode(QualifiedNames.of((NamedElement) equipment) + "." + name, name,
                        in.displayName() + " (aligned)", "The values of " + in.browseName() + " on a grid of "
                                + Durations.format(period) + " (" + method.toLowerCase(Locale.ROOT) + "), stamped with"
                                + " the grid points.",
                        ValueType.DOUBLE, unit, range, in.roles());
                tree.addAlignedOutput(equipment, output);
                long staleAfter = stale > 0 ? stale : 3 * Math.max(period, source.acquisitionPeriodMillis());
                outputs.add(new AlignmentPlan.AlignedOutputPlan(source, output, staleAfter));
            }
        }
        if (outputs.isEmpty()) {
            return null;
        }
        return new AlignmentPlan(period, alignment.getMethod().getName(), outputs, positions.origin(alignment));
    }

    private boolean requireMapped(Signal signal, EObject at, String what) {
        if (signal == null || signal.eIsProxy()) {
            return false;
        }
        if (!mappedSignals.contains(signal)) {
            positions.error(at, CODE_UNMAPPED, "No mapping reads " + QualifiedNames.of(signal) + ", so this " + what
                    + " would never see a value; map the signal or remove it here.");
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ behaviours

    /** @return the plan of a behaviour, null when an error was found */
    BehaviourPlan behaviour(Behaviour behaviour) {
        Signal signal = behaviour.getSignal();
        if (!requireMapped(signal, behaviour, "behaviour")) {
            return null;
        }
        EObject equipment = signal.eContainer();
        String name = behaviour.getName();
        if (!PlantTree.isBrowseName(name)) {
            positions.error(behaviour, CODE_BROWSE_NAME, "The behaviour name '" + name + "' cannot be an OPC UA"
                    + " browse name of the runtime: it must start with a letter and have at most 64 letters, digits,"
                    + " '_' or '-'.");
            return null;
        }
        if (tree.taken(equipment).contains(name)) {
            positions.error(behaviour, CODE_NAME_COLLISION, "The behaviour " + name + " would appear under "
                    + QualifiedNames.of((NamedElement) equipment) + ", which already has an element of that name;"
                    + " rename the behaviour.");
            return null;
        }
        tree.taken(equipment).add(name);
        String sourceId = QualifiedNames.of((NamedElement) equipment);
        String id = sourceId + "." + name;
        Origin origin = positions.origin(behaviour);
        MappedSignal input = mappedSignals.get(signal);
        String unitCode = MappedSignals.unitCode(signal);
        BehaviourPlan plan = null;
        if (behaviour instanceof Alarm alarm) {
            plan = alarm(alarm, id, sourceId, origin, input, unitCode);
        } else if (behaviour instanceof Overshoot overshoot) {
            if (!requireMapped(overshoot.getSetpoint(), overshoot, "overshoot monitor")) {
                return null;
            }
            UnitConversions.Conversion conversion = conversion(overshoot.getLimit().getUnit(), unitCode, overshoot);
            if (conversion == null) {
                return null;
            }
            BehaviourNode node = node(id, name, origin, equipment, List.of(
                    new StateNode("Active", "Active", "The process value exceeds the setpoint by more than the band",
                            ValueType.BOOLEAN),
                    new StateNode("Overshoot", "Overshoot", "How far the process value is above the setpoint (0 when"
                            + " below)", ValueType.DOUBLE),
                    new StateNode("PeakOvershoot", "Peak overshoot", "The largest overshoot since the setpoint last"
                            + " changed", ValueType.DOUBLE))).withSourceSignal(input.node().id());
            plan = new BehaviourPlan.Overshoot(node, sourceId, origin, input,
                    mappedSignals.get(overshoot.getSetpoint()),
                    Math.abs(conversion.difference(overshoot.getLimit().getValue())), DEFAULT_SEVERITY);
        } else if (behaviour instanceof Energy energy) {
            if (!requireMapped(energy.getBatch(), energy, "integral")) {
                return null;
            }
            String total = UnitConversions.integralUnit(unitCode);
            BehaviourNode node = node(id, name, origin, equipment, List.of(
                    new StateNode("RunningTotal", "Running total", "The integral of the running batch so far"
                            + (total.isEmpty() ? "" : ", in " + total), ValueType.DOUBLE),
                    new StateNode("Batch", "Batch", "The running batch (value of "
                            + mappedSignals.get(energy.getBatch()).node().browseName() + ")", ValueType.DOUBLE),
                    new StateNode("LastBatch", "Last batch", "The batch completed last", ValueType.DOUBLE),
                    new StateNode("LastBatchTotal", "Last batch total", "The integral of the batch completed last;"
                            + " Uncertain when samples were missing (a lower bound)", ValueType.DOUBLE)));
            long maxGap = Math.max(10 * input.acquisitionPeriodMillis(), 10_000);
            plan = new BehaviourPlan.Energy(node, sourceId, origin, input, mappedSignals.get(energy.getBatch()),
                    UnitConversions.rateTimeUnitMillis(unitCode), maxGap, total);
        } else if (behaviour instanceof Verdict verdict) {
            UnitConversions.Conversion conversion = conversion(verdict.getUnit(), unitCode, verdict);
            if (conversion == null) {
                return null;
            }
            double a = conversion.value(verdict.getMinimum());
            double b = conversion.value(verdict.getMaximum());
            BehaviourNode node = node(id, name, origin, equipment, List.of(
                    new StateNode("Outcome", "Outcome", "PASS, FAIL or INDETERMINATE (no usable value)",
                            ValueType.STRING),
                    new StateNode("Pass", "Pass", "The last value was within the limits", ValueType.BOOLEAN),
                    new StateNode("Value", "Value", "The value judged", ValueType.DOUBLE),
                    new StateNode("Statement", "Statement", "The verdict with the calibration records it rests on",
                            ValueType.STRING)));
            plan = new BehaviourPlan.Verdict(node, sourceId, origin, input, Math.min(a, b), Math.max(a, b),
                    input.latestCalibration());
        }
        if (plan != null) {
            tree.addBehaviour(equipment, plan.node());
            tree.include(equipment);
        }
        return plan;
    }

    private BehaviourPlan alarm(Alarm alarm, String id, String sourceId, Origin origin, MappedSignal input,
            String unitCode) {
        UnitConversions.Conversion conversion = conversion(alarm.getThreshold().getUnit(), unitCode, alarm);
        if (conversion == null) {
            return null;
        }
        double threshold = conversion.value(alarm.getThreshold().getValue());
        boolean above = alarm.getComparison() == Comparison.ABOVE || alarm.getComparison() == Comparison.AT_OR_ABOVE;
        boolean inclusive = alarm.getComparison() == Comparison.AT_OR_ABOVE
                || alarm.getComparison() == Comparison.AT_OR_BELOW;
        double clear = threshold;
        long dwell = 0;
        int severity = DEFAULT_SEVERITY;
        for (AlarmOption option : alarm.getOptions()) {
            if (option instanceof ClearOption clearOption) {
                UnitConversions.Conversion c = conversion(clearOption.getLevel().getUnit(), unitCode, clearOption);
                if (c == null) {
                    return null;
                }
                clear = c.value(clearOption.getLevel().getValue());
            } else if (option instanceof DwellOption dwellOption) {
                dwell = Durations.millis(dwellOption.getDwell());
            } else if (option instanceof SeverityOption severityOption) {
                severity = severityOption.getSeverity();
            }
        }
        // The runtime's alarm compares strictly; ">= t" is "> the next double below t"
        String next = above ? "Math.nextDown(" : "Math.nextUp(";
        String thresholdExpression = inclusive ? next + JavaLiterals.number(threshold) + ")" : JavaLiterals.number(threshold);
        String clearExpression = inclusive && clear == threshold ? thresholdExpression : JavaLiterals.number(clear);
        String signalName = input.node().browseName();
        BehaviourNode node = node(id, alarm.getName(), origin, alarm.getSignal().eContainer(), List.of(
                new StateNode("Active", "Active", "The alarm is active (raised and not yet cleared)",
                        ValueType.BOOLEAN),
                new StateNode("State", "State", "NORMAL, PENDING (beyond the threshold, dwell time running) or ACTIVE",
                        ValueType.STRING),
                new StateNode("Value", "Value", "The last value of " + signalName + " the alarm evaluated",
                        ValueType.DOUBLE))).withSourceSignal(input.node().id());
        return new BehaviourPlan.Alarm(node, sourceId, origin, input, above, thresholdExpression, clearExpression,
                dwell, severity);
    }

    private UnitConversions.Conversion conversion(String unit, String signalUnit, EObject at) {
        if (unit == null) {
            return UnitConversions.Conversion.NONE;
        }
        UnitConversions.Conversion conversion = UnitConversions.fromSpelling(unit, signalUnit);
        if (conversion == null) {
            positions.error(at, CODE_UNIT, "The runtime cannot convert " + unit + " into the signal's unit"
                    + (signalUnit == null ? "" : " " + signalUnit) + ".");
        }
        return conversion;
    }

    private BehaviourNode node(String id, String name, Origin origin, EObject equipment, List<StateNode> states) {
        return new BehaviourNode(id, name, name, origin.text(), states, PlantTree.roles(equipment));
    }
}
