/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.ui.PlantProjects;
import org.fieldbridge.workspace.ProjectChecks;

/** What the UI tests do to the workbench the way a person would: menus, dialogs, waiting for background work. */
final class WorkbenchDriver {

    private WorkbenchDriver() {
    }

    /** Runs the event loop for a while, so that asynchronous UI updates land. */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Waits for start-up linking, the start-up check and auto-builds, then lets the UI catch up. */
    static void awaitBackgroundWork() throws InterruptedException {
        Job.getJobManager().join(PlantProjects.FAMILY, null);
        Job.getJobManager().join(ProjectChecks.FAMILY, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        settle(800);
    }

    /** @return the items of a menu as it is about to show (its contributions filled in) */
    static MenuItem[] items(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem[] items = menu.getItems();
        menu.notifyListeners(SWT.Hide, new Event());
        return items;
    }

    /** @return a menu item's label as people read it: no mnemonic marker, no accelerator text */
    static String label(MenuItem item) {
        return item.getText().replace("&", "").split("\t")[0];
    }

    /** @return the labels of a menu's items, separators left out */
    static List<String> labels(Menu menu) {
        return Arrays.stream(items(menu)).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).map(WorkbenchDriver::label)
                .toList();
    }

    /** @return the main menu's item of that label (without the mnemonic marker) */
    static MenuItem mainMenu(String label) {
        return Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems())
                .filter(i -> label(i).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no main menu " + label));
    }

    /** @return every control under a composite, depth first */
    static List<Control> controls(Composite parent) {
        List<Control> all = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            all.add(child);
            if (child instanceof Composite composite) {
                all.addAll(controls(composite));
            }
        }
        return all;
    }

    /** @return the first control of a type under a composite */
    static <T extends Control> Optional<T> find(Composite parent, Class<T> type) {
        return controls(parent).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** @return the labels of tree items and all their descendants */
    static List<String> treeLabels(TreeItem[] items) {
        List<String> result = new ArrayList<>();
        for (TreeItem item : items) {
            result.add(item.getText());
            result.addAll(treeLabels(item.getItems()));
        }
        return result;
    }

    /**
     * Runs {@code action}, which opens a modal dialog, and has {@code inDialog} work on the dialog's shell while
     * it is open; {@code inDialog} must close it. A failure inside the dialog is rethrown here.
     */
    static void withDialog(String title, Runnable action, Consumer<Shell> inDialog) {
        Display display = Display.getCurrent();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.asyncExec(() -> {
            Shell dialog = null;
            long until = System.currentTimeMillis() + 10_000;
            while (dialog == null && System.currentTimeMillis() < until) {
                dialog = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible())
                        .findFirst().orElse(null);
                if (dialog == null) {
                    settle(50);
                }
            }
            if (dialog == null) {
                failure.set(new AssertionError("no dialog titled " + title));
                return;
            }
            try {
                settle(500);
                inDialog.accept(dialog);
            } catch (Throwable t) {
                failure.set(t);
                if (!dialog.isDisposed()) {
                    dialog.close();
                }
            }
        });
        action.run();
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
