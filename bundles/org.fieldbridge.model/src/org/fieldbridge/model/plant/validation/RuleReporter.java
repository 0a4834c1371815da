/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Collects the findings of one invariant check and turns them into EMF diagnostics with the rule's code,
 * severity and id. The invariant's boolean result is {@code false} only if an ERROR was found, so
 * warnings do not make a model invalid.
 */
final class RuleReporter {

    private final EObject object;
    private final DiagnosticChain diagnostics;
    private boolean valid = true;

    RuleReporter(EObject object, DiagnosticChain diagnostics) {
        this.object = object;
        this.diagnostics = diagnostics;
    }

    /** Reports a finding about the checked object itself. */
    void report(PlantRule rule, String message) {
        report(rule, object, message);
    }

    /** Reports a finding about another object (e.g. the duplicate child), so editors select that one. */
    void report(PlantRule rule, EObject subject, String message) {
        if (rule.severity() == Diagnostic.ERROR) {
            valid = false;
        }
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(rule.severity(), PlantRule.SOURCE, rule.code(),
                    message, new Object[] { subject, rule.id() }));
        }
    }

    /** @return whether no ERROR was reported */
    boolean valid() {
        return valid;
    }
}
