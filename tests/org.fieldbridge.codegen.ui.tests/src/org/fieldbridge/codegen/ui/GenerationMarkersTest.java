/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.fieldbridge.dsl.check.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Findings become problem markers on the workspace files they name, replacing the previous run's. */
class GenerationMarkersTest {

    @AfterEach
    void deleteProjects() throws CoreException {
        Workbench.deleteProjects();
    }

    @Test
    @DisplayName("a finding becomes a problem marker with its line, severity, message and stable code on the file it names")
    void aFindingBecomesAPositionedProblemMarker() throws Exception {
        IProject project = Workbench.riversideCopy("markers-positioned", twin -> twin);
        IFile twin = project.getFile("riverside.twin");
        IFile plant = project.getFile("riverside.plant");

        new GenerationMarkers(twin).replace(List.of(
                new Finding(path(twin), 27, 5, "warning", "twin.calibration.expired", "TT_Tank2 expired"),
                new Finding(path(plant), 3, 1, "error", "plant.unit.missing", "no unit")), null);

        IMarker[] onTwin = twin.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        assertEquals(1, onTwin.length);
        IMarker warning = onTwin[0];
        assertEquals(GenerationMarkers.TYPE, warning.getType());
        assertEquals(27, warning.getAttribute(IMarker.LINE_NUMBER, 0));
        assertEquals(IMarker.SEVERITY_WARNING, warning.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("TT_Tank2 expired [twin.calibration.expired]", warning.getAttribute(IMarker.MESSAGE, ""));
        assertEquals("twin.calibration.expired", warning.getAttribute(GenerationMarkers.CODE, ""));
        assertEquals("line 27, column 5", warning.getAttribute(IMarker.LOCATION, ""));
        IMarker[] onPlant = plant.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, onPlant.length);
        assertEquals(IMarker.SEVERITY_ERROR, onPlant[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals("/markers-positioned/riverside.twin", onPlant[0].getAttribute(GenerationMarkers.TWIN, ""));
    }

    @Test
    @DisplayName("a finding naming a path relative to the .twin file's folder lands on that file")
    void aRelativePathIsResolvedAgainstTheTwinFolder() throws Exception {
        IProject project = Workbench.riversideCopy("markers-relative", twin -> twin);
        IFile twin = project.getFile("riverside.twin");

        new GenerationMarkers(twin).replace(List.of(new Finding("riverside.plant", 4, 2, "info", "plant.note", "n")),
                null);

        IMarker[] markers = project.getFile("riverside.plant").findMarkers(GenerationMarkers.TYPE, false, 0);
        assertEquals(1, markers.length);
        assertEquals(IMarker.SEVERITY_INFO, markers[0].getAttribute(IMarker.SEVERITY, -1));
    }

    @Test
    @DisplayName("a finding about a file outside the workspace is put on the .twin file, naming the file and place")
    void aFindingOutsideTheWorkspaceLandsOnTheTwinFile() throws Exception {
        IProject project = Workbench.riversideCopy("markers-outside", twin -> twin);
        IFile twin = project.getFile("riverside.twin");

        new GenerationMarkers(twin).replace(List.of(new Finding("/nowhere/else/shared.plant", 12, 3, "error",
                "plant.import", "cannot read")), null);

        IMarker[] markers = twin.findMarkers(GenerationMarkers.TYPE, false, 0);
        assertEquals(1, markers.length);
        assertEquals("shared.plant (line 12, column 3): cannot read [plant.import]", markers[0].getAttribute(IMarker.MESSAGE, ""));
        assertEquals(-1, markers[0].getAttribute(IMarker.LINE_NUMBER, -1), "a line of another file is no line here");
    }

    @Test
    @DisplayName("the next run replaces the markers of the same .twin file and leaves those of another .twin file")
    void theNextRunReplacesOnlyItsOwnMarkers() throws Exception {
        IProject project = Workbench.riversideCopy("markers-replaced", twin -> twin);
        IFile twin = project.getFile("riverside.twin");
        IFile other = project.getFile("other.twin");
        Workbench.write(other, Workbench.riversideTwin());
        IFile plant = project.getFile("riverside.plant");
        new GenerationMarkers(twin).replace(List.of(new Finding(path(plant), 1, 1, "error", "a", "from riverside")), null);
        new GenerationMarkers(other).replace(List.of(new Finding(path(plant), 2, 1, "error", "b", "from other")), null);

        new GenerationMarkers(twin).replace(List.of(new Finding(path(twin), 5, 1, "warning", "c", "again")), null);

        assertEquals(List.of("riverside.plant from other [b]", "riverside.twin again [c]"), messages(project));
        new GenerationMarkers(twin).replace(List.of(), null);
        assertEquals(List.of("riverside.plant from other [b]"), messages(project));
        assertTrue(new GenerationMarkers(twin).existing().isEmpty());
    }

    private static List<String> messages(IProject project) throws CoreException {
        return Arrays.stream(project.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_INFINITE))
                .map(m -> m.getResource().getName() + " " + m.getAttribute(IMarker.MESSAGE, "")).sorted().toList();
    }

    private static String path(IFile file) {
        return Path.of(file.getLocationURI()).toString();
    }
}
