/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.fieldbridge.model.ui.tests.EditorDriver.named;
import static org.fieldbridge.model.ui.tests.EditorDriver.screenshot;
import static org.fieldbridge.model.ui.tests.EditorDriver.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.NewModelFiles;
import org.fieldbridge.workspace.ProblemMarkers;
import org.fieldbridge.workspace.ProjectChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's round trip from the plant to the mappings, as a plant engineer does it: in a Fieldbridge project
 * made from the Riverside example, change a signal's quantity and unit in the plant editor's Properties view, save, and the
 * project builder flags the mapping in the .twin file (not open, then open); Undo and save, and the flag goes.
 */
class PlantEditReachesTheMappingsTest {

    private static final String EXPIRED = "riverside.twin twin.calibration.expired";
    private static final String MISMATCH = "twin.unit.mismatch";

    private EditorDriver driver;
    private IProject project;

    @BeforeEach
    void createAProjectFromTheExample() throws Exception {
        driver = new EditorDriver("plant-edit-scratch"); // for its page and helpers; the test works in its own project
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("riverside-mappings");
        project.create(null);
        project.open(null);
        FieldbridgeNature.addTo(project, null);
        NewModelFiles.copyModelFiles(Path.of(System.getProperty("fieldbridge.home"), "examples", "riverside"), project,
                null);
        awaitBuilds();
    }

    @AfterEach
    void removeTheProject() throws Exception {
        driver.close();
        project.delete(true, true, null);
    }

    @Test
    @DisplayName("a signal made a temperature in °C in the Properties view flags its ampere mapping in the .twin file on"
            + " save; Undo and save clear it")
    void aSignalChangedInThePropertiesViewReflagsItsMappingAndUndoClearsIt() throws Exception {
        assertEquals(List.of(EXPIRED), codes(), "the example's one warning");
        IFile plantFile = project.getFile("riverside.plant");
        IFile twin = project.getFile("riverside.twin");
        PlantEditor editor = assertInstanceOf(PlantEditor.class, IDE.openEditor(driver.page, plantFile));
        // Tank1.RectifierCurrent is mapped with "unit A"; the engineer decides the channel is a bath temperature
        // in °C: quantity, then unit, each chosen in its combo (a unit alone, CEL -> KEL, is converted by the
        // generator and rightly flags nothing)
        Signal current = named(editor, Signal.class, "Tank1", "RectifierCurrent");
        driver.selectWithProperties(editor, current);
        choose(driver.clickValue("Quantity"), "temperature");
        choose(driver.clickValue("Unit"), "(CEL)");
        assertEquals("temperature", current.getQuantity().getLiteral());
        assertEquals("CEL", current.getUnit().getCommonCode());
        driver.run("org.eclipse.ui.file.save");
        awaitBuilds();

        assertNull(driver.page.findEditor(new FileEditorInput(twin)), "the .twin file was never opened");
        int line = lineOf(twin, "-> Tank1.RectifierCurrent {");
        assertEquals(List.of(EXPIRED, "riverside.twin " + MISMATCH), codes(), "only the mapping is flagged");
        assertTrue(markers(twin).contains(MISMATCH + "@" + line), "on its line " + line + ": " + markers(twin));
        driver.page.showView(IPageLayout.ID_PROBLEM_VIEW);
        driver.page.activate(editor);
        expandProblems(editor);
        screenshot(editor.getSite().getShell(), "plant-edit-flags-mapping");

        IMarker flagged = Arrays.stream(twin.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> MISMATCH.equals(m.getAttribute(ProblemMarkers.CODE, ""))).findFirst().orElseThrow();
        IEditorPart twinEditor = IDE.openEditor(driver.page, flagged); // as a double click in the Problems view
        awaitBuilds();
        settle(1500);
        assertTrue(markers(twin).contains(MISMATCH + "@" + line), "still flagged once open: " + markers(twin));
        assertTrue(annotations(twinEditor).stream().anyMatch(a -> a.contains(MISMATCH)),
                "the open editor shows it: " + annotations(twinEditor));
        expandProblems(editor);
        screenshot(editor.getSite().getShell(), "plant-edit-flags-open-mapping");

        driver.page.activate(editor);
        driver.run("org.eclipse.ui.edit.undo");
        driver.run("org.eclipse.ui.edit.undo");
        assertEquals("AMP", current.getUnit().getCommonCode());
        assertEquals("electricCurrent", current.getQuantity().getLiteral());
        assertTrue(editor.isDirty(), "undone past the last save: the file still has the change");
        driver.run("org.eclipse.ui.file.save");
        awaitBuilds();
        settle(1500);
        assertEquals(List.of(EXPIRED), codes(), "the flag went with Undo and save");
        assertFalse(annotations(twinEditor).stream().anyMatch(a -> a.contains(MISMATCH)),
                "and the open editor no longer shows it: " + annotations(twinEditor));
        expandProblems(editor);
        screenshot(editor.getSite().getShell(), "plant-edit-undone");
    }

    /** Chooses the combo entry ending in {@code item} and presses Enter, as in the open combo of a row. */
    private static void choose(Control cell, String item) {
        CCombo combo = assertInstanceOf(CCombo.class, cell, "the value is chosen in a combo");
        String entry = Arrays.stream(combo.getItems()).filter(i -> i.endsWith(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + item + " among " + List.of(combo.getItems())));
        combo.select(Arrays.asList(combo.getItems()).indexOf(entry));
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
    }

    /** Opens the Problems view's groups, as clicks on their twisties would, so the screenshot shows the entries. */
    private static void expandProblems(PlantEditor editor) {
        settle(1000); // the view batches its updates
        Tree problems = EditorDriver.find(editor.getSite().getShell(), Tree.class, t -> Arrays.stream(t.getColumns())
                .anyMatch(c -> "Description".equals(c.getText())));
        for (TreeItem group : problems.getItems()) {
            Event expand = new Event();
            expand.item = group;
            problems.notifyListeners(SWT.Expand, expand);
            group.setExpanded(true);
        }
        settle(500);
    }

    private static void awaitBuilds() throws InterruptedException {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        Job.getJobManager().join(ProjectChecks.FAMILY, null);
        settle(800);
    }

    private List<String> codes() throws Exception {
        return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE))
                .map(m -> m.getResource().getName() + " " + m.getAttribute(ProblemMarkers.CODE, "")).sorted().toList();
    }

    private static List<String> markers(IFile file) throws Exception {
        return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .map(m -> m.getAttribute(ProblemMarkers.CODE, "") + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1))
                .toList();
    }

    private static int lineOf(IFile file, String text) throws Exception {
        String[] lines = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text + " in " + file.getName());
    }

    private static List<String> annotations(IEditorPart part) {
        ITextEditor editor = part.getAdapter(ITextEditor.class);
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<String> texts = new ArrayList<>();
        for (Iterator<Annotation> i = model.getAnnotationIterator(); i.hasNext();) {
            Annotation annotation = i.next();
            if (!annotation.isMarkedDeleted() && annotation.getText() != null) {
                texts.add(annotation.getText());
            }
        }
        return texts;
    }
}
