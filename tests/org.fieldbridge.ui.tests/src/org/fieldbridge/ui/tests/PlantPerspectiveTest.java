/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.model.ui.views.PlantExplorerView;
import org.fieldbridge.model.ui.views.PlantFiles;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.fieldbridge.ui.ModelingPerspective;
import org.fieldbridge.ui.PlantPerspective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs inside the product's workbench (UI harness, UI thread) with the example plant configured. */
class PlantPerspectiveTest {

    @Test
    @DisplayName("the workbench opens the Fieldbridge Modeling perspective in a window titled Fieldbridge")
    void theWorkbenchOpensTheModelingPerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        assertEquals(ModelingPerspective.ID, window.getActivePage().getPerspective().getId());
        assertTrue(window.getShell().getText().startsWith("Fieldbridge"), window.getShell().getText());
    }

    @Test
    @DisplayName("the plant perspective's plant explorer shows the example plant's hierarchy, controllers and instruments")
    void thePlantExplorerShowsTheExamplePlant() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IPerspectiveDescriptor modeling = page.getPerspective();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PlantPerspective.ID));
        try {
            showsTheExamplePlant(page);
        } finally {
            page.setPerspective(modeling);
        }
    }

    private void showsTheExamplePlant(IWorkbenchPage page) throws Exception {
        PlantExplorerView view = (PlantExplorerView) page.findView(PlantExplorerView.ID);
        assertNotNull(view, "the plant perspective shows the plant explorer");
        TreeViewer viewer = view.getViewer();
        viewer.expandAll();
        settle();
        List<String> labels = labels(viewer.getTree().getItems());
        String all = String.join("\n", labels);
        for (String expected : List.of("Acme", "Riverside", "Finishing", "AnodizingLine", "Tank1", "Tank3",
                "BathTemp", "RectifierCurrent", "CuringOven", "Zone1", "GasFlow", "PLC4", "Oven2")) {
            assertTrue(labels.stream().anyMatch(l -> l.contains(expected)),
                    () -> "no tree item mentions " + expected + " in:\n" + all);
        }
        viewer.collapseAll();
        view.showHierarchy();
        settle();
        assertTrue(visibleLabels(viewer.getTree().getItems()).stream().anyMatch(l -> l.contains("Tank1")),
                "equipment is visible after the hierarchy is opened");
        Shell shell = view.getSite().getShell();
        ImageData screenshot = Screenshots.capture(shell);
        Path png = Screenshots.save(screenshot, "plant-perspective");
        assertTrue(Files.size(png) > 5_000, "screenshot " + png + " is too small to show anything");
        assertTrue(Screenshots.distinctPixels(screenshot) > 20, "screenshot " + png + " looks blank");
    }

    @Test
    @DisplayName("a broken plant file is shown as a problem with its reason instead of failing the view")
    void aBrokenPlantFileIsShownAsAProblem(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.plant");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<plant:Plant xmlns:plant=\"https://fieldbridge.org/pl",
                StandardCharsets.UTF_8);
        String previous = System.getProperty(PlantFiles.PROPERTY);
        System.setProperty(PlantFiles.PROPERTY, broken.toString());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart part = page.showView(PlantExplorerView.ID, "broken", IWorkbenchPage.VIEW_ACTIVATE);
        try {
            settle();
            TreeItem[] items = ((PlantExplorerView) part).getViewer().getTree().getItems();
            assertEquals(1, items.length);
            String text = items[0].getText();
            assertTrue(text.matches("broken\\.plant \\(line 2, column \\d+\\): .{5,}"), text);
        } finally {
            page.hideView(part);
            System.setProperty(PlantFiles.PROPERTY, previous == null ? "" : previous);
        }
    }

    private static List<String> labels(TreeItem[] items) {
        List<String> result = new ArrayList<>();
        for (TreeItem item : items) {
            result.add(item.getText());
            result.addAll(labels(item.getItems()));
        }
        return result;
    }

    /** Labels a person can see: items under collapsed parents are left out. */
    private static List<String> visibleLabels(TreeItem[] items) {
        List<String> result = new ArrayList<>();
        for (TreeItem item : items) {
            result.add(item.getText());
            if (item.getExpanded()) {
                result.addAll(visibleLabels(item.getItems()));
            }
        }
        return result;
    }

    private static void settle() {
        EventLoop.settle(Duration.ofMillis(500));
    }
}
