/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * Names: present, identifier-like, and unique among ALL named children of a parent (not per containment
 * list), because qualified names do not say which list a child is in: a signal and a sub-equipment of the
 * same equipment must not share a name.
 */
public final class NamingRules {

    private NamingRules() {
    }

    /** Invariant {@code NamedElement.validName}. */
    public static boolean validName(NamedElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(element, diagnostics);
        String name = element.getName();
        if (name == null || name.isBlank()) {
            reporter.report(PlantRule.NAME_MISSING, capitalized(ElementLabels.aKind(element))
                    + " in " + ElementLabels.describe(element.eContainer()) + " has no name");
        } else if (!QualifiedNames.isIdentifier(name)) {
            reporter.report(PlantRule.NAME_INVALID, "The name '" + name + "' of " + ElementLabels.describe(element)
                    + " is not an identifier: use letters, digits and '_', not starting with a digit"
                    + " (the DSL refers to it as part of a dotted name)");
        }
        return reporter.valid();
    }

    /** Invariant {@code NamedElement.uniqueChildNames}. */
    public static boolean uniqueChildNames(NamedElement element, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return uniqueNames(element, diagnostics);
    }

    /** Invariant {@code Plant.uniqueChildNames}: enterprises, controllers, instruments and roles share one namespace. */
    public static boolean uniqueTopLevelNames(Plant plant, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return uniqueNames(plant, diagnostics);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean uniqueNames(EObject parent, DiagnosticChain diagnostics) {
        RuleReporter reporter = new RuleReporter(parent, diagnostics);
        Map<String, NamedElement> first = new HashMap<>();
        for (EObject child : parent.eContents()) {
            if (child instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
                NamedElement earlier = first.putIfAbsent(named.getName(), named);
                if (earlier != null) {
                    reporter.report(PlantRule.NAME_DUPLICATE, named, "Two elements in "
                            + ElementLabels.describe(parent) + " are named '" + named.getName() + "' ("
                            + ElementLabels.aKind(earlier) + " and "
                            + ElementLabels.aKind(named)
                            + "); names must be unique within their parent so qualified names are unambiguous");
                }
            }
        }
        return reporter.valid();
    }
}
