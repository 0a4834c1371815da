/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.dsl.ui.server.TextSnapshot;

/**
 * One quick fix in the editor's Quick Fix pop-up (Ctrl+1): the code action's title; choosing it applies the
 * code action's edit as one undoable change.
 */
public final class CodeActionProposal implements ICompletionProposal {

    /** Characters per line of the problem's message beside the list. */
    private static final int INFO_WIDTH = 60;

    private final CodeAction action;
    private final TextSnapshot computedOn;
    private final String uri;
    private final String problem;

    /**
     * @param action the server's code action
     * @param computedOn the text it was computed on
     * @param uri the document's URI at the server
     * @param problem the message of the problem it fixes, shown beside the list
     */
    public CodeActionProposal(CodeAction action, TextSnapshot computedOn, String uri, String problem) {
        this.action = action;
        this.computedOn = computedOn;
        this.uri = uri;
        this.problem = problem;
    }

    @Override
    public void apply(IDocument document) {
        try {
            if (!DocumentEdits.apply(document, computedOn, uri, action.getEdit())) {
                ILog.of(getClass()).info("Quick fix '" + action.getTitle() + "' not applied: the text changed"
                        + " meanwhile; press Ctrl+1 again");
            }
        } catch (BadLocationException e) {
            ILog.of(getClass()).warn("Quick fix '" + action.getTitle() + "' not applied", e);
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return null; // the caret stays where it is
    }

    /** The problem's message beside the list, broken into lines: the pop-up's info area does not wrap. */
    @Override
    public String getAdditionalProposalInfo() {
        return problem == null ? null : ProblemHover.wrap(problem, INFO_WIDTH);
    }

    @Override
    public String getDisplayString() {
        return action.getTitle();
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    /** @return the code action */
    public CodeAction action() {
        return action;
    }
}
