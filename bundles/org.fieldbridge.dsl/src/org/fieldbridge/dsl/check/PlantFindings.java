/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.resource.LoadProblem;
import org.fieldbridge.model.plant.resource.PlantLoadException;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.plant.validation.PlantRule;
import org.fieldbridge.model.plant.validation.PlantValidation;

/**
 * The findings of one {@code .plant} file: what keeps it from loading (not well-formed XML, not UTF-8,
 * unknown elements, dangling references) and the plant model's own rules ({@link PlantRule}), positioned
 * in the file. {@code fieldbridge check} and {@code fieldbridge generate} both report plants through this
 * class, so a plant gets the same findings from either.
 *
 * <p>EMF keeps no positions of loaded elements, so a rule's element is found in the text: the line naming
 * each of its containers in turn ({@code name="..."}, {@code certificateId="..."}, {@code commonCode="..."}),
 * which is exact for the files Fieldbridge writes and a good guess for hand-written ones (1:1 when nothing
 * matches).
 */
public final class PlantFindings {

    /** Code of a finding from an EMF constraint that is no Fieldbridge plant rule. */
    public static final String MODEL_CODE = "plant.model";

    private PlantFindings() {
    }

    /**
     * Loads and checks a plant file on its own (in a resource set of its own).
     *
     * @param file  the .plant file
     * @param name  the file name the findings carry (as the user gave or wrote it)
     * @param today the day calibration due dates are compared with
     * @return its findings in file order; never throws for bad content
     */
    public static List<Finding> check(Path file, String name, LocalDate today) {
        return check(file, name, today, Set.of());
    }

    /**
     * Loads and checks a plant file that .twin files import, leaving out the plant's calibration warnings
     * about instruments those files already judge at the statements that use them
     * ({@code twin.calibration.expired}, {@code twin.calibration.missing}): one fact, one finding.
     *
     * @param file    the .plant file
     * @param name    the file name the findings carry
     * @param today   the day calibration due dates are compared with
     * @param judged  qualified names of the instruments judged by the importing .twin files
     * @return its findings in file order; never throws for bad content
     */
    public static List<Finding> check(Path file, String name, LocalDate today, Set<String> judged) {
        Plant plant;
        try {
            plant = PlantResources.load(file);
        } catch (PlantLoadException e) {
            List<Finding> findings = new ArrayList<>();
            for (LoadProblem problem : e.problems()) {
                findings.add(new Finding(name, Math.max(1, problem.line()), Math.max(1, problem.column()), "error",
                        problem.code(), problem.message()));
            }
            return findings;
        }
        BasicDiagnostic kept = new BasicDiagnostic();
        for (Diagnostic child : PlantValidation.validate(plant, today).getChildren()) {
            if (!judgedByTwin(child, judged)) {
                kept.add(child);
            }
        }
        List<Finding> findings = of(name, file, kept);
        findings.sort(Finding.IN_FILE_ORDER);
        return findings;
    }

    /**
     * Positions the findings of a plant model's validation in its file.
     *
     * @param file       the file name the findings carry
     * @param path       the file, read to find the positions
     * @param diagnostic the result of {@link PlantValidation#validate(EObject, LocalDate)}
     * @return the errors and warnings, in the validator's order
     */
    public static List<Finding> of(String file, Path path, Diagnostic diagnostic) {
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
            String fragment = null;
            if (!child.getData().isEmpty() && child.getData().get(0) instanceof EObject element) {
                int[] position = position(lines, element);
                line = position[0];
                column = position[1];
                fragment = element.eResource() == null ? null : element.eResource().getURIFragment(element);
            }
            PlantRule rule = PlantRule.of(child);
            findings.add(new Finding(file, line, column, child.getSeverity() == Diagnostic.ERROR ? "error" : "warning",
                    rule == null ? MODEL_CODE : rule.id(), child.getMessage(), fragment));
        }
        return findings;
    }

    private static boolean judgedByTwin(Diagnostic diagnostic, Set<String> judged) {
        PlantRule rule = PlantRule.of(diagnostic);
        if (rule != PlantRule.CALIBRATION_EXPIRED && rule != PlantRule.INSTRUMENT_NOT_CALIBRATED
                || diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject element)) {
            return false;
        }
        EObject instrument = element instanceof CalibrationRecord ? element.eContainer() : element;
        return instrument instanceof Instrument named && judged.contains(named.qualifiedName());
    }

    /** One step of the way to an element in the text: the n-th line (from the last step's) holding a text. */
    private record Step(String text, int occurrence) {
    }

    private static int[] position(List<String> lines, EObject element) {
        List<Step> steps = new ArrayList<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            Step step = step(e);
            if (step != null) {
                steps.add(step);
            }
        }
        Collections.reverse(steps);
        int line = -1;
        int column = 0;
        for (Step step : steps) {
            int seen = 0;
            for (int i = Math.max(0, line); i < lines.size(); i++) {
                int at = lines.get(i).indexOf(step.text());
                if (at >= 0 && seen++ == step.occurrence()) {
                    line = i;
                    column = at;
                    break;
                }
            }
        }
        return line < 0 ? new int[] { 1, 1 } : new int[] { line + 1, column + 1 };
    }

    /** By name where the element has one; else by its start tag, which XMI names after the containing feature. */
    private static Step step(EObject e) {
        String key = key(e);
        if (key != null) {
            return new Step(key, 0);
        }
        if (e.eContainer() == null || e.eContainingFeature() == null) {
            return null;
        }
        int index = 0;
        if (e.eContainingFeature().isMany()) {
            index = ((List<?>) e.eContainer().eGet(e.eContainingFeature())).indexOf(e);
        }
        return new Step("<" + e.eContainingFeature().getName(), Math.max(0, index));
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
