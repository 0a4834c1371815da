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

    private Workbench() {
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

    /** @return the job's result, once it is done and its report has reached the UI */
    static IStatus awaitResult(RuntimeGenerationJob job) {
        UiLoop.until(() -> job.getResult() != null, Duration.ofMinutes(2), "end of " + job.getName(),
                () -> "job state " + job.getState());
        UiLoop.settle(Duration.ofMillis(300));
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

    static String label(MenuItem item) {
        String text = item.getText().replace("&", "");
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
