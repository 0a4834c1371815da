/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Signal;

/**
 * One column of the signal table: a property of the signal, edited with the same cell editor and the same
 * one-command change as in the Properties view ({@link PlantPropertySource}), so both always agree.
 */
class SignalColumn {

    /** @return the columns of the table, left to right; the range bounds' commands go to {@code domain} */
    static SignalColumn[] all(org.eclipse.emf.edit.domain.EditingDomain domain) {
        return new SignalColumn[] { new EquipmentColumn(), //
            new SignalColumn("Signal", 140, PlantPackage.Literals.NAMED_ELEMENT__NAME), //
            new SignalColumn("Display name", 140, PlantPackage.Literals.NAMED_ELEMENT__DISPLAY_NAME),
            new SignalColumn("Kind", 95, PlantPackage.Literals.SIGNAL__KIND), //
            new SignalColumn("Quantity", 100, PlantPackage.Literals.SIGNAL__QUANTITY), //
            new SignalColumn("Unit", 75, PlantPackage.Literals.SIGNAL__UNIT), //
            new SignalColumn("Data type", 80, PlantPackage.Literals.SIGNAL__DATA_TYPE), //
            new RangeBoundColumn("Min", PlantPackage.Literals.VALUE_RANGE__MINIMUM, domain), //
            new RangeBoundColumn("Max", PlantPackage.Literals.VALUE_RANGE__MAXIMUM, domain), //
            new SignalColumn("Sample ms", 85, PlantPackage.Literals.SIGNAL__SAMPLE_PERIOD_MS), //
            new SignalColumn("Instrument", 100, PlantPackage.Literals.SIGNAL__INSTRUMENT) };
    }

    private final String header;
    private final int width;
    final EStructuralFeature feature;

    SignalColumn(String header, int width, EStructuralFeature feature) {
        this.header = header;
        this.width = width;
        this.feature = feature;
    }

    String header() {
        return header;
    }

    int width() {
        return width;
    }

    /** @return what the cell of {@code signal} shows */
    String text(Signal signal, IPropertySourceProvider sources) {
        PlantPropertyDescriptor descriptor = descriptor(signal, sources);
        if (descriptor == null) {
            return "";
        }
        Object value = sources.getPropertySource(signal).getPropertyValue(descriptor.getId());
        Object shown = value instanceof IPropertySource wrapper ? wrapper.getEditableValue() : value;
        if (shown instanceof EngineeringUnit unit) { // short in a table: the symbol and the code
            return (unit.getDisplayName() == null ? "" : unit.getDisplayName() + " ") + "(" + unit.getCommonCode() + ")";
        }
        if (shown instanceof NamedElement named && feature instanceof org.eclipse.emf.ecore.EReference) {
            return named.getName() == null ? "" : named.getName();
        }
        return descriptor.text(value);
    }

    /** @return the order of two signals by this column (text order, numbers by value) */
    Comparator<Signal> order(IPropertySourceProvider sources) {
        return Comparator.comparing((Signal s) -> sortKey(s, sources), SignalColumn::compareKeys);
    }

    Object sortKey(Signal signal, IPropertySourceProvider sources) {
        Object value = signal.eClass().getEAllStructuralFeatures().contains(feature) ? signal.eGet(feature) : null;
        return value instanceof Number number ? number : text(signal, sources).toLowerCase(Locale.ROOT);
    }

    private static int compareKeys(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Number) {
            return -1;
        }
        return b instanceof Number ? 1 : String.valueOf(a).compareTo(String.valueOf(b));
    }

    /**
     * @param viewer   the table
     * @param sources  property sources of the editor
     * @param feedback receives the cell editor's refusal as it is typed (null: fine)
     * @return how this column's cells are edited; null if they are not
     */
    EditingSupport editing(ColumnViewer viewer, IPropertySourceProvider sources, Consumer<String> feedback) {
        return new PropertyEditing(viewer, sources, feedback);
    }

    PlantPropertyDescriptor descriptor(EObject object, IPropertySourceProvider sources) {
        IPropertySource source = sources.getPropertySource(object);
        if (source == null) {
            return null;
        }
        return Arrays.stream(source.getPropertyDescriptors()).filter(PlantPropertyDescriptor.class::isInstance)
                .map(PlantPropertyDescriptor.class::cast)
                .filter(d -> d.feature() == feature).findFirst().orElse(null);
    }

    /** Edits a cell through the signal's property source: the Properties view's editor and command. */
    private class PropertyEditing extends EditingSupport {

        private final IPropertySourceProvider sources;
        private final Consumer<String> feedback;
        private CellEditor editor;

        PropertyEditing(ColumnViewer viewer, IPropertySourceProvider sources, Consumer<String> feedback) {
            super(viewer);
            this.sources = sources;
            this.feedback = feedback;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (editor != null) {
                editor.dispose();
            }
            PlantPropertyDescriptor descriptor = descriptor((EObject) element, sources);
            editor = descriptor == null ? null
                    : descriptor.createPropertyEditor((Composite) getViewer().getControl());
            if (editor != null) {
                reportRefusals(editor, feedback);
            }
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            PlantPropertyDescriptor descriptor = descriptor((EObject) element, sources);
            return descriptor != null && descriptor.kind() != PropertyEditorKind.NONE;
        }

        @Override
        protected Object getValue(Object element) {
            PlantPropertyDescriptor descriptor = descriptor((EObject) element, sources);
            Object value = sources.getPropertySource(element).getPropertyValue(descriptor.getId());
            return value instanceof IPropertySource wrapper ? wrapper.getEditableValue() : value;
        }

        @Override
        protected void setValue(Object element, Object value) {
            PlantPropertyDescriptor descriptor = descriptor((EObject) element, sources);
            sources.getPropertySource(element).setPropertyValue(descriptor.getId(), value);
        }

        @Override
        protected void saveCellEditorValue(CellEditor cellEditor, org.eclipse.jface.viewers.ViewerCell cell) {
            if (cellEditor.isValueValid()) { // a refused value is never set (the refusal stays on show)
                super.saveCellEditorValue(cellEditor, cell);
            }
        }
    }

    /** Shows the cell editor's refusal while typing, and clears it when the editor closes. */
    static void reportRefusals(CellEditor editor, Consumer<String> feedback) {
        editor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                feedback.accept(newValidState ? null : editor.getErrorMessage());
            }

            @Override
            public void cancelEditor() {
                feedback.accept(null);
            }

            @Override
            public void applyEditorValue() {
                if (editor.isValueValid()) {
                    feedback.accept(null);
                }
            }
        });
    }

    /** The equipment a signal belongs to, as a path below the line: read-only, for orientation and sorting. */
    private static final class EquipmentColumn extends SignalColumn {

        EquipmentColumn() {
            super("Equipment", 92, null);
        }

        @Override
        String text(Signal signal, IPropertySourceProvider sources) {
            StringBuilder path = new StringBuilder();
            EObject owner = signal.eContainer();
            while (owner instanceof org.fieldbridge.model.plant.Equipment equipment) {
                path.insert(0, path.isEmpty() ? equipment.getName() : equipment.getName() + ".");
                owner = owner.eContainer();
            }
            return path.toString();
        }

        @Override
        Object sortKey(Signal signal, IPropertySourceProvider sources) {
            return text(signal, sources).toLowerCase(Locale.ROOT);
        }

        @Override
        EditingSupport editing(ColumnViewer viewer, IPropertySourceProvider sources, Consumer<String> feedback) {
            return null;
        }
    }
}
