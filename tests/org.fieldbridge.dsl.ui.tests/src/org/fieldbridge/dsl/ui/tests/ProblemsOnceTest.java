/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.fieldbridge.workspace.ProjectChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The builder and the open .twin editor report the same findings of a plant project: the Problems view must
 * list each of them once, describing the text the user sees (docs/workbench.md, "Problems").
 */
@DisplayName("Each problem of a plant project is listed once")
class ProblemsOnceTest {

    private static final Duration SERVER = Duration.ofSeconds(90);
    private static final String MAPPING = "\"Rect_Amps_3\" -> Tank3.RectifierCurrent { unit A }";
    private static final String CALIBRATION = "warning twin.calibration.expired";

    @RegisterExtension
    final ExampleProject example = new ExampleProject("problems-once").withFieldbridgeNature();

    @BeforeEach
    void plantProjectBuilt() throws Exception {
        example.project().build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertEquals(List.of(CALIBRATION), problems(), "the builder's markers");
    }

    /** Lets marker updates and checks finish before the project goes (ExampleProject deletes it). */
    @AfterEach
    void closeAndSettle() {
        page().closeAllEditors(false);
        settle();
    }

    @Test
    @DisplayName("open, a wrong unit typed, saved: one calibration warning throughout, one error for the unit")
    void typingAndSavingListEachProblemOnce() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        Ui.await("the editor's markers", SERVER, () -> written(org.fieldbridge.workspace.ProblemMarkers.EDITOR_SOURCE));
        settle();
        assertEquals(List.of(CALIBRATION), problems(), "opened");

        IDocument document = editor.viewer().getDocument();
        int at = document.get().indexOf(MAPPING) + MAPPING.indexOf("A }");
        document.replace(at, 1, "amps");
        Ui.await("the wrong unit marked", SERVER, () -> problems().stream().anyMatch(p -> p.startsWith("error")));
        settle();
        List<String> typed = problems();
        assertEquals(2, typed.size(), typed::toString);
        assertEquals(CALIBRATION, typed.get(1), typed::toString);
        String unitError = typed.get(0);
        assertEquals(true, unitError.startsWith("error twin.unit."), unitError);
        assertEquals(List.of(unitError, CALIBRATION), problemsOfProject(), "nothing else in the project");

        editor.doSave(null);
        Ui.await("the builder's markers of the saved file", SERVER,
                () -> written(org.fieldbridge.workspace.ProblemMarkers.SOURCE));
        settle();
        assertEquals(List.of(unitError, CALIBRATION), problems(), "saved");
        assertEquals(List.of(unitError, CALIBRATION), problemsOfProject(), "saved: nothing else in the project");
        Arrays.stream(example.twin().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
                .forEach(m -> System.out.println("[problems-once] " + m.getAttribute(IMarker.MESSAGE, "")));

        page().showView(IPageLayout.ID_PROBLEM_VIEW);
        editor.selectAndReveal(document.getLineOffset(document.getLineOfOffset(at)), 0);
        Ui.settle(Duration.ofSeconds(3));
        expandProblems(editor.getSite().getShell());
        Ui.settle(Duration.ofSeconds(1));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "problems-listed-once");
    }

    @Test
    @DisplayName("closing the editor without saving gives back the saved file's problems")
    void discardingTheEditorsTextRestoresTheSavedFilesProblems() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        IDocument document = editor.viewer().getDocument();
        int at = document.get().indexOf(MAPPING) + MAPPING.indexOf("A }");
        document.replace(at, 1, "amps");
        Ui.await("the wrong unit marked", SERVER, () -> problems().stream().anyMatch(p -> p.startsWith("error")));

        page().closeEditor(editor, false);
        Ui.await("the saved file's problems back", SERVER,
                () -> written(org.fieldbridge.workspace.ProblemMarkers.SOURCE) && problems().equals(List.of(CALIBRATION)));
        settle();
        assertEquals(List.of(CALIBRATION), problems());
    }

    /** Opens the Problems view's groups (Errors, Warnings), so that the screenshot shows the rows. */
    private static void expandProblems(Composite parent) {
        for (Control control : parent.getChildren()) {
            if (control instanceof Tree tree && tree.getColumnCount() > 0
                    && "Description".equals(tree.getColumn(0).getText())) {
                for (TreeItem item : tree.getItems()) {
                    Event expand = new Event(); // the view's viewer creates a group's rows when it is expanded
                    expand.item = item;
                    tree.notifyListeners(SWT.Expand, expand);
                    item.setExpanded(true);
                }
            } else if (control instanceof Composite composite) {
                expandProblems(composite);
            }
        }
    }

    /** Waits for marker updates and checks under way, then lets the display catch up. */
    private static void settle() {
        Ui.await("marker updates and checks to finish", SERVER,
                () -> Job.getJobManager().find(ProblemMarkers.FAMILY).length == 0
                        && Job.getJobManager().find(ProjectChecks.FAMILY).length == 0
                        && Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
        Ui.settle(Duration.ofMillis(500));
    }

    /** @return whether the file's problems were last written by that source */
    private boolean written(String source) throws CoreException {
        IMarker[] markers = example.twin().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        return markers.length > 0 && Arrays.stream(markers).allMatch(m -> source.equals(m.getAttribute(IMarker.SOURCE_ID, "")));
    }

    /** @return {@code severity code} of every problem marker on the .twin file, sorted */
    private List<String> problems() throws CoreException {
        return describe(ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE),
                example.twin());
    }

    private List<String> problemsOfProject() throws CoreException {
        IProject project = example.project();
        return describe(project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE), project);
    }

    private static List<String> describe(IMarker[] markers, IResource within) {
        return Arrays.stream(markers).filter(m -> within.getFullPath().isPrefixOf(m.getResource().getFullPath()))
                .map(m -> switch (m.getAttribute(IMarker.SEVERITY, -1)) {
                    case IMarker.SEVERITY_ERROR -> "error";
                    case IMarker.SEVERITY_WARNING -> "warning";
                    default -> "info";
                } + " " + m.getAttribute(ProblemMarkers.CODE, "")).sorted().toList();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

}
