/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.math.BigDecimal;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;

/**
 * The minimum or maximum of a signal's valid range, which lives in the signal's contained
 * {@link ValueRange}. An empty cell is an open bound. Typing a bound for a signal without a range creates
 * the range with that bound: one command, as is clearing a bound (unset) or changing it.
 */
final class RangeBoundColumn extends SignalColumn {

    private final EditingDomain domain;

    RangeBoundColumn(String header, EAttribute bound, EditingDomain domain) {
        super(header, 50, bound);
        this.domain = domain;
    }

    @Override
    String text(Signal signal, IPropertySourceProvider sources) {
        Double value = bound(signal);
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    Object sortKey(Signal signal, IPropertySourceProvider sources) {
        Double value = bound(signal);
        return value == null ? "" : value;
    }

    private Double bound(Signal signal) {
        ValueRange range = signal.getValidRange();
        return range == null || !range.eIsSet(feature) ? null : (Double) range.eGet(feature);
    }

    @Override
    EditingSupport editing(ColumnViewer viewer, IPropertySourceProvider sources, Consumer<String> feedback) {
        return new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                TextCellEditor editor = new TextCellEditor((Composite) viewer.getControl()) {
                    @Override
                    protected void editOccured(org.eclipse.swt.events.ModifyEvent e) {
                        boolean wasValid = isValueValid();
                        valueChanged(wasValid, isCorrect(text.getText())); // no MessageFormat of the refusal
                    }
                };
                editor.setValidator(value -> refusal((String) value));
                reportRefusals(editor, feedback);
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return text((Signal) element, sources);
            }

            @Override
            protected void setValue(Object element, Object value) {
                Command command = command((Signal) element, ((String) value).strip());
                if (command != null && command.canExecute()) {
                    domain.getCommandStack().execute(command);
                }
            }

            @Override
            protected void saveCellEditorValue(CellEditor cellEditor, ViewerCell cell) {
                if (cellEditor.isValueValid()) {
                    super.saveCellEditorValue(cellEditor, cell);
                }
            }
        };
    }

    private String refusal(String typed) {
        String name = feature == PlantPackage.Literals.VALUE_RANGE__MINIMUM ? "Minimum" : "Maximum";
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null; // an open bound
        }
        try {
            Double.parseDouble(text);
            return null;
        } catch (NumberFormatException e) {
            return name + ": \u201c" + typed + "\u201d is not a number; type a number such as 40 or -2.5, or"
                    + " nothing for an open bound [" + DataTypeCellEditor.CODE + "]";
        }
    }

    /** @return the one command that gives the signal this bound; null when nothing changes */
    Command command(Signal signal, String typed) {
        ValueRange range = signal.getValidRange();
        Double current = bound(signal);
        if (typed.isEmpty()) {
            return current == null ? null : SetCommand.create(domain, range, feature, SetCommand.UNSET_VALUE);
        }
        double value = Double.parseDouble(typed);
        if (current != null && current == value) {
            return null;
        }
        if (range != null) {
            return SetCommand.create(domain, range, feature, value);
        }
        ValueRange created = PlantFactory.eINSTANCE.createValueRange();
        created.eSet(feature, value);
        return SetCommand.create(domain, signal, PlantPackage.Literals.SIGNAL__VALID_RANGE, created);
    }
}
