/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Toggle Comment (Ctrl+/): comments the selected lines out with {@code //}, or back in when every one of them
 * is a {@code //} comment already; one undoable change (the viewer's prefix operations).
 */
final class ToggleCommentAction extends Action {

    /** Command of the action (bound to Ctrl+/ in the .twin editor). */
    static final String COMMAND = "org.fieldbridge.dsl.ui.toggleComment";

    private final TwinEditor editor;

    ToggleCommentAction(TwinEditor editor) {
        super("Toggle Comment");
        this.editor = editor;
        setActionDefinitionId(COMMAND);
    }

    @Override
    public void run() {
        ISourceViewer viewer = editor.viewer();
        if (viewer == null) {
            return;
        }
        ITextSelection selection = (ITextSelection) viewer.getSelectionProvider().getSelection();
        int operation = allCommented(viewer.getDocument(), selection) ? ITextOperationTarget.STRIP_PREFIX
                : ITextOperationTarget.PREFIX;
        ITextOperationTarget target = viewer.getTextOperationTarget();
        if (target.canDoOperation(operation)) {
            target.doOperation(operation);
        }
    }

    private static boolean allCommented(IDocument document, ITextSelection selection) {
        try {
            int first = selection.getStartLine();
            int last = Math.max(first, selection.getEndLine());
            for (int line = first; line <= last; line++) {
                String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
                if (!text.isEmpty() && !text.startsWith("//")) {
                    return false;
                }
            }
            return true;
        } catch (BadLocationException e) {
            return false;
        }
    }
}
