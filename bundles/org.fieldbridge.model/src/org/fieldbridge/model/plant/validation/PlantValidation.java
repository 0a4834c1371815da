/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * Entry point for validating plant models. The rules run as invariants of the metamodel, so the generated
 * {@code PlantValidator} (registered by {@link PlantPackage} itself) calls them from any
 * {@link Diagnostician}; this class only adds the one context value they need: today's date.
 */
public final class PlantValidation {

    /**
     * Context key for the day calibrations are judged against ({@link LocalDate}); defaults to the
     * system clock's today. Tests and reproducible CI runs put a fixed date here.
     */
    public static final String TODAY = "org.fieldbridge.model.plant.validation.today";

    private PlantValidation() {
    }

    /**
     * Validates an element and everything it contains.
     *
     * @param root  usually the {@code Plant}
     * @param today the day calibration due dates are compared with
     * @return the diagnostic tree; its severity is the worst finding
     */
    public static Diagnostic validate(EObject root, LocalDate today) {
        PlantPackage.eINSTANCE.eClass();
        Diagnostician diagnostician = Diagnostician.INSTANCE;
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(TODAY, today);
        // EMF's own constraints (required features, dangling references) name objects by Java class and
        // hash code by default; name them as the plant rules do.
        context.put(EValidator.SubstitutionLabelProvider.class, new PlantLabels());
        return diagnostician.validate(root, context);
    }

    /**
     * Validates against the system clock's date.
     *
     * @param root usually the {@code Plant}
     * @return the diagnostic tree
     */
    public static Diagnostic validate(EObject root) {
        return validate(root, LocalDate.now());
    }

    /** The day to judge calibrations against: from the context if given there, else today. */
    static LocalDate today(Map<Object, Object> context) {
        Object value = context == null ? null : context.get(TODAY);
        return value instanceof LocalDate date ? date : LocalDate.now();
    }

    /** Labels for EMF's built-in constraint messages, in the words of {@link ElementLabels}. */
    private static final class PlantLabels implements EValidator.SubstitutionLabelProvider {
        @Override
        public String getObjectLabel(EObject object) {
            return ElementLabels.describe(object);
        }

        @Override
        public String getFeatureLabel(EStructuralFeature feature) {
            return feature.getName();
        }

        @Override
        public String getValueLabel(EDataType dataType, Object value) {
            return EcoreUtil.convertToString(dataType, value);
        }
    }
}
