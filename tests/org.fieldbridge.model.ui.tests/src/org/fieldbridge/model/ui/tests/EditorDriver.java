/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;

/**
 * Drives the plant editor on a copy of the example as a person would: selects in the tree, clicks a row of
 * the Properties view to open its cell editor, presses buttons, works in the dialogs they open.
 */
final class EditorDriver {

    final IProject project;
    final IFile plantFile;
    final IWorkbenchPage page;

    EditorDriver(String projectName) throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        plantFile = project.getFile("riverside.plant");
        byte[] example = Files.readAllBytes(Path.of(System.getProperty("fieldbridge.home"), "examples", "riverside",
                "riverside.plant"));
        if (plantFile.exists()) {
            plantFile.setContents(new ByteArrayInputStream(example), true, false, null);
        } else {
            plantFile.create(new ByteArrayInputStream(example), true, null);
        }
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    void close() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    PlantEditor open() throws Exception {
        IEditorPart part = IDE.openEditor(page, plantFile);
        settle(300);
        return assertInstanceOf(PlantEditor.class, part, "a .plant file opens in the plant editor");
    }

    /** Selects {@code element} in the editor's tree with the Properties view open beside it (Outline minimised). */
    void selectWithProperties(PlantEditor editor, Object element) throws Exception {
        page.showView(IPageLayout.ID_PROP_SHEET);
        IViewReference outline = page.findViewReference(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            page.setPartState(outline, IWorkbenchPage.STATE_MINIMIZED);
        }
        page.activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(element), true);
        settle(500);
    }

    /** @return the Properties view's row of that name */
    TreeItem propertiesRow(String name) {
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        return rows(tree.getItems()).stream().filter(i -> name.equals(i.getText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in the Properties view: "
                        + rows(tree.getItems()).stream().map(i -> i.getText(0)).toList()));
    }

    /** Clicks the value of a Properties row, which opens its cell editor; @return the editor's control */
    Control clickValue(String rowName) {
        TreeItem row = propertiesRow(rowName);
        Tree tree = row.getParent();
        tree.setSelection(row);
        Rectangle cell = row.getBounds(1);
        Event down = new Event();
        down.x = cell.x + cell.width / 2;
        down.y = cell.y + cell.height / 2;
        down.button = 1;
        tree.notifyListeners(SWT.MouseDown, down);
        settle(300);
        List<Control> editors = Arrays.stream(tree.getChildren()).filter(Control::isVisible).toList();
        assertTrue(editors.size() == 1, "one cell editor is open on row " + rowName + ": " + editors);
        return editors.get(0);
    }

    static List<TreeItem> rows(TreeItem[] items) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            all.addAll(rows(item.getItems()));
        }
        return all;
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

    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        List<Control> all = root instanceof Composite composite ? controls(composite) : List.of();
        List<Control> candidates = new ArrayList<>(all);
        candidates.add(0, root);
        return candidates.stream().filter(type::isInstance).map(type::cast).filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " found under " + root));
    }

    static void press(Control root, String label) {
        Button button = find(root, Button.class, b -> b.getText().replace("&", "").equals(label));
        button.notifyListeners(SWT.Selection, new Event());
    }

    /**
     * Runs {@code action}, which opens a modal dialog titled {@code title}, and has {@code inDialog} work in it
     * while it is open ({@code inDialog} closes it, e.g. presses OK). A failure inside is rethrown here.
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
                failure.set(new AssertionError("no dialog titled " + title + " among "
                        + Arrays.stream(display.getShells()).map(Shell::getText).toList()));
                return;
            }
            try {
                settle(300);
                inDialog.accept(dialog);
            } catch (Throwable t) {
                failure.set(t);
                if (!dialog.isDisposed()) {
                    dialog.close();
                }
            }
        });
        action.run();
        // Without a window manager (Xvfb) the workbench window is not activated again when the dialog closes;
        // the handlers of its active part (Undo, Save) only count in the active shell.
        PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().forceActive();
        settle(300);
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    void run(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        settle(300);
    }

    static void settle(long millis) {
        EventLoop.settle(Duration.ofMillis(millis));
    }

    /** Saves a screenshot of the shell and checks it is not blank. */
    static void screenshot(Shell shell, String name) throws Exception {
        var image = Screenshots.capture(shell);
        Path png = Screenshots.save(image, name);
        assertTrue(Files.size(png) > 0 && Screenshots.distinctPixels(image) > 20, name + " looks blank");
    }

    static <T extends NamedElement> T named(PlantEditor editor, Class<T> type, String owner, String name) {
        Iterable<EObject> all = () -> editor.getResource().getAllContents();
        for (EObject o : all) {
            if (type.isInstance(o) && name.equals(((NamedElement) o).getName()) && (owner == null
                    || o.eContainer() instanceof NamedElement parent && owner.equals(parent.getName()))) {
                return type.cast(o);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + owner + "." + name);
    }

    static <T extends EObject> T first(PlantEditor editor, Class<T> type) {
        Iterable<EObject> all = () -> editor.getResource().getAllContents();
        for (EObject o : all) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }
}
