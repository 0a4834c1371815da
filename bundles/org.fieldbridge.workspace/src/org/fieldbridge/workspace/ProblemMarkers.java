/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.fieldbridge.dsl.check.Finding;

/**
 * The checker's findings as problem markers of type {@value #TYPE} (a problem marker and a text marker):
 * message (ending in the code in brackets, {@link #message(String, String)}), severity, line, the character
 * range from the finding's column to the end of its line, and the stable {@value #CODE}. A check replaces all
 * of its project's markers at once.
 *
 * <p>This is the one marker type for checker findings in the workbench: the .twin editor writes its
 * as-you-type findings with it too, replacing its file's markers of the type (source
 * {@value #EDITOR_SOURCE}), so that each problem is listed once; the last writer wins, and after a save both
 * describe the same text.</p>
 */
public final class ProblemMarkers {

    /** Marker type, declared in plugin.xml. */
    public static final String TYPE = "org.fieldbridge.workspace.problem";

    /** Marker attribute: the finding's stable code, e.g. {@code twin.calibration.expired}. */
    public static final String CODE = "code";

    /**
     * Marker attribute: the URI fragment of the plant element a finding of a {@code .plant} file is about (its
     * qualified name, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}); the plant editor
     * selects that element when the marker is opened. The name is EMF's {@code EValidator.URI_ATTRIBUTE}.
     */
    public static final String ELEMENT_URI = "uri";

    /** Value of {@link IMarker#SOURCE_ID}. */
    public static final String SOURCE = "Fieldbridge checker";

    /** Value of {@link IMarker#SOURCE_ID} of the markers the .twin editor writes as the user types. */
    public static final String EDITOR_SOURCE = "Fieldbridge .twin editor";

    private ProblemMarkers() {
    }

    /**
     * Removes the checker's markers from a project.
     *
     * @param project the project
     * @throws CoreException when markers cannot be removed
     */
    public static void clear(IProject project) throws CoreException {
        if (project.isAccessible()) {
            project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        }
    }

    /** Replaces the project's markers by those of a check (called inside the build's workspace operation). */
    static void replace(IProject project, ProjectCheck.Result result) throws CoreException {
        clear(project);
        for (Map.Entry<IFile, List<Finding>> entry : result.onFiles().entrySet()) {
            IFile file = entry.getKey();
            String text = text(file);
            for (Finding finding : entry.getValue()) {
                Map<String, Object> attributes = attributes(finding);
                attributes.put(IMarker.MESSAGE, message(finding.message(), finding));
                attributes.put(IMarker.LOCATION, "line " + finding.line());
                range(text, finding, attributes);
                file.createMarker(TYPE, attributes);
            }
        }
        for (Finding finding : result.elsewhere()) {
            // A plant outside the project: the project carries it, naming the file and place.
            Map<String, Object> attributes = attributes(finding);
            String where = finding.file() + ", line " + finding.line();
            attributes.put(IMarker.MESSAGE, message(fileName(finding.file()) + " (line " + finding.line() + "): "
                    + finding.message(), finding));
            attributes.put(IMarker.LOCATION, where);
            project.createMarker(TYPE, attributes);
        }
    }

    private static String message(String text, Finding finding) {
        return message(text, finding.code());
    }

    /**
     * The message of a marker: the finding's text with its stable code at the end in brackets. The Problems
     * view shows no marker attribute but the message, and the code is what people search the docs and the
     * command line's output for.
     *
     * @param text what is wrong and how to fix it
     * @param code the stable code, or null or blank for none
     * @return the text, followed by {@code " [code]"} when there is a code
     */
    public static String message(String text, String code) {
        return code == null || code.isBlank() ? text : text + " [" + code + "]";
    }

    private static Map<String, Object> attributes(Finding finding) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
            case "error" -> IMarker.SEVERITY_ERROR;
            case "warning" -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        });
        attributes.put(CODE, finding.code());
        if (finding.element() != null) {
            attributes.put(ELEMENT_URI, finding.element());
        }
        attributes.put(IMarker.SOURCE_ID, SOURCE);
        return attributes;
    }

    /** From the finding's column to the end of its line, so that an editor underlines the statement. */
    private static void range(String text, Finding finding, Map<String, Object> attributes) {
        attributes.put(IMarker.LINE_NUMBER, finding.line());
        if (text == null) {
            return;
        }
        int lineStart = 0;
        for (int line = 1; line < finding.line(); line++) {
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                return; // the file changed since it was checked; the line number is all we have
            }
            lineStart = newline + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        while (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) {
            lineEnd--;
        }
        int start = Math.min(lineStart + finding.column() - 1, lineEnd);
        if (start < lineEnd) {
            attributes.put(IMarker.CHAR_START, start);
            attributes.put(IMarker.CHAR_END, lineEnd);
        }
    }

    private static String text(IFile file) {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
        } catch (CoreException | IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
