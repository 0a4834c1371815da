/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * Which cell editor a property of the plant gets in the Properties view and in the signal table. Decided
 * from the feature alone (plus the number of candidates of a single reference), so that a test can walk
 * every feature of the metamodel and check that none is left without an editor.
 */
public enum PropertyEditorKind {
    /** Not edited in a cell: contained objects are children in the tree (New Child, Delete). */
    NONE,
    /** Free text. */
    TEXT,
    /** A number, checked as it is typed. */
    NUMBER,
    /** A date, typed as {@code 2027-03-01} or picked from a calendar. */
    DATE,
    /** A read-only combo: enum literals, true/false, or a single reference with few candidates. */
    CHOICE,
    /** A single reference with many candidates, chosen in a dialog with a filter. */
    REFERENCE_CHOOSER,
    /** A list (several roles, several permissions), edited in a dialog: add, remove, order. */
    LIST,
    /** A reference to a secret ({@code env:}, {@code file:} ...); a literal secret is refused. */
    SECRET_REFERENCE;

    /**
     * A combo reads at a glance up to about this many entries; a reference with more candidates (the
     * instruments of a plant, hundreds in a real one) is chosen in the filtering chooser instead.
     */
    public static final int COMBO_LIMIT = 7;

    /** The attributes that hold references to secrets, never secrets (docs/metamodel.md, "Secret references"). */
    public static final Set<EAttribute> SECRET_REFERENCES = Set.of(PlantPackage.Literals.USERNAME_IDENTITY__SECRET_REF,
            PlantPackage.Literals.X509_IDENTITY__CERTIFICATE_REF, PlantPackage.Literals.X509_IDENTITY__PRIVATE_KEY_REF);

    /**
     * @param object     the model object
     * @param descriptor the item provider's descriptor of one of its properties
     * @return the editor kind of that property of that object
     */
    public static PropertyEditorKind of(Object object, IItemPropertyDescriptor descriptor) {
        if (!descriptor.canSetProperty(object)
                || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return NONE;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                return NONE;
            }
            if (reference.isMany()) {
                return LIST;
            }
            Collection<?> candidates = descriptor.getChoiceOfValues(object);
            return candidates != null && candidates.stream().filter(c -> c != null).count() > COMBO_LIMIT
                    ? REFERENCE_CHOOSER
                    : CHOICE;
        }
        return of((EAttribute) feature);
    }

    /**
     * @param attribute an attribute of the plant metamodel
     * @return the editor kind of that attribute
     */
    public static PropertyEditorKind of(EAttribute attribute) {
        if (attribute.isMany()) {
            return LIST;
        }
        if (SECRET_REFERENCES.contains(attribute)) {
            return SECRET_REFERENCE;
        }
        if (attribute.getEAttributeType() instanceof EEnum) {
            return CHOICE;
        }
        Class<?> c = attribute.getEAttributeType().getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            return CHOICE;
        }
        if (c == LocalDate.class) {
            return DATE;
        }
        if (c == String.class) {
            return TEXT;
        }
        return NUMBER;
    }
}
