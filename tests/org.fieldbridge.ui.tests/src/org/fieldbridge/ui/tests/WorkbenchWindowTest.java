/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.fieldbridge.ui.tests.WorkbenchDriver.label;
import static org.fieldbridge.ui.tests.WorkbenchDriver.labels;
import static org.fieldbridge.ui.tests.WorkbenchDriver.mainMenu;
import static org.fieldbridge.ui.tests.WorkbenchDriver.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.fieldbridge.tests.support.ui.Screenshots;

/** The workbench window's menus, key bindings and About dialog, and the IDE images its views rely on. */
class WorkbenchWindowTest {

    @Test
    @DisplayName("the main menu is File, Edit, Navigate, Fieldbridge, Window, Help, as in the Eclipse IDE")
    void theMainMenuIsLaidOutAsInTheIde() {
        MenuItem[] items = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems();
        List<String> names = new ArrayList<>();
        for (MenuItem item : items) {
            names.add(item.getText());
        }
        assertEquals(List.of("&File", "&Edit", "&Navigate", "&Fieldbridge", "&Window", "&Help"), names);
    }

    @Test
    @DisplayName("each menu has its items: File, Edit, Navigate, Window and Help")
    void eachMenuHasItsItems() {
        Map<String, List<String>> expected = Map.of(
                "File", List.of("New", "Open File...", "Close", "Close All", "Save", "Save All", "Import...",
                        "Recent Files", "Exit"),
                "Edit", List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Find/Replace..."),
                "Navigate", List.of("Open Resource...", "Back", "Forward"),
                "Window", List.of("Open Perspective", "Show View", "Reset Perspective...", "Preferences..."),
                "Help", List.of("Show Active Keybindings...", "About Fieldbridge"));
        expected.forEach((menu, items) -> {
            List<String> actual = labels(mainMenu(menu).getMenu());
            for (String item : items) {
                // Undo and Redo say what they undo ("Undo Typing"); the others are exact
                assertTrue(actual.stream().anyMatch(a -> a.equals(item) || a.startsWith(item + " ")),
                        () -> menu + " has no " + item + ": " + actual);
            }
        });
    }

    @Test
    @DisplayName("File > New offers the Fieldbridge wizards; Window offers both perspectives and the views")
    void newAndWindowMenusOfferFieldbridgeParts() {
        MenuItem newMenu = Arrays.stream(WorkbenchDriver.items(mainMenu("File").getMenu()))
                .filter(i -> label(i).equals("New")).findFirst().orElseThrow();
        List<String> wizards = labels(newMenu.getMenu());
        for (String wizard : List.of("Fieldbridge Plant Project", "Plant", "Mapping File (.twin)", "Other...")) {
            assertTrue(wizards.contains(wizard), () -> wizard + " not in " + wizards);
        }
        MenuItem perspectives = Arrays.stream(WorkbenchDriver.items(mainMenu("Window").getMenu()))
                .filter(i -> label(i).equals("Open Perspective")).findFirst().orElseThrow();
        List<String> offered = labels(perspectives.getMenu());
        assertTrue(offered.contains("Fieldbridge Modeling"), offered::toString);
        MenuItem showView = Arrays.stream(WorkbenchDriver.items(mainMenu("Window").getMenu()))
                .filter(i -> label(i).equals("Show View")).findFirst().orElseThrow();
        List<String> views = labels(showView.getMenu());
        for (String view : List.of("Project Explorer", "Outline", "Properties", "Problems")) {
            assertTrue(views.contains(view), () -> view + " not in " + views);
        }
    }

    @Test
    @DisplayName("the keys are the Eclipse IDE's on Linux: Ctrl+S, Ctrl+Shift+S, Ctrl+W, Ctrl+Z, Ctrl+Shift+Z, Ctrl+F, Ctrl+Shift+R")
    void theKeyBindingsAreTheIdes() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Map<String, String> expected = Map.of(
                "org.eclipse.ui.file.save", "M1+S",
                "org.eclipse.ui.file.saveAll", "M1+M2+S",
                "org.eclipse.ui.file.close", "M1+W",
                "org.eclipse.ui.file.closeAll", "M1+M2+W",
                "org.eclipse.ui.edit.undo", "M1+Z",
                "org.eclipse.ui.edit.redo", "M1+M2+Z", // the IDE's Redo on GTK (Ctrl+Y on Windows)
                "org.eclipse.ui.edit.findReplace", "M1+F",
                "org.eclipse.ui.navigate.openResource", "M1+M2+R",
                "org.eclipse.ui.edit.selectAll", "M1+A");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            KeySequence keys = KeySequence.getInstance(entry.getValue());
            TriggerSequence[] active = bindings.getActiveBindingsFor(entry.getKey());
            assertTrue(Arrays.asList(active).contains(keys),
                    () -> entry.getKey() + " is not on " + entry.getValue() + ": " + Arrays.toString(active));
        }
    }

    @Test
    @DisplayName("Help > About Fieldbridge shows the installed versions of Fieldbridge and its libraries and the licence")
    void theAboutDialogShowsVersionsAndTheLicence() {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        WorkbenchDriver.withDialog("About Fieldbridge", () -> {
            try {
                handlers.executeCommand("org.eclipse.ui.help.aboutAction", null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, dialog -> {
            Table table = WorkbenchDriver.find(dialog, Table.class).orElseThrow();
            List<String> rows = Arrays.stream(table.getItems()).map(WorkbenchWindowTest::row).toList();
            for (String expected : List.of("Fieldbridge 0\\.1\\.0 \\(build .+\\) org\\.fieldbridge\\.application",
                    "Eclipse Milo \\(OPC UA\\) 1\\.1\\.2 .*", "j2mod \\(Modbus\\) 3\\.3\\.0 .*",
                    "Eclipse platform \\(workbench\\) 3\\.\\d+\\.\\d+ .*", "Xtext 2\\.\\d+\\.\\d+ .*",
                    "EMF 2\\.\\d+\\.\\d+ .*", "Java runtime .+")) {
                assertTrue(rows.stream().anyMatch(r -> r.matches(expected)), () -> expected + " not in " + rows);
            }
            TabFolder tabs = WorkbenchDriver.find(dialog, TabFolder.class).orElseThrow();
            String licence = WorkbenchDriver.find((org.eclipse.swt.widgets.Composite) tabs.getItem(0).getControl(),
                    Text.class).orElseThrow().getText();
            assertTrue(licence.startsWith("Eclipse Public License - v 2.0"), licence.lines().findFirst().orElse(""));
            String notices = WorkbenchDriver.find((org.eclipse.swt.widgets.Composite) tabs.getItem(1).getControl(),
                    Text.class).orElseThrow().getText();
            assertTrue(notices.contains("Milo") && notices.contains("j2mod"), "third-party notices incomplete");
            save(dialog, "about-dialog");
            dialog.close();
        });
    }

    @Test
    @DisplayName("a click on File opens the File menu over the workbench window, Escape closes it (screenshot)")
    void theFileMenuOpensOnAClick() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        shell.forceActive();
        WorkbenchDriver.awaitBackgroundWork();
        Display display = shell.getDisplay();
        // "File" is the menu bar's first item, at the window's top left (no title bar under Xvfb; the menu bar
        // is outside the shell's client area, so shell bounds, not client coordinates)
        org.eclipse.swt.graphics.Point file = new org.eclipse.swt.graphics.Point(shell.getBounds().x + 20,
                shell.getBounds().y + 12);
        click(display, file);
        settle(1000);
        try {
            save(shell, "workbench-file-menu");
        } finally {
            for (int i = 0; i < 2; i++) { // an open submenu, then the menu
                for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                    Event escape = new Event();
                    escape.type = type;
                    escape.keyCode = SWT.ESC; // a key code for Display.post (GDK's Escape), not a character
                    display.post(escape);
                }
                settle(300);
            }
        }
    }

    private static void click(Display display, org.eclipse.swt.graphics.Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event click = new Event();
            click.type = type;
            click.button = 1;
            display.post(click);
        }
    }

    private static void save(Shell shell, String name) {
        try {
            ImageData screenshot = Screenshots.capture(shell);
            Screenshots.save(screenshot, name);
            assertTrue(Screenshots.distinctPixels(screenshot) > 20, name + " looks blank");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String row(TableItem item) {
        return item.getText(0) + " " + item.getText(1) + " " + item.getText(2);
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
