/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.fieldbridge.dsl.ide.quickfix.TwinQuickfixProvider;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;
import org.fieldbridge.dsl.ui.server.TextSnapshot;

/**
 * The problems of a {@code .twin} file as the language server's diagnostics again, to ask it for their code
 * actions: the editor shows problems as markers (the builder's and its own, one type), so a quick fix starts
 * from a marker, at the position its annotation has in the text now.
 */
public final class ProblemDiagnostics {

    private ProblemDiagnostics() {
    }

    /** A problem of the editor's text: its marker and where its annotation is now. */
    public record Problem(IMarker marker, Position position) {
    }

    /**
     * Tells whether a marker is a Fieldbridge finding of a code the language offers fixes for.
     *
     * @param marker any marker
     * @return whether to offer (and look for) quick fixes
     */
    public static boolean fixable(IMarker marker) {
        try {
            return marker.exists() && marker.isSubtypeOf(ProblemMarkers.TYPE)
                    && TwinQuickfixProvider.FIXED_CODES.contains(marker.getAttribute(ProblemMarkers.CODE, ""));
        } catch (CoreException e) {
            return false;
        }
    }

    /**
     * The fixable problems at an offset: those whose annotation contains it (its end included, where the caret
     * stands after typing the word); if there is none, those on the offset's line, as the Eclipse IDE does.
     *
     * @param model the editor's annotation model
     * @param document the editor's document
     * @param offset the caret
     * @return the problems, in the order of the model
     */
    public static List<Problem> at(IAnnotationModel model, IDocument document, int offset) {
        List<Problem> all = all(model);
        List<Problem> here = containing(all, offset);
        if (!here.isEmpty()) {
            return here;
        }
        int line = lineOf(document, offset);
        return all.stream().filter(p -> lineOf(document, p.position().getOffset()) == line).toList();
    }

    /**
     * The fixable problems whose annotation contains an offset (end included).
     *
     * @param model the editor's annotation model
     * @param offset e.g. where the mouse is
     * @return the problems, in the order of the model
     */
    public static List<Problem> containing(IAnnotationModel model, int offset) {
        return containing(all(model), offset);
    }

    private static List<Problem> containing(List<Problem> all, int offset) {
        return all.stream().filter(p -> p.position().getOffset() <= offset
                && offset <= p.position().getOffset() + p.position().getLength()).toList();
    }

    private static List<Problem> all(IAnnotationModel model) {
        List<Problem> all = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (annotation instanceof MarkerAnnotation marked && !annotation.isMarkedDeleted() && position != null
                    && !position.isDeleted() && fixable(marked.getMarker())) {
                all.add(new Problem(marked.getMarker(), position));
            }
        }
        return all;
    }

    private static int lineOf(IDocument document, int offset) {
        try {
            return document.getLineOfOffset(offset);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return -1;
        }
    }

    /**
     * A problem as a diagnostic of a text.
     *
     * @param marker the problem's marker (message, severity, code)
     * @param offset where the problem starts in the text
     * @param length how long it is
     * @param text the text the server has
     * @return the diagnostic
     */
    public static Diagnostic diagnostic(IMarker marker, int offset, int length, TextSnapshot text) {
        Diagnostic diagnostic = new Diagnostic();
        diagnostic.setRange(new Range(text.position(offset), text.position(offset + Math.max(0, length))));
        diagnostic.setCode(marker.getAttribute(ProblemMarkers.CODE, ""));
        diagnostic.setMessage(marker.getAttribute(IMarker.MESSAGE, ""));
        diagnostic.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR)) {
            case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
            case IMarker.SEVERITY_INFO -> DiagnosticSeverity.Information;
            default -> DiagnosticSeverity.Error;
        });
        return diagnostic;
    }
}
