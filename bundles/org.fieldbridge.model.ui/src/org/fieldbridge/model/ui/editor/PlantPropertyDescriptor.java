/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * One row of the Properties view for one attribute or reference of a model object, described by the
 * EMF Edit item property descriptor: text cell editors for strings and numbers (validated as typed),
 * combos for enums, booleans and single references (the objects the model offers), no editor for
 * contained objects and lists (their rows open below them or stay read-only in this first slice).
 */
public class PlantPropertyDescriptor extends PropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemDescriptor;

    /**
     * @param object         the model object the row belongs to
     * @param itemDescriptor the item provider's description of the property
     */
    public PlantPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
        super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
        this.object = object;
        this.itemDescriptor = itemDescriptor;
        setCategory(itemDescriptor.getCategory(object));
        setDescription(itemDescriptor.getDescription(object));
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return text(value);
            }
        });
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!itemDescriptor.canSetProperty(object)) {
            return null;
        }
        EStructuralFeature feature = feature();
        if (feature == null || feature.isMany()) {
            return null;
        }
        CellEditor editor = null;
        if (feature instanceof EReference reference) {
            editor = reference.isContainment() ? null : new ChoiceCellEditor(parent, choices(), this::text);
        } else if (feature instanceof EAttribute attribute) {
            editor = attributeEditor(parent, attribute.getEAttributeType());
        }
        if (editor != null && getValidator() != null) {
            editor.setValidator(getValidator());
        }
        return editor;
    }

    /** @return the model feature edited by this row, or null if the item provider names none */
    public EStructuralFeature feature() {
        Object feature = itemDescriptor.getFeature(object);
        return feature instanceof EStructuralFeature structural ? structural : null;
    }

    /** @return the item provider's descriptor behind this row */
    public IItemPropertyDescriptor itemDescriptor() {
        return itemDescriptor;
    }

    private CellEditor attributeEditor(Composite parent, EDataType type) {
        if (type instanceof EEnum) {
            return new ChoiceCellEditor(parent, choices(), this::text);
        }
        Class<?> c = type.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), this::text);
        }
        return new DataTypeCellEditor(parent, type, getDisplayName());
    }

    /** The values the item provider offers; an optional reference also offers "none". */
    private List<Object> choices() {
        Collection<?> offered = itemDescriptor.getChoiceOfValues(object);
        List<Object> choices = new ArrayList<>();
        if (offered != null) {
            choices.addAll(offered);
        }
        EStructuralFeature feature = feature();
        if (feature instanceof EReference && !feature.isRequired() && !choices.contains(null)) {
            choices.add(0, null);
        }
        return choices;
    }

    private String text(Object shown) {
        Object value = shown instanceof IPropertySource source ? source.getEditableValue() : shown;
        if (value == null) {
            return "";
        }
        if (value instanceof EngineeringUnit unit) {
            return PlantLabelProvider.describe(unit);
        }
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        String text = labels == null ? null : labels.getText(value);
        return text == null ? String.valueOf(value) : text;
    }
}
