/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.fieldbridge.model.ui.views.PlantFiles;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.ui.PlantProjects;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench started on a plant file (here the repository's example, as {@code ./workbench} does) shows
 * the plant's folder as a project in the Project Explorer: linked, not copied, and only once.
 */
class PlantProjectsTest {

    @Test
    @DisplayName("the example plant's folder is a project whose model folder links examples/riverside")
    void theExampleFolderIsALinkedProject() throws Exception {
        Job.getJobManager().join(PlantProjects.FAMILY, null);
        Path example = PlantFiles.configured().get(0).getParent().toRealPath();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("riverside");
        assertTrue(project.isOpen(), "no open project riverside");
        IFolder model = project.getFolder(PlantProjects.MODEL_FOLDER);
        assertTrue(model.isLinked(), "the model folder is not a link");
        assertTrue(project.hasNature(FieldbridgeNature.ID), "the project has no Fieldbridge nature (no builder)");
        assertEquals(example, model.getLocation().toPath());
        assertTrue(model.getFile("riverside.twin").exists(), "the .twin file is not reachable");
        assertTrue(model.getFile("riverside.plant").exists(), "the .plant file is not reachable");
        assertTrue(project.getLocation().toPath().startsWith(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()),
                "the project itself (and what is generated into it) lives in the workspace");
        try (Stream<Path> files = Files.list(example)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            for (String written : List.of(".project", ".settings", "generated")) {
                assertFalse(names.contains(written), "the workbench wrote " + written + " into the example folder");
            }
        }
    }

    @Test
    @DisplayName("the Project Explorer shows the project with its .plant and .twin files")
    void theProjectExplorerShowsTheFiles() throws Exception {
        Job.getJobManager().join(PlantProjects.FAMILY, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        assertNotNull(explorer, "the plant perspective shows the Project Explorer");
        explorer.getCommonViewer().expandAll();
        settle();
        List<String> labels = labels(explorer.getCommonViewer().getTree().getItems());
        assertTrue(labels.contains("riverside"), labels::toString);
        assertTrue(labels.contains("model"), labels::toString);
        assertTrue(labels.contains("riverside.twin"), labels::toString);
        assertTrue(labels.contains("riverside.plant"), labels::toString);
    }

    @Test
    @DisplayName("New in the Project Explorer's context menu makes projects, folders and files")
    void theProjectExplorerMakesProjectsFoldersAndFiles() throws Exception {
        Job.getJobManager().join(PlantProjects.FAMILY, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        page.activate(explorer);
        explorer.selectReveal(new StructuredSelection(ResourcesPlugin.getWorkspace().getRoot().getProject("riverside")));
        settle();
        Menu menu = explorer.getCommonViewer().getTree().getMenu();
        MenuItem newItem = Arrays.stream(open(menu)).filter(i -> i.getText().replace("&", "").equals("New"))
                .findFirst().orElseThrow(() -> new AssertionError("no New in the context menu"));
        List<String> wizards = Arrays.stream(open(newItem.getMenu())).map(i -> i.getText().replace("&", "")).toList();
        for (String wizard : List.of("Fieldbridge Plant Project", "Plant", "Mapping File (.twin)", "Project...",
                "Folder", "File")) {
            assertTrue(wizards.contains(wizard), () -> wizard + " not in " + wizards);
        }
    }

    private static MenuItem[] open(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem[] items = menu.getItems();
        menu.notifyListeners(SWT.Hide, new Event());
        return items;
    }

    @Test
    @DisplayName("linking a folder again reuses its project; another folder of the same name gets its own")
    void linkingAgainReusesTheProject(@TempDir Path dir) throws Exception {
        Job.getJobManager().join(PlantProjects.FAMILY, null);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        int before = workspace.getRoot().getProjects().length;
        PlantProjects projects = new PlantProjects(workspace);

        List<IProject> again = projects.link(PlantFiles.configured(), null);
        assertEquals("riverside", again.get(0).getName());
        assertEquals(before, workspace.getRoot().getProjects().length, "a second project for the same folder");

        Path other = Files.createDirectories(dir.resolve("riverside"));
        Files.writeString(other.resolve("other.plant"), "<plant/>");
        IProject second = projects.link(List.of(other.resolve("other.plant")), null).get(0);
        try {
            assertEquals("riverside-2", second.getName());
            assertTrue(second.getFolder(PlantProjects.MODEL_FOLDER).getFile("other.plant").exists());
        } finally {
            second.delete(true, true, null);
        }
        assertFalse(Files.exists(other.resolve(".project")), "the workbench wrote into the linked folder");
    }

    private static List<String> labels(TreeItem[] items) {
        List<String> result = new ArrayList<>();
        for (TreeItem item : items) {
            result.add(item.getText());
            result.addAll(labels(item.getItems()));
        }
        return result;
    }

    private static void settle() {
        EventLoop.settle(Duration.ofMillis(500));
    }
}
