/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.PlantProjectBuilder;
import org.fieldbridge.workspace.ProblemMarkers;
import org.fieldbridge.workspace.ProjectChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with the Fieldbridge nature holding a copy of the Riverside example (linked, as the workbench
 * links the example's folder), checked by the builder in a real workspace.
 */
class PlantProjectBuilderTest {

    /** The line of riverside.twin mapping Tank1.RectifierCurrent ({ unit A }). */
    private static final int RECTIFIER_LINE = 25;

    @TempDir
    Path dir;

    private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        Path example = Path.of(System.getProperty("fieldbridge.example", "../../examples/riverside"));
        Path copy = Files.createDirectories(dir.resolve("riverside"));
        for (String name : List.of("riverside.plant", "riverside.twin")) {
            Files.copy(example.resolve(name), copy.resolve(name));
        }
        project = workspace.getRoot().getProject("builder-test");
        project.create(null);
        project.open(null);
        project.getFolder("model").createLink(IPath.fromOSString(copy.toRealPath().toString()), IResource.NONE, null);
        FieldbridgeNature.addTo(project, null);
        settle();
    }

    @AfterEach
    void deleteProject() throws CoreException {
        project.delete(true, true, null);
    }

    @Test
    @DisplayName("the nature puts the builder on the project's build spec once")
    void theNatureAddsTheBuilderOnce() throws CoreException {
        assertFalse(FieldbridgeNature.addTo(project, null), "added a second time");
        ICommand[] spec = project.getDescription().getBuildSpec();
        assertEquals(List.of(PlantProjectBuilder.ID), Arrays.stream(spec).map(ICommand::getBuilderName).toList());
        assertTrue(workspace.getNatureDescriptor(FieldbridgeNature.ID) != null, "nature not declared");
    }

    @Test
    @DisplayName("the example's build gives exactly the expired-calibration warning on line 28 of riverside.twin")
    void theExampleBuildsWithTheCalibrationWarningOnly() throws CoreException {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IMarker[] markers = markers();
        assertEquals(1, markers.length, () -> describe(markers));
        IMarker warning = markers[0];
        assertEquals("riverside.twin", warning.getResource().getName());
        assertEquals(IMarker.SEVERITY_WARNING, warning.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("twin.calibration.expired", warning.getAttribute(ProblemMarkers.CODE, ""));
        assertEquals(28, warning.getAttribute(IMarker.LINE_NUMBER, -1));
        String message = warning.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("TT_Tank2") && message.endsWith(" [twin.calibration.expired]"), message);
        assertTrue(warning.isSubtypeOf(IMarker.PROBLEM) && warning.isSubtypeOf(IMarker.TEXT), "not a problem/text marker");
        int start = warning.getAttribute(IMarker.CHAR_START, -1);
        int end = warning.getAttribute(IMarker.CHAR_END, -1);
        String text = text(warning.getResource());
        assertTrue(start >= 0 && end > start, "no character range");
        // from the finding (the mapped signal) to the end of its line
        assertEquals("Tank2.BathTemp { scale 0.1, unit degC }", text.substring(start, end));
    }

    @Test
    @DisplayName("changing a plant signal's quantity and unit on disk flags the .twin mapping; reverting clears it")
    void aPlantChangeReflagsTheTwinFile() throws Exception {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IFile plant = project.getFolder("model").getFile("riverside.plant");
        String original = text(plant);
        String changed = original.replaceFirst(
                "(name=\"RectifierCurrent\" displayName=\"Rectifier current\") quantity=\"electricCurrent\"\\s+unit=\"AMP\"",
                "$1 quantity=\"temperature\" unit=\"CEL\"");
        assertFalse(changed.equals(original), "the example changed: RectifierCurrent not found");

        write(plant, changed);
        IMarker mismatch = Arrays.stream(markers()).filter(m -> m.getAttribute(ProblemMarkers.CODE, "")
                .equals("twin.unit.mismatch")).findFirst().orElseThrow(() -> new AssertionError(describe(markers())));
        assertEquals("riverside.twin", mismatch.getResource().getName());
        assertEquals(RECTIFIER_LINE, mismatch.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, mismatch.getAttribute(IMarker.SEVERITY, -1));

        write(plant, original);
        IMarker[] after = markers();
        assertEquals(List.of("twin.calibration.expired"),
                Arrays.stream(after).map(m -> m.getAttribute(ProblemMarkers.CODE, "")).toList(), () -> describe(after));
    }

    @Test
    @DisplayName("opening a closed project whose plant changed on disk meanwhile checks it again")
    void openingAProjectChecksItAgain() throws Exception {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IFile plant = project.getFolder("model").getFile("riverside.plant");
        Path onDisk = plant.getLocation().toPath();
        String original = Files.readString(onDisk, StandardCharsets.UTF_8);
        ProjectChecks.checkOnOpen(workspace); // as the workbench does at start-up
        project.close(null);
        Files.writeString(onDisk, original.replaceFirst(
                "(name=\"RectifierCurrent\" displayName=\"Rectifier current\") quantity=\"electricCurrent\"\\s+unit=\"AMP\"",
                "$1 quantity=\"temperature\" unit=\"CEL\""), StandardCharsets.UTF_8);
        project.open(null);
        Job.getJobManager().join(ProjectChecks.FAMILY, null);
        settle();
        assertTrue(Arrays.stream(markers()).anyMatch(m -> "twin.unit.mismatch".equals(m.getAttribute(ProblemMarkers.CODE, ""))),
                () -> describe(markers()));
    }

    @Test
    @DisplayName("a broken .twin file saved through the workspace gets its error; the other findings stay current")
    void savingABrokenTwinFileFlagsIt() throws Exception {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IFile twin = project.getFolder("model").getFile("riverside.twin");
        write(twin, text(twin) + "\nmap PLC4 holding 40300 int16 -> Tank1.NoSuchSignal\n");
        IMarker[] markers = markers();
        assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
                && m.getResource().equals(twin)), () -> describe(markers));
    }

    @Test
    @DisplayName("a plant finding's marker names its element's URI fragment in 'uri'; a .twin finding's has none")
    void aPlantMarkerNamesItsElement() throws Exception {
        IFile plant = project.getFolder("model").getFile("riverside.plant");
        String original = text(plant);
        String changed = original.replace("unit=\"AMP\" samplePeriodMs=\"500\" instrument=\"CT_Tank3Rectifier\"",
                "unit=\"AMP\" samplePeriodMs=\"-5\" instrument=\"CT_Tank3Rectifier\"");
        assertFalse(changed.equals(original), "the example changed: Tank3.RectifierCurrent not found");
        write(plant, changed);

        IMarker[] markers = markers();
        IMarker period = Arrays.stream(markers).filter(m -> m.getAttribute(ProblemMarkers.CODE, "")
                .equals("plant.signal.samplePeriod.invalid")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(markers)));
        assertEquals(plant, period.getResource());
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank3.RectifierCurrent",
                period.getAttribute(ProblemMarkers.ELEMENT_URI, null));
        IMarker calibration = Arrays.stream(markers).filter(m -> m.getResource().getName().equals("riverside.twin"))
                .findFirst().orElseThrow(() -> new AssertionError(describe(markers)));
        assertEquals(null, calibration.getAttribute(ProblemMarkers.ELEMENT_URI, null));
    }

    @Test
    @DisplayName("the start-up check finds the warning in projects built before (markers recomputed, not trusted)")
    void theStartUpCheckRebuildsEveryPlantProject() throws Exception {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        project.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        ProjectChecks.checkAllInBackground(workspace);
        Job.getJobManager().join(ProjectChecks.FAMILY, null);
        assertEquals(1, markers().length, () -> describe(markers()));
    }

    @Test
    @DisplayName("a re-check replaces markers of text thrown away (an editor's) by the saved files' findings")
    void aRecheckReplacesTheMarkersOfDiscardedText() throws Exception {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IFile twin = project.getFolder("model").getFile("riverside.twin");
        project.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        IMarker typed = twin.createMarker(ProblemMarkers.TYPE); // as the editor writes for unsaved text
        typed.setAttributes(new String[] { IMarker.SEVERITY, IMarker.MESSAGE, IMarker.SOURCE_ID },
                new Object[] { IMarker.SEVERITY_ERROR, ProblemMarkers.message("Unknown unit 'amps'.", "twin.unit.unknown"),
                        ProblemMarkers.EDITOR_SOURCE });

        assertTrue(ProjectChecks.recheck(project), "no check scheduled");
        Job.getJobManager().join(ProjectChecks.FAMILY, null);

        IMarker[] markers = markers();
        assertEquals(List.of("twin.calibration.expired"),
                Arrays.stream(markers).map(m -> m.getAttribute(ProblemMarkers.CODE, "")).toList(), () -> describe(markers));
        assertEquals(ProblemMarkers.SOURCE, markers[0].getAttribute(IMarker.SOURCE_ID, ""));
    }

    @Test
    @DisplayName("a project without the nature is not re-checked (no builder keeps its markers)")
    void aProjectWithoutTheNatureIsNotRechecked() throws CoreException {
        IProject plain = workspace.getRoot().getProject("no-nature");
        plain.create(null);
        plain.open(null);
        try {
            assertFalse(ProjectChecks.recheck(plain));
        } finally {
            plain.delete(true, true, null);
        }
    }

    @Test
    @DisplayName("a marker's message ends with the finding's code in brackets")
    void theMessageEndsWithTheCode() {
        assertEquals("Unknown unit 'amps'. [twin.unit.unknown]", ProblemMarkers.message("Unknown unit 'amps'.", "twin.unit.unknown"));
        assertEquals("no code", ProblemMarkers.message("no code", null));
    }

    @Test
    @DisplayName("clean removes the builder's markers")
    void cleanRemovesTheMarkers() throws CoreException {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(1, markers().length);
        IWorkspaceDescription description = workspace.getDescription();
        boolean autoBuilding = description.isAutoBuilding();
        description.setAutoBuilding(false); // else the IDE's build after a clean puts them back at once
        workspace.setDescription(description);
        try {
            project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
            assertEquals(0, markers().length);
        } finally {
            description.setAutoBuilding(autoBuilding);
            workspace.setDescription(description);
        }
    }

    /** Writes through the workspace API (as an editor's save does) and waits for the build. */
    private void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        settle();
    }

    private void settle() throws Exception {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        workspace.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
    }

    private IMarker[] markers() {
        try {
            return project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(IResource file) {
        try {
            return Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(IMarker[] markers) {
        return Stream.of(markers).map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1)
                + " " + m.getAttribute(ProblemMarkers.CODE, "") + " " + m.getAttribute(IMarker.MESSAGE, ""))
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
