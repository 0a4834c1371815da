/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fieldbridge.codegen.model.BehaviourNode;
import org.fieldbridge.codegen.model.ElementNode;
import org.fieldbridge.codegen.model.JavaLiterals;
import org.fieldbridge.codegen.model.JavaNames;
import org.fieldbridge.codegen.model.RoleInfo;
import org.fieldbridge.codegen.model.RuntimeModel;
import org.fieldbridge.codegen.model.SignalNode;
import org.fieldbridge.codegen.model.StateNode;
import org.fieldbridge.codegen.model.Unit;

/**
 * {@code <Name>AddressSpace}: the {@code AddressSpaceDescription} the runtime's OPC UA server exposes, one
 * method per plant element (signals as AnalogItems with unit and EURange, behaviours with their states).
 */
public final class AddressSpaceTemplate {

    private AddressSpaceTemplate() {
    }

    /** @return the source of {@code <Name>AddressSpace.java} */
    public static String render(RuntimeModel model) {
        String name = model.className() + "AddressSpace";
        JavaSourceWriter w = new JavaSourceWriter(GeneratedHeader.text(model), model.javaPackage(), List.of(
                "java.util.List", "java.util.Set", "org.fieldbridge.runtime.server.AddressSpaceDescription",
                "org.fieldbridge.runtime.server.BehaviourDescription", "org.fieldbridge.runtime.server.EngineeringUnit",
                "org.fieldbridge.runtime.server.EuRange", "org.fieldbridge.runtime.server.PlantElement",
                "org.fieldbridge.runtime.server.PlantLevel", "org.fieldbridge.runtime.server.PlantPermission",
                "org.fieldbridge.runtime.server.RoleDescription", "org.fieldbridge.runtime.server.SignalDescription",
                "org.fieldbridge.runtime.server.SignalType", "org.fieldbridge.runtime.server.StateDescription"));
        w.javadoc("The OPC UA address space of the " + model.runtimeName() + " twin: the plant elements that have mapped",
                "signals or behaviours, their signals (narrowest OPC UA type; AnalogItems where the plant model",
                "gives a range), aligned outputs and behaviour states. The same nodes are described in " + model.runtimeName()
                        + ".nodeset2.xml.");
        w.open("public final class " + name);

        Map<String, Unit> unitByConstant = new TreeMap<>();
        collectUnitConstants(model.roots(), unitByConstant);
        for (Map.Entry<String, Unit> unit : unitByConstant.entrySet()) {
            w.line("");
            w.line("private static final EngineeringUnit " + unit.getKey() + " = new EngineeringUnit("
                    + JavaLiterals.string(unit.getValue().commonCode()) + ", "
                    + JavaLiterals.string(unit.getValue().displayName()) + ", "
                    + JavaLiterals.string(unit.getValue().description()) + ");");
        }
        w.line("");
        w.open("private " + name + "()").close();

        JavaNames.Allocator methods = new JavaNames.Allocator("description");
        Map<ElementNode, String> methodNames = new IdentityHashMap<>(); // not the records' deep hashCode
        assignMethods(model.roots(), methods, methodNames);

        w.line("");
        w.javadoc("@return the plant elements, signals and behaviour states the twin's OPC UA server exposes");
        w.open("public static AddressSpaceDescription description()");
        List<String> roots = model.roots().stream().map(e -> methodNames.get(e) + "()").toList();
        w.line("return new AddressSpaceDescription(List.of(" + String.join(", ", roots) + "), List.of(");
        List<RoleInfo> roles = model.roles();
        for (int i = 0; i < roles.size(); i++) {
            w.line("        " + role(roles.get(i)) + (i + 1 < roles.size() ? "," : ""));
        }
        w.line("));");
        w.close();
        boolean large = model.signals().size() > JavaSourceWriter.STATEMENTS_PER_METHOD;
        for (ElementNode root : model.roots()) {
            element(w, root, methodNames, large);
        }
        return w.finish();
    }

    private static void collectUnitConstants(List<ElementNode> elements, Map<String, Unit> units) {
        for (ElementNode element : elements) {
            for (SignalNode signal : element.signals()) {
                Unit unit = signal.unit();
                if (unit != null) {
                    units.putIfAbsent(unitConstant(unit), unit);
                }
            }
            collectUnitConstants(element.children(), units);
        }
    }

    /** @return e.g. {@code CEL}, {@code UNIT_4K}; one constant per common code */
    static String unitConstant(Unit unit) {
        String code = unit.commonCode();
        return code.matches("[A-Z][A-Z0-9]*") && !JavaNames.isKeyword(code) ? code : "UNIT_" + code;
    }

    private static void assignMethods(List<ElementNode> elements, JavaNames.Allocator methods,
            Map<ElementNode, String> names) {
        for (ElementNode element : elements) {
            names.put(element, methods.allocate(JavaNames.lowerCamel(element.browseName())));
            assignMethods(element.children(), methods, names);
        }
    }

    private static void element(JavaSourceWriter w, ElementNode element, Map<ElementNode, String> methodNames,
            boolean large) {
        String method = methodNames.get(element);
        w.line("");
        w.javadoc(element.id() + " (" + element.level().toLowerCase(java.util.Locale.ROOT) + ")");
        w.open("private static PlantElement " + method + "()");
        w.line("PlantElement.Builder element = PlantElement.builder(PlantLevel." + element.level() + ", "
                + JavaLiterals.string(element.browseName()) + ")");
        w.line("        .displayName(" + JavaLiterals.string(element.displayName()) + ")");
        w.line("        .description(" + JavaLiterals.string(element.description()) + ");");
        for (String role : element.roles()) {
            w.line("element.role(" + JavaLiterals.string(role) + ");");
        }
        List<List<String>> statements = new ArrayList<>();
        for (SignalNode signal : element.signals()) {
            statements.add(List.of("element.signal(" + signal(signal) + ");"));
        }
        w.statements(statements, "SignalsOf" + JavaNames.upperCamel(method) + "Part", "PlantElement.Builder element",
                "element", large);
        for (BehaviourNode behaviour : element.behaviours()) {
            w.line("element.behaviour(new BehaviourDescription(" + JavaLiterals.string(behaviour.browseName()) + ", "
                    + JavaLiterals.string(behaviour.displayName()) + ", " + JavaLiterals.string(behaviour.description())
                    + ", List.of(");
            List<StateNode> states = behaviour.states();
            for (int i = 0; i < states.size(); i++) {
                StateNode state = states.get(i);
                w.line("        new StateDescription(" + JavaLiterals.string(state.browseName()) + ", "
                        + JavaLiterals.string(state.displayName()) + ", " + JavaLiterals.string(state.description())
                        + ", SignalType." + state.type().name() + ")" + (i + 1 < states.size() ? "," : "))"
                        + sourceSignal(behaviour) + ");"));
            }
        }
        for (ElementNode child : element.children()) {
            w.line("element.child(" + methodNames.get(child) + "());");
        }
        w.line("return element.build();");
        w.close();
        for (ElementNode child : element.children()) {
            element(w, child, methodNames, large);
        }
    }

    /**
     * @return {@code .withSourceSignal("<signal id>")} for an alarm or overshoot monitor, so that the server gives its
     *         condition the InputNode and the signal a HasCondition reference (docs/opcua-server.md); else nothing
     */
    private static String sourceSignal(BehaviourNode behaviour) {
        return behaviour.sourceSignal().isEmpty() ? ""
                : ".withSourceSignal(" + JavaLiterals.string(behaviour.sourceSignal()) + ")";
    }

    /** A plant role with its permissions; the server grants it where elements name it (docs/opcua-server.md). */
    private static String role(RoleInfo role) {
        List<String> permissions = role.permissions().stream().distinct()
                .map(p -> "PlantPermission." + p.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT))
                .toList();
        return "new RoleDescription(" + JavaLiterals.string(role.name()) + ", " + JavaLiterals.string(role.displayName())
                + ", Set.of(" + String.join(", ", permissions) + "))";
    }

    private static String signal(SignalNode signal) {
        Unit unit = signal.unit();
        String unitText = unit == null ? "null" : unitConstant(unit);
        String range = signal.range() == null ? "null"
                : "new EuRange(" + JavaLiterals.number(signal.range().low()) + ", "
                        + JavaLiterals.number(signal.range().high()) + ")";
        return "new SignalDescription(" + JavaLiterals.string(signal.browseName()) + ", "
                + JavaLiterals.string(signal.displayName()) + ", " + JavaLiterals.string(signal.description())
                + ", SignalType." + signal.type().name() + ", " + unitText + ", " + range + ")";
    }
}
