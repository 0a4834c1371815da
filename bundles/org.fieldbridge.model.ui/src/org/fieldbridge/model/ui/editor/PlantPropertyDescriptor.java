/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * One row of the Properties view (and one cell of the signal table) for one attribute or reference of a
 * model object, described by the EMF Edit item property descriptor. The cell editor follows the
 * {@link PropertyEditorKind}: text for strings, numbers checked as typed, dates typed or picked, combos
 * for enums, booleans and references with few candidates, the filtering chooser for references with many,
 * a list dialog for lists, secret references only where a secret is meant. Contained objects have no
 * editor: they are children in the tree.
 */
public class PlantPropertyDescriptor extends PropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemDescriptor;
    private final AdapterFactory adapterFactory;

    /**
     * @param object         the model object the row belongs to
     * @param itemDescriptor the item provider's description of the property
     * @param domain         the editing domain (its adapter factory gives the candidates' icons)
     */
    public PlantPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor, EditingDomain domain) {
        super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
        this.object = object;
        this.itemDescriptor = itemDescriptor;
        this.adapterFactory = domain instanceof AdapterFactoryEditingDomain d ? d.getAdapterFactory() : null;
        setCategory(itemDescriptor.getCategory(object));
        setDescription(itemDescriptor.getDescription(object));
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return text(value);
            }
        });
    }

    /** @return which kind of cell editor this property gets */
    public PropertyEditorKind kind() {
        return PropertyEditorKind.of(object, itemDescriptor);
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        PropertyEditorKind kind = kind();
        String title = getDisplayName() + " of " + ownerName();
        CellEditor editor = switch (kind) {
            case NONE -> null;
            case TEXT -> new DataTypeCellEditor(parent, attributeType(), getDisplayName());
            case NUMBER -> new DataTypeCellEditor(parent, attributeType(), getDisplayName());
            case DATE -> new DateCellEditor(parent, attributeType(), getDisplayName());
            case SECRET_REFERENCE -> new SecretReferenceCellEditor(parent, getDisplayName());
            case CHOICE -> new ChoiceCellEditor(parent, choices(true), this::text);
            case REFERENCE_CHOOSER -> new ReferenceCellEditor(parent, title, choices(false),
                    !feature().isRequired(), candidateLabels(parent), this::text);
            case LIST -> new ListCellEditor(parent, title, choices(false), candidateLabels(parent), this::text);
        };
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

    private EDataType attributeType() {
        return ((EAttribute) feature()).getEAttributeType();
    }

    private String ownerName() {
        return object instanceof NamedElement named && named.getName() != null ? named.getName() : text(object);
    }

    /**
     * The values the item provider offers (booleans: false, true); with {@code withNone}, an optional
     * single reference also offers "none" first.
     */
    private List<Object> choices(boolean withNone) {
        EStructuralFeature feature = feature();
        if (feature instanceof EAttribute attribute && !attribute.isMany()
                && PropertyEditorKind.of(attribute) == PropertyEditorKind.CHOICE
                && !(attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum)) {
            return List.of(Boolean.FALSE, Boolean.TRUE);
        }
        Collection<?> offered = itemDescriptor.getChoiceOfValues(object);
        List<Object> choices = new ArrayList<>();
        if (offered != null) {
            offered.stream().filter(c -> c != null).forEach(choices::add);
        }
        if (withNone && feature instanceof EReference && !feature.isRequired()) {
            choices.add(0, null);
        }
        return choices;
    }

    /** Texts and icons of candidate objects, released with the cell editor's parent. */
    private ILabelProvider candidateLabels(Composite parent) {
        PlantLabelProvider plantLabels = adapterFactory == null ? null : new PlantLabelProvider(adapterFactory);
        if (plantLabels != null) {
            parent.addDisposeListener(e -> plantLabels.dispose());
        }
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                return text(element);
            }

            @Override
            public Image getImage(Object element) {
                return plantLabels == null ? null : plantLabels.getImage(element);
            }
        };
    }

    /** @return how a value of this property reads in the Properties view and the signal table */
    public String text(Object shown) {
        Object value = shown instanceof IPropertySource source ? source.getEditableValue() : shown;
        if (feature() instanceof EAttribute attribute && PropertyEditorKind.SECRET_REFERENCES.contains(attribute)) {
            return SecretReferenceCellEditor.shown(value);
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(this::text).toList());
        }
        if (value instanceof EngineeringUnit unit) {
            return PlantLabelProvider.describe(unit);
        }
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        String text = labels == null ? null : labels.getText(value);
        return text == null ? String.valueOf(value) : text;
    }
}
