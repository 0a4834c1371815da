/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A click on a problem's light bulb in the editor's left ruler: the caret goes to the problem and Quick Fix
 * opens; a click on a line without a fixable problem does what the ruler did before.
 */
public final class QuickFixRulerAction extends Action {

    private final ITextEditor editor;
    private final ISourceViewer viewer;
    private final IVerticalRulerInfo ruler;
    private final IAction before;

    /**
     * @param editor the editor
     * @param viewer its viewer
     * @param ruler its vertical ruler
     * @param before the ruler's click action until now (may be null)
     */
    public QuickFixRulerAction(ITextEditor editor, ISourceViewer viewer, IVerticalRulerInfo ruler, IAction before) {
        this.editor = editor;
        this.viewer = viewer;
        this.ruler = ruler;
        this.before = before;
    }

    @Override
    public void run() {
        IDocument document = viewer.getDocument();
        IAnnotationModel model = viewer.getAnnotationModel();
        int line = ruler.getLineOfLastMouseButtonActivity();
        if (document != null && model != null && line >= 0 && line < document.getNumberOfLines()) {
            try {
                List<ProblemDiagnostics.Problem> problems = ProblemDiagnostics.at(model, document,
                        document.getLineOffset(line));
                if (!problems.isEmpty() && document.getLineOfOffset(problems.get(0).position().getOffset()) == line) {
                    editor.selectAndReveal(problems.get(0).position().getOffset(), 0);
                    viewer.getTextOperationTarget().doOperation(ISourceViewer.QUICK_ASSIST);
                    return;
                }
            } catch (BadLocationException e) {
                // a line that went away meanwhile: as before
            }
        }
        if (before != null) {
            before.run();
        }
    }
}
