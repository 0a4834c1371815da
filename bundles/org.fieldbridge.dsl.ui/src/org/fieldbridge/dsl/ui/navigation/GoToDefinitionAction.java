/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.fieldbridge.dsl.ui.editor.TwinEditor;

/** Go to Definition (F3, Navigate menu, editor context menu) of what is at the caret. */
public final class GoToDefinitionAction extends Action {

    /** The command's id (plugin.xml), bound to F3 in the .twin editor. */
    public static final String COMMAND = "org.fieldbridge.dsl.ui.goToDefinition";

    private final TwinEditor editor;

    public GoToDefinitionAction(TwinEditor editor) {
        super("Go to &Definition");
        this.editor = editor;
        setActionDefinitionId(COMMAND);
    }

    @Override
    public void run() {
        int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        editor.navigation().definitions().goTo(caret);
    }
}
