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
 * A list-valued property (several roles, several permissions): the cell shows the list and a "..."
 * button that opens the {@link ListEditDialog}; its result is set as a whole, one command.
 */
final class ListCellEditor extends DialogCellEditor {

    private final String title;
    private final List<?> candidates;
    private final ILabelProvider labels;
    private final Function<Object, String> text;
    private final boolean ordered;

    ListCellEditor(Composite parent, String title, List<?> candidates, ILabelProvider labels,
            Function<Object, String> text) {
        this(parent, title, candidates, labels, text, true);
    }

    ListCellEditor(Composite parent, String title, List<?> candidates, ILabelProvider labels,
            Function<Object, String> text, boolean ordered) {
        super(parent);
        this.ordered = ordered;
        this.title = title;
        this.candidates = candidates;
        this.labels = labels;
        this.text = text;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        ListEditDialog dialog = new ListEditDialog(cellEditorWindow.getShell(), title, candidates,
                ListEditDialog.listOf(getValue()), labels);
        if (!ordered) {
            dialog.unordered();
        }
        return dialog.open() == ListEditDialog.OK ? dialog.result() : null;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value == null ? "" : text.apply(value));
        }
    }

    /** @return the values the list may hold */
    List<?> candidates() {
        return candidates;
    }
}
