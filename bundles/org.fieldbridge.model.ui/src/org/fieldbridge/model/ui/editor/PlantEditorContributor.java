/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Plant editors share one set of action bars; this points the global Undo, Redo and Delete at the
 * command stack of whichever plant editor is active.
 */
public class PlantEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof PlantEditor editor) {
            editor.actions().contributeTo(getActionBars(), true);
        }
    }
}
