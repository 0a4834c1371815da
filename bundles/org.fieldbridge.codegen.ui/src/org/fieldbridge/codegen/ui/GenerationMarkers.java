/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.ProblemMarkers;

/**
 * The problems a generation found, as problem markers of type {@value #TYPE} on the .twin and .plant files
 * they concern, so that they show in the Problems view with their line and stable code (at the end of the
 * message in brackets, as the builder writes it). In a project with the Fieldbridge nature only the
 * generator's own findings are marked ({@link #toMark(List)}): the builder marks the rest.
 *
 * <p>Each marker remembers the .twin file whose generation reported it ({@value #TWIN}); the next generation
 * of that file replaces exactly those markers, wherever they are, and leaves other generations' markers
 * alone. A finding about a file outside the workspace is put on the .twin file, naming the file and line
 * in its message, rather than lost.</p>
 */
public final class GenerationMarkers {

    /** Marker type, declared in plugin.xml: a problem marker and a text marker. */
    public static final String TYPE = "org.fieldbridge.codegen.ui.problem";

    /** Marker attribute: the finding's stable code, e.g. {@code twin.calibration.expired}. */
    public static final String CODE = "code";

    /** Marker attribute: workspace path of the .twin file whose generation reported the problem. */
    public static final String TWIN = "twin";

    /** Value of {@link IMarker#SOURCE_ID}. */
    public static final String SOURCE = "Fieldbridge runtime generator";

    /** Prefix of the codes of the generator's own findings, which no checker reports. */
    public static final String GENERATOR_CODES = "codegen.";

    private final IFile twin;

    /** @param twin the .twin file being generated from */
    public GenerationMarkers(IFile twin) {
        this.twin = twin;
    }

    /**
     * Replaces the markers of the previous generation of the .twin file by markers for the given findings,
     * in one workspace operation (the Problems view updates once).
     *
     * @param findings what the generation found
     * @param monitor progress
     * @throws CoreException when markers cannot be written
     */
    public void replace(List<Finding> findings, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = twin.getWorkspace();
        IWorkspaceRunnable update = m -> {
            for (IMarker marker : existing()) {
                marker.delete();
            }
            for (Finding finding : findings) {
                Placement place = place(finding);
                place.file().createMarker(TYPE, attributes(finding, place));
            }
        };
        // Marker changes need no scheduling rule; this runs inside the generation job's project rule.
        workspace.run(update, null, IWorkspace.AVOID_UPDATE, monitor);
    }

    /**
     * The findings a generation marks: in a project with the Fieldbridge nature the builder already marks
     * every checker finding (type {@link ProblemMarkers#TYPE}), so only the generator's own findings (codes
     * {@value #GENERATOR_CODES}...) are left, and each problem is listed once in the Problems view. A project
     * without the nature has no builder: there every finding is marked.
     *
     * @param findings what the generation found
     * @return the findings to mark
     * @throws CoreException when the project's natures cannot be read
     */
    public List<Finding> toMark(List<Finding> findings) throws CoreException {
        IProject project = twin.getProject();
        if (!project.isOpen() || !project.hasNature(FieldbridgeNature.ID)) {
            return findings;
        }
        return findings.stream().filter(f -> f.code() != null && f.code().startsWith(GENERATOR_CODES)).toList();
    }

    /** @return the markers the last generation of the .twin file left, anywhere in the workspace */
    public List<IMarker> existing() throws CoreException {
        String key = twin.getFullPath().toString();
        IMarker[] all = twin.getWorkspace().getRoot().findMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        return Arrays.stream(all).filter(m -> key.equals(m.getAttribute(TWIN, ""))).toList();
    }

    /** Where a finding's marker goes: the file it concerns, or the .twin file with the place in the message. */
    private record Placement(IFile file, boolean exact) {
    }

    private Placement place(Finding finding) {
        return fileOf(finding.file()).map(f -> new Placement(f, true)).orElse(new Placement(twin, false));
    }

    private Map<String, Object> attributes(Finding finding, Placement place) {
        Map<String, Object> attributes = new HashMap<>();
        String where = "line " + finding.line() + ", column " + finding.column();
        if (place.exact()) {
            attributes.put(IMarker.MESSAGE, ProblemMarkers.message(finding.message(), finding.code()));
            attributes.put(IMarker.LINE_NUMBER, finding.line());
            attributes.put(IMarker.LOCATION, where);
        } else {
            String name = fileName(finding.file());
            attributes.put(IMarker.MESSAGE, ProblemMarkers.message(name + " (" + where + "): " + finding.message(),
                    finding.code()));
            attributes.put(IMarker.LOCATION, name + ", " + where);
        }
        attributes.put(IMarker.SEVERITY, severity(finding.severity()));
        attributes.put(CODE, finding.code());
        attributes.put(TWIN, twin.getFullPath().toString());
        attributes.put(IMarker.SOURCE_ID, SOURCE);
        return attributes;
    }

    static int severity(String severity) {
        return switch (severity) {
            case "error" -> IMarker.SEVERITY_ERROR;
            case "warning" -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    /**
     * The workspace file a finding names. Findings name files as the generator was given or found them:
     * absolute paths (the workbench passes absolute ones), paths relative to the .twin file's folder, or
     * file URIs. A file reachable twice (a linked folder and its project) prefers the .twin file's project.
     */
    Optional<IFile> fileOf(String name) {
        IPath twinLocation = twin.getLocation();
        Path path = path(name, twinLocation == null ? null : twinLocation.toPath().getParent());
        if (path == null) {
            return Optional.empty();
        }
        Optional<IFile> file = workspaceFile(path);
        if (file.isEmpty()) {
            // the workspace may know the file through a path with symbolic links resolved (linked folders are)
            try {
                file = workspaceFile(path.toRealPath());
            } catch (IOException e) {
                // gone since: nothing to find
            }
        }
        return file;
    }

    private Optional<IFile> workspaceFile(Path path) {
        IFile[] files = twin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
        return Arrays.stream(files)
                .filter(IFile::isAccessible)
                .min(Comparator.comparing((IFile f) -> !f.getProject().equals(twin.getProject()))
                        .thenComparing(f -> f.getFullPath().segmentCount()));
    }

    private static Path path(String name, Path base) {
        try {
            Path path = name.startsWith("file:") ? Path.of(URI.create(name)) : Path.of(name);
            if (!path.isAbsolute()) {
                if (base == null) {
                    return null;
                }
                path = base.resolve(path);
            }
            return path.normalize();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return null;
        }
    }

    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
