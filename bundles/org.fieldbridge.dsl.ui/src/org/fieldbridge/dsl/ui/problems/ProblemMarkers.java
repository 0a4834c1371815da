/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.fieldbridge.dsl.ui.server.TextSnapshot;
import org.fieldbridge.workspace.ProjectChecks;

/**
 * Keeps the problem markers of one {@code .twin} file equal to the latest diagnostics the server published for
 * it: each update replaces all markers of type {@link #TYPE} on the file. The editor shows them as squiggles
 * (its annotation model follows the file's markers), the Problems view lists them.
 *
 * <p>{@link #TYPE} is the project builder's type (the one type for checker findings, see docs/workbench.md,
 * "Problems"): typing replaces the builder's markers of the file, the build after a save replaces the
 * editor's, so each problem is listed once. Messages end in the code in brackets, as the builder's do.</p>
 *
 * <p>Markers are written in a job holding the file's marker rule, never on the server's or the UI thread; when
 * updates come faster than the workspace takes them, only the latest is written.</p>
 */
public final class ProblemMarkers {

    /** Marker type of the editor's problems: the builder's, a problem marker and a text marker. */
    public static final String TYPE = org.fieldbridge.workspace.ProblemMarkers.TYPE;
    /** Marker attribute: the stable Fieldbridge code, e.g. {@code twin.unit.unknown}. */
    public static final String CODE = org.fieldbridge.workspace.ProblemMarkers.CODE;
    /** Job family of the marker updates (tests wait for it). */
    public static final Object FAMILY = ProblemMarkers.class;

    private record Update(List<Diagnostic> diagnostics, TextSnapshot text) {
    }

    private final IFile file;
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private final Job job;
    /** Set once the editor's text was thrown away: no more updates, the workspace checks the file again. */
    private volatile boolean discarded;

    public ProblemMarkers(IFile file) {
        this.file = file;
        job = new Job("Updating problems of " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (discarded) {
                    restoreSaved();
                    return Status.OK_STATUS;
                }
                Update update = pending.getAndSet(null);
                if (update != null) {
                    try {
                        replace(update);
                    } catch (CoreException e) {
                        return e.getStatus();
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
    }

    /** Replaces the file's markers with these diagnostics (computed on that text), soon and in the background. */
    public void update(List<Diagnostic> diagnostics, TextSnapshot text) {
        if (discarded) {
            return;
        }
        pending.set(new Update(List.copyOf(diagnostics), text));
        job.schedule();
    }

    /**
     * The editor's changes were thrown away: its markers describe text that no longer exists. Once any update
     * still under way is written, the project is checked again (the builder's markers of the saved files
     * replace the editor's); in a project without the Fieldbridge nature, which no builder checks, the file's
     * markers are removed. Later updates are ignored.
     */
    public void discard() {
        discarded = true;
        pending.set(null);
        job.schedule(); // after a running update: the same job never runs twice at once
    }

    private void restoreSaved() {
        if (!ProjectChecks.recheck(file.getProject())) {
            try {
                replace(new Update(List.of(), new TextSnapshot("")));
            } catch (CoreException e) {
                // the file or its project went away: no markers to remove
            }
        }
    }

    private void replace(Update update) throws CoreException {
        if (!file.exists()) {
            return;
        }
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Diagnostic diagnostic : update.diagnostics()) {
                file.createMarker(TYPE, attributes(diagnostic, update.text()));
            }
        }, file.getWorkspace().getRuleFactory().markerRule(file), 0, null);
    }

    private static Map<String, Object> attributes(Diagnostic diagnostic, TextSnapshot text) {
        int start = text.offset(diagnostic.getRange().getStart());
        int end = Math.max(text.offset(diagnostic.getRange().getEnd()), start + 1);
        int line = diagnostic.getRange().getStart().getLine() + 1;
        Map<String, Object> attributes = new HashMap<>();
        String code = code(diagnostic);
        attributes.put(IMarker.MESSAGE, org.fieldbridge.workspace.ProblemMarkers.message(message(diagnostic), code));
        attributes.put(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
        attributes.put(IMarker.LINE_NUMBER, line);
        attributes.put(IMarker.CHAR_START, start);
        attributes.put(IMarker.CHAR_END, Math.min(end, Math.max(text.text().length(), start)));
        attributes.put(IMarker.LOCATION,
                "line " + line + ", column " + (diagnostic.getRange().getStart().getCharacter() + 1));
        attributes.put(IMarker.SOURCE_ID, org.fieldbridge.workspace.ProblemMarkers.EDITOR_SOURCE);
        if (code != null) {
            attributes.put(CODE, code);
        }
        return attributes;
    }

    private static String code(Diagnostic diagnostic) {
        if (diagnostic.getCode() == null) {
            return null;
        }
        return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
                : String.valueOf(diagnostic.getCode().getRight());
    }

    /** LSP 3.18 lets a message be Markdown; the Problems view shows plain text. */
    private static String message(Diagnostic diagnostic) {
        if (diagnostic.getMessage() == null) {
            return "";
        }
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
                : diagnostic.getMessage().getRight().getValue();
    }

    private static int severity(DiagnosticSeverity severity) {
        if (severity == null) {
            return IMarker.SEVERITY_ERROR;
        }
        return switch (severity) {
            case Error -> IMarker.SEVERITY_ERROR;
            case Warning -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
