/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.NewModelFiles;
import org.fieldbridge.workspace.ProblemMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The files the New wizards write, checked by the project builder. */
class NewModelFilesTest {

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-files-test");
        project.create(null);
        project.open(null);
        FieldbridgeNature.addTo(project, null);
    }

    @AfterEach
    void deleteProject() throws CoreException {
        project.delete(true, true, null);
    }

    @Test
    @DisplayName("a new plant and a new .twin file importing it check without findings")
    void aNewPlantAndTwinFileCheckClean() throws Exception {
        project.getFolder("model").create(true, true, null);
        IFile plant = project.getFile("Line 1.plant");
        NewModelFiles.createPlant(plant, null);
        IFile twin = project.getFolder("model").getFile("line1.twin");
        NewModelFiles.createTwin(twin, plant, null);
        assertTrue(plant.exists() && twin.exists(), "files not known to the workspace");
        String text = Files.readString(twin.getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\npackage line1\nimport \"../Line 1.plant\"\n"), text);
        assertTrue(Files.readString(plant.getLocation().toPath()).contains("name=\"Site\""), "no site in the plant");
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IMarker[] markers = project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        assertEquals(List.of(), Arrays.stream(markers).map(m -> m.getResource().getName() + ": "
                + m.getAttribute(ProblemMarkers.CODE, "") + " " + m.getAttribute(IMarker.MESSAGE, "")).toList());
        try (var list = Files.list(plant.getLocation().toPath().getParent())) {
            assertTrue(list.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    @DisplayName("package names are made of the file name: lower case, no spaces, no leading digit")
    void packageNamesAreMadeOfTheFileName() {
        assertEquals("riverside", NewModelFiles.packageName("Riverside"));
        assertEquals("line_1", NewModelFiles.packageName("Line 1"));
        assertEquals("p2nd_line", NewModelFiles.packageName("2nd-line"));
        assertEquals("plant", NewModelFiles.packageName("---"));
    }

    @Test
    @DisplayName("a copy of the example checks with exactly the expired-calibration warning")
    void aCopyOfTheExampleChecksWithItsWarning() throws CoreException {
        Path example = Path.of(System.getProperty("fieldbridge.example", "../../examples/riverside"));
        List<IFile> copies = NewModelFiles.copyModelFiles(example, project, null);
        assertEquals(List.of("riverside.plant", "riverside.twin"), copies.stream().map(IFile::getName).toList());
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IMarker[] markers = project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        assertEquals(List.of("twin.calibration.expired"),
                Arrays.stream(markers).map(m -> m.getAttribute(ProblemMarkers.CODE, "")).toList());
    }
}
