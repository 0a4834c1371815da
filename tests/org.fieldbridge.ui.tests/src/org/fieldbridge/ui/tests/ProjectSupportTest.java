/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.fieldbridge.ui.tests.WorkbenchDriver.awaitBackgroundWork;
import static org.fieldbridge.ui.tests.WorkbenchDriver.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.FileEditorInput;
import org.fieldbridge.ui.wizards.NewPlantProjectWizard;
import org.fieldbridge.ui.wizards.NewTwinWizard;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.ProblemMarkers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.fieldbridge.tests.support.ui.Screenshots;

/** The project builder's markers in the Problems view, and the New wizards, in the running workbench. */
class ProjectSupportTest {

    @Test
    @DisplayName("at start-up the Problems view shows exactly the example's expired-calibration warning with its code")
    void atStartUpTheProblemsViewShowsTheCalibrationWarning() throws Exception {
        awaitBackgroundWork();
        IProject riverside = ResourcesPlugin.getWorkspace().getRoot().getProject("riverside");
        IMarker[] markers = riverside.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE); // of any type: listed once
        assertEquals(List.of("riverside.twin:28 twin.calibration.expired"), Arrays.stream(markers)
                .map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
                        + m.getAttribute(ProblemMarkers.CODE, "")).toList());

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        Tree tree = problemsTree(window.getShell());
        List<TreeItem> problems = leaves(tree, 10_000);
        assertEquals(1, problems.size(), () -> "Problems view rows: " + WorkbenchDriver.treeLabels(tree.getItems()));
        TreeItem warning = problems.get(0);
        assertTrue(warning.getText().contains("TT_Tank2") && warning.getText().endsWith("[twin.calibration.expired]"),
                warning.getText());
        assertTrue(warning.getParentItem().getText().startsWith("Warnings"), warning.getParentItem().getText());
        tree.setSelection(warning);
        tree.showItem(warning);
        settle(300);
        save(window.getShell(), "problems-view");

        // The picture for the README: the file at the warning's line, the project's files, the warning.
        IDE.openEditor(window.getActivePage(), markers[0]);
        CommonNavigator explorer = (CommonNavigator) window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.selectReveal(new StructuredSelection(markers[0].getResource()));
        window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        tree.setSelection(warning);
        // the editor scrolled right to the end of the marked text; show the lines from their start
        WorkbenchDriver.controls(window.getShell()).stream().filter(StyledText.class::isInstance)
                .map(StyledText.class::cast).forEach(text -> text.setHorizontalIndex(0));
        settle(800);
        try {
            save(window.getShell(), "workbench");
        } finally {
            window.getActivePage().closeAllEditors(false);
        }
    }

    @Test
    @DisplayName("New Fieldbridge Plant Project from the example builds with the single warning; plant edits re-flag the .twin file")
    void aProjectFromTheExampleBuildsWithTheWarning() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        NewPlantProjectWizard wizard = new NewPlantProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("riverside-copy");
        try {
            Composite page = (Composite) wizard.getProjectPage().getControl();
            WorkbenchDriver.find(page, Text.class).orElseThrow().setText("riverside-copy");
            wizard.getProjectPage().setFromExample(true);
            settle(400);
            save(dialog.getShell(), "new-project-wizard");
            press(dialog.getShell(), "Finish");
            awaitBackgroundWork();

            assertTrue(project.isOpen() && project.hasNature(FieldbridgeNature.ID), "no plant project created");
            IFile plant = project.getFile("riverside.plant");
            IFile twin = project.getFile("riverside.twin");
            assertTrue(plant.exists() && twin.exists(), "the example's files were not copied");
            assertEquals(List.of("riverside.twin twin.calibration.expired"), codes(project));

            String original = new String(plant.getContents().readAllBytes(), StandardCharsets.UTF_8);
            String changed = original.replaceFirst("(name=\"RectifierCurrent\" displayName=\"Rectifier current\")"
                    + " quantity=\"electricCurrent\"\\s+unit=\"AMP\"", "$1 quantity=\"temperature\" unit=\"CEL\"");
            assertFalse(changed.equals(original), "RectifierCurrent not found in the example");
            write(plant, changed);
            assertTrue(codes(project).contains("riverside.twin twin.unit.mismatch"), codes(project)::toString);
            IWorkbenchPage workbenchPage = window.getActivePage();
            assertNull(workbenchPage.findEditor(new FileEditorInput(twin)), "the .twin file was opened");
            write(plant, original);
            assertEquals(List.of("riverside.twin twin.calibration.expired"), codes(project));
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            if (project.exists()) {
                project.delete(true, true, null);
            }
        }
    }

    @Test
    @DisplayName("New Mapping File offers the project's plants and writes the package and import lines")
    void theNewTwinWizardImportsAPlantOfTheProject() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("twin-wizard");
        project.create(null);
        project.open(null);
        FieldbridgeNature.addTo(project, null);
        org.fieldbridge.workspace.NewModelFiles.createPlant(project.getFile("line.plant"), null);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        NewTwinWizard wizard = new NewTwinWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.getFilePage().setFileName("line");
            settle(300);
            Combo plants = WorkbenchDriver.find((Composite) wizard.getFilePage().getControl(), Combo.class).orElseThrow();
            assertEquals(List.of("line.plant"), List.of(plants.getItems()));
            assertEquals(0, plants.getSelectionIndex());
            save(dialog.getShell(), "new-twin-wizard");
            press(dialog.getShell(), "Finish");
            awaitBackgroundWork();
            IFile twin = project.getFile("line.twin");
            assertTrue(twin.exists(), "no line.twin");
            String text = Files.readString(twin.getLocation().toPath(), StandardCharsets.UTF_8);
            assertTrue(text.contains("\npackage line\nimport \"line.plant\"\n"), text);
            assertEquals(List.of(), codes(project));
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            window.getActivePage().closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    private static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        awaitBackgroundWork();
    }

    private static List<String> codes(IProject project) throws CoreException {
        return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE))
                .map(m -> m.getResource().getName() + " " + m.getAttribute(ProblemMarkers.CODE, "")).sorted().toList();
    }

    private static void press(Shell shell, String label) {
        Button button = WorkbenchDriver.controls(shell).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
        settle(300);
    }

    /** The Problems view's tree: the one with a Description column. */
    private static Tree problemsTree(Shell shell) {
        Optional<Tree> tree = WorkbenchDriver.controls(shell).stream().filter(Tree.class::isInstance)
                .map(Tree.class::cast).filter(t -> Arrays.stream(t.getColumns()).map(TreeColumn::getText)
                        .anyMatch("Description"::equals)).findFirst();
        return tree.orElseThrow(() -> new AssertionError("no Problems view tree"));
    }

    /** The rows under the view's groups, once the view has caught up (it updates in the background). */
    private static List<TreeItem> leaves(Tree tree, long timeoutMillis) {
        long until = System.currentTimeMillis() + timeoutMillis;
        List<TreeItem> leaves = List.of();
        while (System.currentTimeMillis() < until) {
            for (TreeItem group : tree.getItems()) {
                if (!group.getExpanded()) { // as a click on the twistie: the viewer fills the group in on Expand
                    Event expand = new Event();
                    expand.item = group;
                    tree.notifyListeners(SWT.Expand, expand);
                    group.setExpanded(true);
                }
            }
            settle(200);
            leaves = Arrays.stream(tree.getItems()).flatMap(g -> Arrays.stream(g.getItems()))
                    .filter(i -> !i.getText().isEmpty()).toList();
            if (!leaves.isEmpty()) {
                settle(500); // a late update may still add rows
                return Arrays.stream(tree.getItems()).flatMap(g -> Arrays.stream(g.getItems()))
                        .filter(i -> !i.getText().isEmpty()).toList();
            }
        }
        return leaves;
    }

    private static void save(Control control, String name) throws Exception {
        Shell shell = control instanceof Shell s ? s : control.getShell();
        var screenshot = Screenshots.capture(shell);
        Screenshots.save(screenshot, name);
        assertTrue(Screenshots.distinctPixels(screenshot) > 20, name + " looks blank");
    }
}
