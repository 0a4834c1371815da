/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A single reference with many candidates: the cell shows the object referenced and a "..." button that
 * opens the {@link ReferenceChooserDialog}. Choosing "(none)" clears the reference.
 */
final class ReferenceCellEditor extends DialogCellEditor {

    private final String title;
    private final List<?> candidates;
    private final boolean optional;
    private final ILabelProvider labels;
    private final Function<Object, String> text;

    ReferenceCellEditor(Composite parent, String title, List<?> candidates, boolean optional, ILabelProvider labels,
            Function<Object, String> text) {
        super(parent);
        this.title = title;
        this.candidates = candidates;
        this.optional = optional;
        this.labels = labels;
        this.text = text;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        ReferenceChooserDialog dialog = new ReferenceChooserDialog(cellEditorWindow.getShell(), title, candidates,
                optional, labels, getValue());
        if (dialog.open() != ReferenceChooserDialog.OK) {
            return null;
        }
        // DialogCellEditor takes null for "cancelled": "(none)" travels as a choice of its own.
        return new Chosen(dialog.chosen() == ReferenceChooserDialog.NONE ? null : dialog.chosen());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value instanceof Chosen chosen ? chosen.value() : value);
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value == null ? "" : text.apply(value));
        }
    }

    /** @return the objects that can be chosen (without "none") */
    List<?> candidates() {
        return candidates;
    }

    private record Chosen(Object value) {
    }
}
