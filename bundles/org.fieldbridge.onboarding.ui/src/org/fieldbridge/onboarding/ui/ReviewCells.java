/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.fieldbridge.core.units.QuantityCatalog;
import org.fieldbridge.core.units.QuantityDefinition;
import org.fieldbridge.core.units.UnitSpellings;

/**
 * The editable cells of the review table: the suggested {@code Equipment.Signal} and the unit as text, the
 * quantity as a combo of the plant model's quantities. A quantity changed to one the unit does not measure takes
 * that quantity's first unit, so that the row stays a valid signal; what is still wrong is shown by the page.
 */
final class ReviewCells {

    private static final List<String> QUANTITIES = QuantityCatalog.standard().all().stream()
            .map(QuantityDefinition::name).toList();

    private ReviewCells() {
    }

    static EditingSupport name(TableViewer viewer, Runnable changed) {
        return text(viewer, ReviewRow::name, ReviewRow::name, changed);
    }

    static EditingSupport unit(TableViewer viewer, Runnable changed) {
        return text(viewer, ReviewRow::unit, ReviewRow::unit, changed);
    }

    static EditingSupport quantity(TableViewer viewer, Runnable changed) {
        ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), QUANTITIES.toArray(String[]::new),
                SWT.READ_ONLY);
        return new RowEditing(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected Object getValue(Object element) {
                return Math.max(0, QUANTITIES.indexOf(((ReviewRow) element).quantity()));
            }

            @Override
            protected void setValue(Object element, Object value) {
                int index = (Integer) value;
                if (index < 0) {
                    return;
                }
                ReviewRow row = (ReviewRow) element;
                String quantity = QUANTITIES.get(index);
                row.quantity(quantity);
                QuantityDefinition definition = QuantityCatalog.standard().byName(quantity).orElseThrow();
                boolean fits = UnitSpellings.standard().resolve(row.unit()).map(u -> definition.fits(u.code()))
                        .orElse(false);
                if (!fits) {
                    row.unit(definition.codes().isEmpty() ? ""
                            : UnitSpellings.standard().preferredSpelling(definition.codes().get(0)));
                }
                done(element, changed);
            }
        };
    }

    private static EditingSupport text(TableViewer viewer, Function<ReviewRow, String> get,
            BiConsumer<ReviewRow, String> set, Runnable changed) {
        TextCellEditor editor = new TextCellEditor(viewer.getTable());
        return new RowEditing(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected Object getValue(Object element) {
                return get.apply((ReviewRow) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                set.accept((ReviewRow) element, String.valueOf(value));
                done(element, changed);
            }
        };
    }

    /** Editing of tags the importer maps; a tag it cannot map has nothing to edit. */
    private abstract static class RowEditing extends EditingSupport {

        RowEditing(ColumnViewer viewer) {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            return ((ReviewRow) element).mappable();
        }

        /** A corrected tag is one the engineer wants: it is accepted. */
        void done(Object element, Runnable changed) {
            ((ReviewRow) element).accept(true);
            getViewer().update(element, null);
            changed.run();
        }
    }
}
