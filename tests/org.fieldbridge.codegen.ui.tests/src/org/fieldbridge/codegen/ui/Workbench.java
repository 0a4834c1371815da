/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * What a person does in the workbench, done through its APIs on the UI thread: make a project, select a file
 * in the Project Explorer, run a command, open a menu, read the Problems view.
 */
final class Workbench {

    /** The examples folder of the repository (set by the test's pom). */
    static final Path EXAMPLES = Path.of(System.getProperty("fieldbridge.examples", "../../examples"));

    private static final List<IProject> CREATED = new ArrayList<>();

    private Workbench() {
    }

    /** Deletes the projects the test made (with their markers), so the next test sees only its own. */
    static void deleteProjects() throws CoreException {
        Job.getJobManager().cancel(RuntimeGenerationJob.FAMILY);
        UiLoop.until(() -> Job.getJobManager().find(RuntimeGenerationJob.FAMILY).length == 0, Duration.ofMinutes(1),
                "the end of running generations", () -> "");
        for (IProject project : CREATED) {
            project.delete(true, true, null);
        }
        CREATED.clear();
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        return window;
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /**
     * @param name project name (an existing project of that name is replaced)
     * @param twinEdit changes to riverside.twin before it is written
     * @return a new project holding copies of the riverside plant and .twin file
     */
    static IProject riversideCopy(String name, UnaryOperator<String> twinEdit) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        CREATED.add(project);
        project.create(null);
        project.open(null);
        write(project.getFile("riverside.plant"), Files.readString(EXAMPLES.resolve("riverside/riverside.plant")));
        write(project.getFile("riverside.twin"), twinEdit.apply(riversideTwin()));
        return project;
    }

    static String riversideTwin() throws IOException {
        return Files.readString(EXAMPLES.resolve("riverside/riverside.twin"));
    }

    static void write(IFile file, String text) throws CoreException {
        ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(content, true, false, null);
        } else {
            file.create(content, true, null);
        }
    }

    /** @return the 1-based number of the line of the text that contains the needle */
    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + needle);
    }

    /** Shows the Project Explorer, makes it the active part and selects the resource in it. */
    static CommonNavigator selectInProjectExplorer(Object resource) throws PartInitException {
        IWorkbenchPage page = page();
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        page.activate(explorer);
        StructuredSelection selection = new StructuredSelection(resource);
        // the explorer learns about new resources asynchronously: select until it shows the resource
        UiLoop.until(() -> {
            explorer.selectReveal(selection);
            return resource.equals(explorer.getCommonViewer().getStructuredSelection().getFirstElement());
        }, Duration.ofSeconds(20), "selection of " + resource + " in the Project Explorer", () -> "");
        return explorer;
    }

    /** Executes Generate runtime on the current selection, as the menu item does. */
    static RuntimeGenerationJob generateRuntime() throws Exception {
        IHandlerService handlers = window().getService(IHandlerService.class);
        Object job = handlers.executeCommand(GenerateRuntimeHandler.COMMAND_ID, null);
        assertNotNull(job, "the command scheduled no generation");
        return (RuntimeGenerationJob) job;
    }

    /** @return the job's result, once it is done and its report has reached the UI (no dialog may open) */
    static IStatus awaitResult(RuntimeGenerationJob job) {
        List<String> dialogs = new ArrayList<>();
        IStatus result = awaitResult(job, dialogs);
        if (!dialogs.isEmpty()) {
            throw new AssertionError("a dialog opened during " + job.getName() + ": " + dialogs);
        }
        return result;
    }

    /**
     * @param dialogs receives the texts of the dialogs that opened (and were closed) meanwhile
     * @return the job's result, once it is done and its report has reached the UI
     */
    static IStatus awaitResult(RuntimeGenerationJob job, List<String> dialogs) {
        UiLoop.until(() -> job.getResult() != null, Duration.ofMinutes(2), "end of " + job.getName(),
                () -> "job state " + job.getState(), dialogs);
        long settled = System.nanoTime() + Duration.ofMillis(500).toNanos();
        UiLoop.until(() -> System.nanoTime() > settled, Duration.ofSeconds(5), "the report", () -> "", dialogs);
        return job.getResult();
    }

    /** @return the texts of the items of a menu, as shown when it opens (mnemonic marks removed) */
    static List<String> itemsOf(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        try {
            return Arrays.stream(menu.getItems()).map(Workbench::label).toList();
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** @return whether the item of that label is enabled when the menu opens; fails when there is none */
    static boolean enabledIn(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event());
        try {
            return Arrays.stream(menu.getItems()).filter(i -> label.equals(label(i))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + label + " in " + itemsOf(menu))).isEnabled();
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** @return the menu of the main menu bar's item of that label */
    static Menu mainMenu(String label) {
        return Arrays.stream(window().getShell().getMenuBar().getItems()).filter(i -> label.equals(label(i)))
                .findFirst().orElseThrow(() -> new AssertionError("no main menu " + label)).getMenu();
    }

    /** The label a person reads: the mnemonic mark removed, a doubled (shown) ampersand kept. */
    static String label(MenuItem item) {
        String text = item.getText().replace("&&", "\0").replace("&", "").replace("\0", "&");
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    /** @return every row of the Problems view (groups expanded), column texts joined by " | " */
    static List<String> problemsViewRows() throws PartInitException {
        IViewPart view = page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        if (!(view.getSite().getSelectionProvider() instanceof TreeViewer viewer)) {
            throw new AssertionError("the Problems view has no tree viewer: " + view.getSite().getSelectionProvider());
        }
        viewer.expandAll();
        List<String> rows = new ArrayList<>();
        collect(viewer.getTree(), viewer.getTree().getItems(), rows);
        return rows;
    }

    private static void collect(Tree tree, TreeItem[] items, List<String> rows) {
        int columns = Math.max(tree.getColumnCount(), 1);
        for (TreeItem item : items) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(item.getText(c));
            }
            rows.add(String.join(" | ", cells));
            collect(tree, item.getItems(), rows);
        }
    }
}
