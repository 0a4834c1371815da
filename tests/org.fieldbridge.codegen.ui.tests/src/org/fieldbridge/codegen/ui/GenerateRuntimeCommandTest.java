/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import static org.fieldbridge.codegen.ui.Workbench.awaitResult;
import static org.fieldbridge.codegen.ui.Workbench.generateRuntime;
import static org.fieldbridge.codegen.ui.Workbench.lineOf;
import static org.fieldbridge.codegen.ui.Workbench.riversideCopy;
import static org.fieldbridge.codegen.ui.Workbench.riversideTwin;
import static org.fieldbridge.codegen.ui.Workbench.selectInProjectExplorer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Generate runtime command in the product's workbench (UI harness, UI thread): on copies of the riverside
 * example in fresh projects, selected in the Project Explorer and run through the handler service.
 */
class GenerateRuntimeCommandTest {

    @AfterEach
    void deleteProjects() throws CoreException {
        Workbench.deleteProjects();
    }

    /** The mapping whose instrument's calibration expired (see the comment at the top of riverside.twin). */
    private static final String TANK2_MAPPING = "-> Tank2.BathTemp ";


    /** The expired calibration record in the plant, which the plant's own rules warn about. */

    /** A mapping made wrong: a current read in degrees Celsius. */
    private static final String RECTIFIER3_MAPPING = "\"Rect_Amps_3\" -> Tank3.RectifierCurrent { unit A }";

    @Test
    @DisplayName("Generate runtime on riverside.twin writes the runtime into generated/riverside-runtime and marks the expired calibration on the Tank2 line")
    void generatesTheRiversideRuntimeAndMarksTheExpiredCalibration() throws Exception {
        IProject project = riversideCopy("generate-riverside", twin -> twin);
        IFile twin = project.getFile("riverside.twin");
        CommonNavigator explorer = selectInProjectExplorer(twin);

        RuntimeGenerationJob job = generateRuntime();
        IStatus result = awaitResult(job);

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        Path output = project.getLocation().toPath().resolve("generated/riverside-runtime");
        assertEquals(output, job.outputPath());
        for (String file : List.of("README.md", "fieldbridge-runtime.properties", "fieldbridge-generated.properties")) {
            assertTrue(Files.isRegularFile(output.resolve(file)), () -> file + " not generated in " + output);
        }
        assertFalse(files(output.resolve("src/main/java"), ".java").isEmpty(), "no Java sources generated");
        assertFalse(files(output.resolve("src/main/resources"), ".nodeset2.xml").isEmpty(), "no NodeSet2 generated");
        IFolder folder = RuntimeGenerationJob.outputFolder(twin);
        assertEquals("/generate-riverside/generated/riverside-runtime", folder.getFullPath().toString());
        assertTrue(folder.getFile("README.md").exists(), "the workspace was not refreshed: it does not know the output");
        assertEquals("Generated " + files(output, "").size() + " files into generate-riverside/generated/riverside-runtime"
                + ", 1 warning", result.getMessage());

        int tank2 = lineOf(riversideTwin(), TANK2_MAPPING);
        // the plant's own calibration warning is left out: the .twin finding on the mapping says the same, once
        assertEquals(List.of("riverside.twin:" + tank2 + " warning twin.calibration.expired"),
                describe(markers(project)));
        IMarker warning = twin.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO)[0];
        assertTrue(warning.getAttribute(IMarker.MESSAGE, "").contains("TT_Tank2"), warning.getAttribute(IMarker.MESSAGE, ""));
        assertEquals("/generate-riverside/riverside.twin", warning.getAttribute(GenerationMarkers.TWIN, ""));

        String message = warning.getAttribute(IMarker.MESSAGE, "");
        // The Problems view batches updates (up to 10-30 s apart after many changes, as earlier tests make);
        // a freshly opened one shows the markers at once.
        Workbench.page().hideView(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW));
        UiLoop.until(UiLoop.every(Duration.ofMillis(500),
                () -> problemsRows().stream().anyMatch(r -> r.contains(message) && r.contains("line " + tank2))),
                Duration.ofSeconds(60), "the warning in the Problems view", () -> "rows: " + problemsRows());

        explorer.getCommonViewer().expandToLevel(folder, 1);
        explorer.selectReveal(new StructuredSelection(twin));
        UiLoop.settle(Duration.ofMillis(500));
        Shell shell = explorer.getSite().getShell();
        ImageData screenshot = Screenshots.capture(shell.getDisplay(), shell.getBounds());
        Path png = Screenshots.save(screenshot, "generate-runtime");
        assertTrue(Files.size(png) > 10_000, "screenshot " + png + " is too small to show anything");
        assertTrue(Screenshots.distinctPixels(screenshot) > 50, "screenshot " + png + " looks blank");
        saveWithContextMenu(explorer, "generate-runtime-menu");
    }

    /**
     * The same view with the Project Explorer's context menu open on the selected file, for the docs: opened
     * at the explorer's right edge near the top, so that it covers the (empty) editor area rather than the
     * tree or the Problems view.
     */
    private static void saveWithContextMenu(CommonNavigator explorer, String name) throws java.io.IOException {
        Tree tree = explorer.getCommonViewer().getTree();
        Shell shell = explorer.getSite().getShell();
        Menu menu = tree.getMenu();
        menu.setLocation(tree.toDisplay(tree.getClientArea().width - 8, 0).x, shell.toDisplay(0, 30).y);
        menu.setVisible(true);
        try {
            UiLoop.settle(Duration.ofMillis(800));
            Screenshots.save(Screenshots.capture(shell.getDisplay(), shell.getBounds()), name);
        } finally {
            menu.setVisible(false);
            UiLoop.settle(Duration.ofMillis(200));
        }
    }

    @Test
    @DisplayName("in a plant project (with the nature) Generate runtime lists no finding the builder already lists")
    void inAPlantProjectTheCalibrationWarningIsListedOnce() throws Exception {
        IProject project = riversideCopy("generate-plant-project", twin -> twin);
        FieldbridgeNature.addTo(project, null);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IFile twin = project.getFile("riverside.twin");
        selectInProjectExplorer(twin);

        IStatus result = awaitResult(generateRuntime());

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertTrue(result.getMessage().endsWith(", 1 warning"), result.getMessage());
        assertEquals(List.of(), describe(markers(project)), "the generation's own markers");
        String warning = "riverside.twin:" + lineOf(riversideTwin(), TANK2_MAPPING) + " warning twin.calibration.expired";
        assertEquals(List.of(warning), describe(project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)),
                "every problem of the project, of any marker type");
    }

    @Test
    @DisplayName("a .twin file with an error gets an error marker on the line of the error, and nothing is generated")
    void aTwinFileWithAnErrorGetsAnErrorMarkerAndNoOutput() throws Exception {
        String broken = riversideTwin().replace(RECTIFIER3_MAPPING, RECTIFIER3_MAPPING.replace("unit A", "unit degC"));
        IProject project = riversideCopy("generate-broken", twin -> broken);
        IFile twin = project.getFile("riverside.twin");
        selectInProjectExplorer(twin);

        IStatus result = awaitResult(generateRuntime());

        assertEquals(IStatus.INFO, result.getSeverity(), result.getMessage());
        assertTrue(result.getMessage().contains("not generated") && result.getMessage().contains("1 error"),
                result.getMessage());
        int line = lineOf(broken, "\"Rect_Amps_3\"");
        List<String> errors = describe(Arrays.stream(markers(project))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toArray(IMarker[]::new));
        assertEquals(List.of("riverside.twin:" + line + " error twin.unit.mismatch"), errors);
        Path output = project.getLocation().toPath().resolve("generated/riverside-runtime");
        assertEquals(List.of(), files(output, ""), "files were generated from a .twin file with an error");
    }

    @Test
    @DisplayName("the next generation replaces the markers of the previous one: a fixed error disappears")
    void theNextGenerationReplacesThePreviousMarkers() throws Exception {
        String original = riversideTwin();
        IProject project = riversideCopy("generate-fixed",
                twin -> twin.replace(RECTIFIER3_MAPPING, RECTIFIER3_MAPPING.replace("unit A", "unit degC")));
        IFile twin = project.getFile("riverside.twin");
        selectInProjectExplorer(twin);
        assertEquals(IStatus.INFO, awaitResult(generateRuntime()).getSeverity());
        List<String> first = describe(markers(project));
        assertEquals(2, first.size(), first::toString);
        assertTrue(first.stream().anyMatch(m -> m.endsWith("error twin.unit.mismatch")), first::toString);

        Workbench.write(twin, original);
        selectInProjectExplorer(twin);
        IStatus result = awaitResult(generateRuntime());

        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        assertEquals(List.of("riverside.twin:" + lineOf(original, TANK2_MAPPING) + " warning twin.calibration.expired"),
                describe(markers(project)));
    }

    @Test
    @DisplayName("a generator failure (an output folder that cannot be created) ends in an error naming the reason, logged")
    void aGeneratorFailureEndsInAnError() throws Exception {
        IProject project = riversideCopy("generate-unwritable", twin -> twin);
        IFile twin = project.getFile("riverside.twin");
        // a file where the generated folder should be: no folder can be made below it
        Workbench.write(project.getFile(RuntimeGenerationJob.GENERATED_FOLDER), "in the way");
        selectInProjectExplorer(twin);
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener log = (status, plugin) -> logged.add(status);
        Platform.addLogListener(log);
        try {
            IStatus result = awaitResult(generateRuntime());

            assertEquals(IStatus.ERROR, result.getSeverity(), result.getMessage());
            assertTrue(result.getMessage().startsWith("Cannot generate the runtime of riverside.twin: ")
                    && result.getMessage().contains("generated"), result.getMessage());
            // the workbench also shows it in a dialog; the test harness turns error dialogs off
            assertTrue(logged.contains(result), () -> "not in the error log: " + logged);
        } finally {
            Platform.removeLogListener(log);
        }
    }

    @Test
    @DisplayName("a generation canceled as it starts reports CANCEL and leaves the markers as they were")
    void aCanceledGenerationReportsCancel() throws Exception {
        IProject project = riversideCopy("generate-canceled", twin -> twin);
        IFile twin = project.getFile("riverside.twin");
        RuntimeGenerationJob job = new RuntimeGenerationJob(twin);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                job.cancel();
            }
        });
        job.schedule();

        IStatus result = awaitResult(job);

        assertEquals(IStatus.CANCEL, result.getSeverity(), result.getMessage());
        assertEquals(List.of(), describe(markers(project)));
    }


    private static IMarker[] markers(IProject project) throws CoreException {
        IMarker[] markers = project.findMarkers(GenerationMarkers.TYPE, true, IResource.DEPTH_INFINITE);
        Arrays.sort(markers, (a, b) -> Integer.compare(a.getAttribute(IMarker.LINE_NUMBER, 0),
                b.getAttribute(IMarker.LINE_NUMBER, 0)));
        return markers;
    }

    /** @return {@code file:line severity code} of each marker, sorted */
    private static List<String> describe(IMarker[] markers) {
        return Arrays.stream(markers).map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0)
                + " " + switch (m.getAttribute(IMarker.SEVERITY, -1)) {
                    case IMarker.SEVERITY_ERROR -> "error";
                    case IMarker.SEVERITY_WARNING -> "warning";
                    default -> "info";
                } + " " + m.getAttribute(GenerationMarkers.CODE, "")).sorted().toList();
    }

    private static List<String> problemsRows() {
        try {
            return Workbench.problemsViewRows();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> files(Path folder, String suffix) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
