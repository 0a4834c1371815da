/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The workbench window's menus and the IDE images its views rely on. */
class WorkbenchWindowTest {

    @Test
    @DisplayName("the main menu has a Fieldbridge menu (F as its mnemonic) for the project's commands, then Window")
    void theMainMenuHasAFieldbridgeMenu() {
        MenuItem[] items = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems();
        List<String> names = new ArrayList<>();
        for (MenuItem item : items) {
            names.add(item.getText());
        }
        assertEquals(List.of("&Fieldbridge", "&Window"), names);
    }

    @Test
    @DisplayName("Window > Show View brings back the perspective's views")
    void windowShowViewListsThePerspectivesViews() {
        MenuItem window = Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar()
                .getItems()).filter(i -> i.getText().equals("&Window")).findFirst().orElseThrow();
        MenuItem showView = Arrays.stream(open(window.getMenu())).filter(i -> i.getText().equals("Show &View"))
                .findFirst().orElseThrow();
        List<String> views = Arrays.stream(open(showView.getMenu())).map(i -> i.getText().replace("&", "").split("\t")[0])
                .toList();
        for (String view : List.of("Plant Explorer", "Project Explorer", "Problems", "Progress")) {
            assertTrue(views.contains(view), () -> view + " not in " + views);
        }
    }

    private static MenuItem[] open(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem[] items = menu.getItems();
        menu.notifyListeners(SWT.Hide, new Event());
        return items;
    }

    @Test
    @DisplayName("projects and problem severities have their icons, not the missing-image square")
    void projectsAndProblemsHaveTheirIcons() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        for (String key : List.of(IDE.SharedImages.IMG_OBJ_PROJECT, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED,
                "IMG_OBJS_ERROR_PATH", "IMG_OBJS_WARNING_PATH", "IMG_OBJS_INFO_PATH", "IMG_ETOOL_PROBLEMS_VIEW")) {
            ImageDescriptor descriptor = images.getImageDescriptor(key);
            assertNotNull(descriptor, key + " is not declared");
            ImageData data = descriptor.getImageData(100);
            assertNotNull(data, key + " cannot be read");
            assertEquals(16, data.width, key);
        }
    }
}
