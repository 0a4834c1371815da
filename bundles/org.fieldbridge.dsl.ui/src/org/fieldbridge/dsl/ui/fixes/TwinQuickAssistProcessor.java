/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;

/**
 * Quick Fix (Ctrl+1, the light bulb on a problem, the ruler's Quick Fix) in the {@code .twin} editor: the
 * language server's code actions for the problems at the caret.
 *
 * <p>The platform asks a quick assist processor on the UI thread and wants the answer at once, but the
 * answer is the server's. So the first request starts {@link CodeActions#request} in the background and
 * answers nothing; when the fixes arrive, and the caret and text are still the same, the pop-up is opened
 * again and this time answered with them. A problem with a fixable code gets the light bulb at once
 * ({@link #canFix}, from the codes alone).</p>
 */
public final class TwinQuickAssistProcessor implements IQuickAssistProcessor {

    private final Supplier<DocumentSession> sessions;
    private IQuickAssistAssistant assistant;
    /** The fixes computed for a caret and text, waiting to be shown; only touched on the UI thread. */
    private Ready ready;
    private CompletableFuture<?> running;
    private String error;

    private record Ready(int offset, String text, List<ICompletionProposal> proposals) {
    }

    /** @param sessions gives the editor's session with the language server (null for a file outside one) */
    public TwinQuickAssistProcessor(Supplier<DocumentSession> sessions) {
        this.sessions = sessions;
    }

    /** @param assistant the assistant whose pop-up is reopened once the fixes have arrived */
    public void setAssistant(IQuickAssistAssistant assistant) {
        this.assistant = assistant;
    }

    @Override
    public String getErrorMessage() {
        return error;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation marked && !annotation.isMarkedDeleted()
                && ProblemDiagnostics.fixable(marked.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        error = null;
        ISourceViewer viewer = context.getSourceViewer();
        IDocument document = viewer.getDocument();
        int offset = context.getOffset();
        String text = document.get();
        Ready answer = ready;
        ready = null;
        if (answer != null && answer.offset() == offset && answer.text().equals(text)) {
            if (answer.proposals().isEmpty()) {
                error = "No quick fixes for the problems here";
            }
            return answer.proposals().toArray(ICompletionProposal[]::new);
        }
        DocumentSession session = sessions.get();
        IAnnotationModel model = viewer.getAnnotationModel();
        List<ProblemDiagnostics.Problem> problems = model == null ? List.of()
                : ProblemDiagnostics.at(model, document, offset);
        if (session == null || problems.isEmpty()) {
            error = "No problem with a quick fix here";
            return new ICompletionProposal[0];
        }
        if (running != null && !running.isDone()) {
            running.cancel(false);
        }
        StyledText widget = viewer.getTextWidget();
        running = CodeActions.request(session, sent -> sent.text().equals(text) ? diagnostics(problems, sent) : List.of())
                .thenAccept(fixes -> widget.getDisplay().asyncExec(() -> show(widget, viewer, offset, text, fixes,
                        session.uri())));
        error = "Looking for quick fixes...";
        return new ICompletionProposal[0];
    }

    private static List<Diagnostic> diagnostics(List<ProblemDiagnostics.Problem> problems, TextSnapshot text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ProblemDiagnostics.Problem problem : problems) {
            diagnostics.add(ProblemDiagnostics.diagnostic(problem.marker(), problem.position().getOffset(),
                    problem.position().getLength(), text));
        }
        return diagnostics;
    }

    /** On the UI thread: reopens the pop-up with the fixes if the user is still where they asked. */
    private void show(StyledText widget, ISourceViewer viewer, int offset, String text, CodeActions.Fixes fixes,
            String uri) {
        if (widget.isDisposed() || fixes.text() == null || !fixes.text().text().equals(text)
                || !viewer.getDocument().get().equals(text) || viewer.getSelectedRange().x != offset) {
            return;
        }
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (CodeAction action : fixes.actions()) {
            String problem = action.getDiagnostics() == null || action.getDiagnostics().isEmpty() ? null
                    : action.getDiagnostics().get(0).getMessage().getLeft();
            proposals.add(new CodeActionProposal(action, fixes.text(), uri, problem));
        }
        ready = new Ready(offset, text, proposals);
        if (assistant != null) {
            assistant.showPossibleQuickAssists();
        }
    }
}
