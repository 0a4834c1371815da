/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.server.TextSnapshot;

/**
 * One quick fix in the Problems view's Quick Fix dialog: opens the file in the {@code .twin} editor and
 * applies the code action there, as one undoable change the user saves (or undoes) as any other edit.
 */
final class CodeActionResolution implements IMarkerResolution2 {

    private final CodeAction action;
    private final TextSnapshot computedOn;
    private final IFile file;

    CodeActionResolution(CodeAction action, TextSnapshot computedOn, IFile file) {
        this.action = action;
        this.computedOn = computedOn;
        this.file = file;
    }

    @Override
    public String getLabel() {
        return action.getTitle();
    }

    @Override
    public String getDescription() {
        return action.getTitle() + " in " + file.getName() + " (opens the file in the .twin editor; save it to keep"
                + " the change)";
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        try {
            IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                    file, TwinEditor.ID);
            if (!(part instanceof TwinEditor editor) || editor.session() == null || !DocumentEdits.apply(
                    editor.viewer().getDocument(), computedOn, editor.session().uri(), action.getEdit())) {
                status(part, "Quick fix not applied: " + file.getName()
                        + " changed meanwhile. Press Ctrl+1 on the problem in the editor.");
            }
        } catch (PartInitException | BadLocationException e) {
            ILog.of(getClass()).warn("Quick fix '" + action.getTitle() + "' not applied", e);
        }
    }

    private static void status(IEditorPart part, String message) {
        if (part != null) {
            part.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
        ILog.of(CodeActionResolution.class).info(message);
    }
}
