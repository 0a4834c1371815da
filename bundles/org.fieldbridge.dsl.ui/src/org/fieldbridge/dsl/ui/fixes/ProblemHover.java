/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;

/**
 * The hover over a problem in the {@code .twin} editor: the problem's message and its quick fixes as links
 * (choosing one applies it), as the Eclipse IDE's Java editor shows them. Away from a fixable problem it is
 * the language's hover. The viewer asks for it off the UI thread, so the code actions are requested here
 * and waited for.
 */
public final class ProblemHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

    private final ITextHover language;
    private final Supplier<DocumentSession> sessions;
    /**
     * Whether the last information computed was about problems: the viewer asks for the control creator right
     * after the information, on the same thread; the language's hover keeps the viewer's default control.
     */
    private volatile boolean problemsShown;

    /**
     * What the hover shows over problems.
     *
     * @param problems the messages of the problems under the mouse
     * @param fixes their quick fixes
     * @param document the document the fixes apply to
     */
    public record Info(List<String> problems, List<CodeActionProposal> fixes, IDocument document) {
    }

    /**
     * @param language the hover away from problems
     * @param sessions gives the editor's session with the language server
     */
    public ProblemHover(ITextHover language, Supplier<DocumentSession> sessions) {
        this.language = language;
        this.sessions = sessions;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        List<ProblemDiagnostics.Problem> problems = problems(viewer, offset);
        if (problems.isEmpty()) {
            return language.getHoverRegion(viewer, offset);
        }
        var position = problems.get(0).position();
        return new Region(position.getOffset(), position.getLength());
    }

    @Override
    @SuppressWarnings("deprecation") // the language's hover answers through the original method
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        List<ProblemDiagnostics.Problem> problems = problems(viewer, region.getOffset());
        DocumentSession session = sessions.get();
        problemsShown = !problems.isEmpty() && session != null;
        if (!problemsShown) {
            return language.getHoverInfo(viewer, region);
        }
        IDocument document = viewer.getDocument();
        String text = document.get();
        CodeActions.Fixes fixes = CodeActions.compute(session, sent -> {
            List<Diagnostic> diagnostics = new ArrayList<>();
            if (sent.text().equals(text)) {
                for (ProblemDiagnostics.Problem problem : problems) {
                    diagnostics.add(ProblemDiagnostics.diagnostic(problem.marker(), problem.position().getOffset(),
                            problem.position().getLength(), sent));
                }
            }
            return diagnostics;
        });
        TextSnapshot on = fixes.text();
        List<CodeActionProposal> proposals = on == null ? List.of() : fixes.actions().stream()
                .map(action -> new CodeActionProposal(action, on, session.uri(), null)).toList();
        List<String> messages = problems.stream().map(p -> p.marker().getAttribute(IMarker.MESSAGE, "")).toList();
        return new Info(messages, proposals, document);
    }

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        Object info = getHoverInfo2(viewer, region);
        if (info instanceof Info problems) {
            return String.join("\n", problems.problems());
        }
        return info == null ? null : info.toString();
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return problemsShown ? ProblemInformationControl.creator(false) : null;
    }

    private static List<ProblemDiagnostics.Problem> problems(ITextViewer viewer, int offset) {
        if (!(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
            return List.of();
        }
        return ProblemDiagnostics.containing(source.getAnnotationModel(), offset);
    }

    /**
     * Breaks a text into lines of at most about {@code width} characters at spaces.
     *
     * @param text the text
     * @param width characters per line
     * @return the text with line breaks
     */
    static String wrap(String text, int width) {
        StringBuilder wrapped = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                wrapped.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped.append(' ');
                lineLength++;
            }
            wrapped.append(word);
            lineLength += word.length();
        }
        return wrapped.toString();
    }
}
