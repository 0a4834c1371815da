package org.fieldbridge.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.validation.PlantRule;

/**
 * Turns the plant model's validation diagnostics into findings positioned in the .plant file. EMF keeps no
 * positions of loaded elements, so the element is found in the text: the line naming each of its
 * containers in turn ({@code name="..."}, {@code certificateId="..."}, {@code commonCode="..."}), which is
 * exact for the files Fieldbridge writes and a good guess for hand-written ones (1:1 when nothing matches).
 */
final class PlantFindings {

    private PlantFindings() {
    }

    static List<Finding> of(String file, Path path, Diagnostic diagnostic) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            lines = List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() != Diagnostic.ERROR && child.getSeverity() != Diagnostic.WARNING) {
                continue;
            }
            int line = 1;
            int column = 1;
            if (!child.getData().isEmpty() && child.getData().get(0) instanceof EObject element) {
                int[] position = position(lines, element);
                line = position[0];
                column = position[1];
            }
            PlantRule rule = PlantRule.of(child);
            findings.add(new Finding(file, line, column, child.getSeverity() == Diagnostic.ERROR ? "error" : "warning",
                    rule == null ? "plant.model" : rule.id(), child.getMessage()));
        }
        return findings;
    }

    private static int[] position(List<String> lines, EObject element) {
        List<String> keys = new ArrayList<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            String key = key(e);
            if (key != null) {
                keys.add(key);
            }
        }
        Collections.reverse(keys);
        int line = -1;
        int column = 0;
        for (String key : keys) {
            for (int i = Math.max(0, line); i < lines.size(); i++) {
                int at = lines.get(i).indexOf(key);
                if (at >= 0) {
                    line = i;
                    column = at;
                    break;
                }
            }
        }
        return line < 0 ? new int[] { 1, 1 } : new int[] { line + 1, column + 1 };
    }

    private static String key(EObject e) {
        if (e instanceof NamedElement named && named.getName() != null) {
            return "name=\"" + named.getName() + "\"";
        }
        if (e instanceof CalibrationRecord record && record.getCertificateId() != null) {
            return "certificateId=\"" + record.getCertificateId() + "\"";
        }
        if (e instanceof EngineeringUnit unit && unit.getCommonCode() != null) {
            return "commonCode=\"" + unit.getCommonCode() + "\"";
        }
        return null;
    }
}
