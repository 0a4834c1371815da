/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.fieldbridge.model.plant.validation.PlantRule;

/** Flattening of EMF diagnostic trees for assertions. */
final class Diagnostics {

    private Diagnostics() {
    }

    /** All leaf findings (warnings and errors, not the summary node). */
    static List<Diagnostic> findings(Diagnostic root) {
        List<Diagnostic> leaves = new ArrayList<>();
        collect(root, leaves);
        return leaves;
    }

    static List<Diagnostic> of(Diagnostic root, PlantRule rule) {
        return findings(root).stream().filter(d -> PlantRule.of(d) == rule).toList();
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                leaves.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, leaves);
        }
    }

    static String describe(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            text.append("\n  ").append(d.getSeverity() == Diagnostic.ERROR ? "ERROR " : "WARNING ")
                    .append(d.getCode()).append(' ').append(d.getMessage());
        }
        return text.toString();
    }
}
