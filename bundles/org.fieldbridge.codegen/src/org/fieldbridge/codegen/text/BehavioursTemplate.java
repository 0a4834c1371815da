/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.codegen.model.AlignmentPlan;
import org.fieldbridge.codegen.model.BehaviourNode;
import org.fieldbridge.codegen.model.BehaviourPlan;
import org.fieldbridge.codegen.model.Calibration;
import org.fieldbridge.codegen.model.JavaLiterals;
import org.fieldbridge.codegen.model.JavaNames;
import org.fieldbridge.codegen.model.MappedSignal;
import org.fieldbridge.codegen.model.RuntimeModel;

/**
 * {@code <Name>Behaviours}: calibration records, alignment grids and behaviours compiled to plain Java on
 * the runtime's behaviour classes: each behaviour object is constructed with the literal parameters of its
 * .twin statement (converted to the signal's unit) and wired to its signals with {@code onSample}; it
 * publishes its state variables and events through the twin's outputs.
 */
public final class BehavioursTemplate {

    /** Severity of the event that closes a batch integral (informational). */
    private static final int BATCH_EVENT_SEVERITY = 100;

    private BehavioursTemplate() {
    }

    /** @return the source of {@code <Name>Behaviours.java} */
    public static String render(RuntimeModel model) {
        String name = model.className() + "Behaviours";
        String signals = model.className() + "Signals";
        boolean calibrations = model.signals().stream().anyMatch(s -> !s.calibrations().isEmpty());
        List<String> imports = new ArrayList<>(List.of("org.fieldbridge.runtime.app.TwinAssembly"));
        if (calibrations) {
            imports.addAll(List.of("java.time.LocalDate", "org.fieldbridge.runtime.behaviour.CalibrationValidity"));
        }
        if (!model.alignments().isEmpty()) {
            imports.addAll(List.of("java.time.Duration", "java.util.ArrayList", "java.util.List",
                    "org.fieldbridge.runtime.alignment.AlignmentMethod", "org.fieldbridge.runtime.app.AlignedOutput"));
        }
        if (!model.behaviours().isEmpty()) {
            imports.add("org.fieldbridge.runtime.app.TwinOutputs");
        }
        for (BehaviourPlan plan : model.behaviours()) {
            switch (plan) {
                case BehaviourPlan.Alarm a -> imports.addAll(List.of("java.time.Duration",
                        "org.fieldbridge.runtime.behaviour.ThresholdAlarm"));
                case BehaviourPlan.Overshoot o -> imports.add("org.fieldbridge.runtime.behaviour.OvershootMonitor");
                case BehaviourPlan.Energy e -> imports.addAll(List.of("java.time.Duration",
                        "org.fieldbridge.runtime.EpochNanos", "org.fieldbridge.runtime.behaviour.BatchIntegral",
                        "org.fieldbridge.runtime.behaviour.BehaviourEvent"));
                case BehaviourPlan.Verdict v -> {
                    imports.addAll(List.of("java.time.LocalDate", "java.util.List",
                            "org.fieldbridge.runtime.behaviour.Verdict", "org.fieldbridge.runtime.behaviour.VerdictResult"));
                    if (v.calibration() != null) {
                        imports.add("org.fieldbridge.runtime.behaviour.CalibrationValidity");
                    }
                }
            }
        }
        JavaSourceWriter w = new JavaSourceWriter(GeneratedHeader.text(model), model.javaPackage(), imports);
        w.javadoc("The calibration records, alignment grids and behaviours of the " + model.runtimeName() + " twin,",
                "compiled from its .twin files: runtime objects with literal parameters, wired to their signals.");
        w.open("public final class " + name);
        w.line("");
        w.open("private " + name + "()").close();

        JavaNames.Allocator methods = new JavaNames.Allocator("addTo", "calibrations");
        List<String> alignmentMethods = new ArrayList<>();
        for (int i = 0; i < model.alignments().size(); i++) {
            alignmentMethods.add(methods.allocate("alignment" + (i + 1)));
        }
        List<String> behaviourMethods = new ArrayList<>();
        for (BehaviourPlan plan : model.behaviours()) {
            String method = methods.allocate(JavaNames.lowerCamel(plan.node().browseName()));
            behaviourMethods.add(method);
            methods.allocate("publish" + JavaNames.upperCamel(method));
        }

        w.line("");
        w.javadoc("Adds the calibration records, alignment grids and behaviours to a twin.");
        w.open("public static void addTo(TwinAssembly.Builder twin)");
        if (calibrations) {
            w.line("calibrations(twin);");
        }
        alignmentMethods.forEach(m -> w.line(m + "(twin);"));
        if (!model.behaviours().isEmpty()) {
            w.line("TwinOutputs out = twin.outputs();");
            behaviourMethods.forEach(m -> w.line(m + "(twin, out);"));
        }
        w.close();

        if (calibrations) {
            calibrations(w, model, signals);
        }
        for (int i = 0; i < model.alignments().size(); i++) {
            alignment(w, model.alignments().get(i), alignmentMethods.get(i), signals);
        }
        for (int i = 0; i < model.behaviours().size(); i++) {
            BehaviourPlan plan = model.behaviours().get(i);
            String method = behaviourMethods.get(i);
            w.line("");
            BehaviourNode node = plan.node();
            w.javadoc(plan.origin().text() + " (" + plan.origin().location() + ")", "",
                    "States under " + node.id() + ": "
                            + String.join(", ", node.states().stream().map(s -> s.browseName()).toList()) + ".");
            w.open("private static void " + method + "(TwinAssembly.Builder twin, TwinOutputs out)");
            switch (plan) {
                case BehaviourPlan.Alarm a -> alarm(w, a, signals);
                case BehaviourPlan.Overshoot o -> overshoot(w, o, signals, method);
                case BehaviourPlan.Energy e -> energy(w, e, signals);
                case BehaviourPlan.Verdict v -> verdict(w, v, signals);
            }
            w.close();
            if (plan instanceof BehaviourPlan.Overshoot o) {
                publishOvershoot(w, o, "publish" + JavaNames.upperCamel(method));
            }
        }
        return w.finish();
    }

    private static String id(String signals, MappedSignal signal) {
        return signals + "." + signal.constant() + ".id()";
    }

    private static String state(BehaviourNode node, String state) {
        return JavaLiterals.string(node.stateId(state));
    }

    private static void calibrations(JavaSourceWriter w, RuntimeModel model, String signals) {
        w.line("");
        w.javadoc("The calibration records of the instruments behind mapped signals: a Good value measured after",
                "the last due date is published as Uncertain_SensorCalibration, naming the certificate.");
        w.open("private static void calibrations(TwinAssembly.Builder twin)");
        List<List<String>> statements = new ArrayList<>();
        for (MappedSignal signal : model.signals()) {
            for (Calibration c : signal.calibrations()) {
                statements.add(List.of("twin.calibration(" + id(signals, signal) + ", new CalibrationValidity("
                        + JavaLiterals.string(c.certificateId()) + ", " + JavaLiterals.date(c.dueDate()) + ")); // "
                        + JavaLiterals.comment(signal.instrument())));
            }
        }
        w.statements(statements, "CalibrationsPart", "TwinAssembly.Builder twin", "twin");
        w.close();
    }

    private static void alignment(JavaSourceWriter w, AlignmentPlan plan, String method, String signals) {
        w.line("");
        w.javadoc(plan.origin().text() + " (" + plan.origin().location() + ")");
        w.open("private static void " + method + "(TwinAssembly.Builder twin)");
        w.line("List<AlignedOutput> outputs = new ArrayList<>(" + plan.outputs().size() + ");");
        List<List<String>> statements = new ArrayList<>();
        for (AlignmentPlan.AlignedOutputPlan output : plan.outputs()) {
            statements.add(List.of("outputs.add(new AlignedOutput(" + id(signals, output.source()) + ", "
                    + JavaLiterals.string(output.output().id()) + ", AlignmentMethod." + plan.method()
                    + ", Duration.ofMillis(" + output.staleAfterMillis() + ")));"));
        }
        w.statements(statements, JavaNames.upperCamel(method) + "Part", "List<AlignedOutput> outputs", "outputs");
        w.line("twin.align(Duration.ofMillis(" + plan.periodMillis() + "), outputs);");
        w.close();
    }

    private static void alarm(JavaSourceWriter w, BehaviourPlan.Alarm a, String signals) {
        BehaviourNode node = a.node();
        w.line("ThresholdAlarm alarm = new ThresholdAlarm(" + JavaLiterals.string(node.browseName())
                + ", ThresholdAlarm.Direction." + (a.above() ? "ABOVE" : "BELOW") + ", " + a.threshold() + ", "
                + a.clearLevel() + ",");
        w.line("        Duration.ofMillis(" + a.dwellMillis() + "), " + a.severity() + ", event -> out.event("
                + JavaLiterals.string(a.sourceId()) + ", event));");
        w.open("twin.onSample(" + id(signals, a.signal()) + ", (time, value, quality) ->");
        w.line("alarm.update(time, value, quality);");
        w.line("int state = alarm.quality().code();");
        w.line("out.state(" + state(node, "Active") + ", time, alarm.isActive(), state);");
        w.line("out.state(" + state(node, "State") + ", time, alarm.state().name(), state);");
        w.line("out.state(" + state(node, "Value") + ", time, value, quality);");
        w.close(");");
    }

    private static void overshoot(JavaSourceWriter w, BehaviourPlan.Overshoot o, String signals, String method) {
        String publish = "publish" + JavaNames.upperCamel(method);
        w.line("OvershootMonitor monitor = new OvershootMonitor(" + JavaLiterals.string(o.node().browseName()) + ", "
                + JavaLiterals.number(o.band()) + ", " + o.severity() + ",");
        w.line("        event -> out.event(" + JavaLiterals.string(o.sourceId()) + ", event));");
        w.comment("the process value and the setpoint may arrive on different threads");
        w.open("twin.onSample(" + id(signals, o.processValue()) + ", (time, value, quality) ->");
        w.open("synchronized (monitor)");
        w.line("monitor.updateProcessValue(time, value, quality);");
        w.line(publish + "(out, monitor, time);");
        w.close();
        w.close(");");
        w.open("twin.onSample(" + id(signals, o.setpoint()) + ", (time, value, quality) ->");
        w.open("synchronized (monitor)");
        w.line("monitor.updateSetpoint(time, value, quality);");
        w.line(publish + "(out, monitor, time);");
        w.close();
        w.close(");");
    }

    private static void publishOvershoot(JavaSourceWriter w, BehaviourPlan.Overshoot o, String method) {
        BehaviourNode node = o.node();
        w.line("");
        w.javadoc("Publishes the states of " + node.browseName() + "; called while holding its monitor.");
        w.open("private static void " + method + "(TwinOutputs out, OvershootMonitor monitor, long time)");
        w.line("int state = monitor.quality().code();");
        w.line("out.state(" + state(node, "Active") + ", time, monitor.isActive(), state);");
        w.line("out.state(" + state(node, "Overshoot") + ", time, monitor.overshoot(), state);");
        w.line("out.state(" + state(node, "PeakOvershoot") + ", time, monitor.peakOvershoot(), state);");
        w.close();
    }

    private static void energy(JavaSourceWriter w, BehaviourPlan.Energy e, String signals) {
        BehaviourNode node = e.node();
        String unit = e.totalUnit().isEmpty() ? "" : " " + e.totalUnit();
        w.line("BatchIntegral integral = new BatchIntegral(" + JavaLiterals.string(node.browseName())
                + ", Duration.ofMillis(" + e.rateTimeUnitMillis() + "), Duration.ofMillis(" + e.maxGapMillis()
                + "), total -> {");
        w.line("    int quality = total.quality().code();");
        w.line("    long end = EpochNanos.of(total.end());");
        w.line("    out.state(" + state(node, "LastBatch") + ", end, total.batch(), quality);");
        w.line("    out.state(" + state(node, "LastBatchTotal") + ", end, total.total(), quality);");
        w.line("    out.event(" + JavaLiterals.string(e.sourceId()) + ", new BehaviourEvent("
                + JavaLiterals.string(node.browseName()) + ", BehaviourEvent.Type.BATCH_COMPLETED, total.end(),");
        w.line("            total.total(), " + BATCH_EVENT_SEVERITY + ", " + JavaLiterals.string(node.browseName()
                + ": batch ") + " + total.batch() + " + JavaLiterals.string(" total ") + " + total.total() + "
                + JavaLiterals.string(unit + " (") + " + total.quality() + \")\"));");
        w.line("});");
        w.comment("the rate and the batch signal may arrive on different threads");
        w.open("twin.onSample(" + id(signals, e.rate()) + ", (time, value, quality) ->");
        w.open("synchronized (integral)");
        w.line("integral.updateRate(time, value, quality);");
        w.line("out.state(" + state(node, "RunningTotal") + ", time, integral.runningTotal(), quality);");
        w.close();
        w.close(");");
        w.open("twin.onSample(" + id(signals, e.batch()) + ", (time, value, quality) ->");
        w.open("synchronized (integral)");
        w.line("integral.updateBatch(time, value, quality);");
        w.line("out.state(" + state(node, "Batch") + ", time, integral.batch(), quality);");
        w.close();
        w.close(");");
    }

    private static void verdict(JavaSourceWriter w, BehaviourPlan.Verdict v, String signals) {
        BehaviourNode node = v.node();
        Calibration c = v.calibration();
        if (c != null) {
            w.comment("cites " + v.signal().instrument() + ", certificate " + c.certificateId()
                    + (c.laboratory().isEmpty() ? "" : " (" + c.laboratory() + ")"));
        } else {
            w.comment("no calibrated instrument behind " + v.signal().qualifiedName() + ": verdicts say so");
        }
        String calibrations = c == null ? "List.of()"
                : "List.of(new CalibrationValidity(" + JavaLiterals.string(c.certificateId()) + ", "
                        + JavaLiterals.date(c.dueDate()) + "))";
        w.line("Verdict verdict = new Verdict(" + JavaLiterals.string(node.browseName()) + ", "
                + JavaLiterals.number(v.low()) + ", " + JavaLiterals.number(v.high()) + ", " + calibrations + ");");
        w.open("twin.onSample(" + id(signals, v.signal()) + ", (time, value, quality) ->");
        w.line("VerdictResult result = verdict.evaluate(time, value, quality, LocalDate.now());");
        w.line("int state = result.quality().code();");
        w.line("out.state(" + state(node, "Outcome") + ", time, result.outcome().name(), state);");
        w.line("out.state(" + state(node, "Pass") + ", time, result.outcome() == Verdict.Outcome.PASS, state);");
        w.line("out.state(" + state(node, "Value") + ", time, value, state);");
        w.line("out.state(" + state(node, "Statement") + ", time, result.statement(), state);");
        w.close(");");
    }
}
