/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.IVerticalRulerExtension;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.fieldbridge.dsl.ui.assist.TwinTextHover;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.fixes.ProblemHover;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.ProjectChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Quick fixes in the real {@code .twin} editor (product workbench, UI thread, Xvfb), each on a copy of the
 * Riverside example: break the file, see the squiggle, press Quick Fix (Ctrl+1's command), see the pop-up with
 * the fixes (screenshot), choose one, see the text and the marker change, undo. One more through the
 * Problems view's marker resolution on a file that is not open.
 */
@DisplayName("Quick fixes in the .twin editor")
class QuickFixTest {

    private static final Duration SERVER = Duration.ofSeconds(90);

    @RegisterExtension
    final ExampleProject example = new ExampleProject("quick-fix");
    private final String exampleText = ExampleProject.text("riverside.twin");

    @BeforeEach
    void fillTheScreen() {
        // the whole screen, so that a pop-up beside a long line is on the screenshots
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(window.getDisplay().getPrimaryMonitor().getClientArea());
    }

    /** Closes pop-ups before ExampleProject closes the editors and deletes the project. */
    @AfterEach
    void closePopupsFirst() {
        closePopups();
    }

    @Test
    @DisplayName("a unit of another quantity: the pop-up offers the temperature units, degC first; it puts degC back")
    void wrongUnit() throws Exception {
        String broken = "holding 40021 int16 \"Temp_Sensor_7B\" -> Tank3.BathTemp { scale 0.1, unit A,";
        List<String> offered = fix("holding 40021 int16 \"Temp_Sensor_7B\" -> Tank3.BathTemp { scale 0.1, unit degC,",
                broken, "twin.unit.mismatch", "Change the unit to degC", "quick-fix-unit");
        assertEquals(List.of("Change the unit to degC (the signal's unit in the plant)", "Change the unit to degF",
                "Change the unit to K"), offered);
    }

    @Test
    @DisplayName("a literal password: the fix writes a reference to FIELDBRIDGE_OVEN2_PASSWORD and says where the value goes")
    void literalSecret() throws Exception {
        String fixed = exampleText.replace("env:FB_OVEN2_PASSWORD", "env:FIELDBRIDGE_OVEN2_PASSWORD");
        List<String> offered = fix(fixed, "password secret \"env:FB_OVEN2_PASSWORD\"", "password \"hunter2\"",
                "twin.secret.literal", "Refer to env:FIELDBRIDGE_OVEN2_PASSWORD",
                "quick-fix-secret");
        assertEquals(1, offered.size(), offered::toString);
        assertTrue(offered.get(0).contains("set it to the password where the runtime runs"), offered.get(0));
    }

    @Test
    @DisplayName("a misspelt signal: the closest plant names, the right one first")
    void unknownSignal() throws Exception {
        List<String> offered = fix("-> Tank3.RectifierCurrent { unit A }", "-> Tank3.RectifierCurent { unit A }",
                "twin.signal.unresolved", "Change to Tank3.RectifierCurrent", "quick-fix-signal");
        assertTrue(offered.get(0).startsWith("Change to Tank3.RectifierCurrent"), offered::toString);
    }

    @Test
    @DisplayName("an ambiguous signal: every signal of that name is offered")
    void ambiguousSignal() throws Exception {
        List<String> offered = fix("verdict Tank3BathInSpec: Tank3.BathTemp", "verdict Tank3BathInSpec: BathTemp",
                "twin.signal.unresolved", "Change to Tank3.BathTemp", "quick-fix-ambiguous-signal");
        assertEquals(3, offered.size(), offered::toString);
    }

    @Test
    @DisplayName("overlapping registers: the next free address of the table that fits the data type")
    void overlappingRegisters() throws Exception {
        List<String> offered = fix("holding 40023 float32 \"Rect_Amps_3\"", "holding 40022 float32 \"Rect_Amps_3\"",
                "twin.modbus.overlap", "Move to holding 40023", "quick-fix-overlap");
        assertEquals(List.of("Move to holding 40023, the next free address (holding:22)"), offered);
    }

    @Test
    @DisplayName("an expired calibration: the dated acceptance comment above the mapping")
    void expiredCalibration() throws Exception {
        String mapping = "map PLC4 holding-register:11:INT \"Temp_Sensor_2A\" -> Tank2.BathTemp";
        String acceptance = "// calibration accepted: TT_Tank2 until " + LocalDate.now().plusDays(30)
                + ": <reason, e.g. recalibration ordered>\n";
        // the example as it is: the warning is there from the start
        List<String> offered = fix(exampleText.replace(mapping, acceptance + mapping), mapping, mapping,
                "twin.calibration.expired", "Accept the calibration state until", "quick-fix-calibration");
        assertEquals(1, offered.size(), offered::toString);
    }

    @Test
    @DisplayName("Problems view > Quick Fix... on the builder's warning of a file not open: it opens and is fixed")
    void markerResolutionOnAFileNotOpen() throws Exception {
        FieldbridgeNature.addTo(example.project(), null);
        example.project().build(IncrementalProjectBuilder.FULL_BUILD, null);
        IMarker warning = markers("twin.calibration.expired").get(0);
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(warning), "Quick Fix... is enabled on the warning");
        assertTrue(page().getEditorReferences().length == 0, "no editor open");
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(warning);
        assertEquals(1, resolutions.length, () -> Arrays.toString(resolutions));
        assertTrue(resolutions[0].getLabel().startsWith("Accept the calibration state until"), resolutions[0].getLabel());

        resolutions[0].run(warning);
        IEditorPart part = page().getActiveEditor();
        assertTrue(part instanceof TwinEditor, String.valueOf(part));
        TwinEditor editor = (TwinEditor) part;
        IDocument document = editor.viewer().getDocument();
        assertTrue(document.get().contains("// calibration accepted: TT_Tank2 until " + LocalDate.now().plusDays(30)),
                "the comment is in the editor");
        assertTrue(editor.isDirty(), "the fix is an edit to save");
        Ui.await("the warning to go", SERVER, () -> markers("twin.calibration.expired").isEmpty());
        undo(editor);
        assertEquals(exampleText, document.get(), "Undo takes the fix back");
        Ui.await("the warning back", SERVER, () -> !markers("twin.calibration.expired").isEmpty());
    }

    @Test
    @DisplayName("Problems view > Quick Fix... (its dialog) lists the fix for the builder's warning (screenshot)")
    void problemsViewQuickFixDialog() throws Exception {
        FieldbridgeNature.addTo(example.project(), null);
        example.project().build(IncrementalProjectBuilder.FULL_BUILD, null);
        IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Ui.settle(Duration.ofSeconds(2));
        Tree tree = problemsTree(problems.getSite().getShell(), null);
        TreeItem row = null;
        for (TreeItem group : tree.getItems()) {
            Event expand = new Event();
            expand.item = group;
            tree.notifyListeners(SWT.Expand, expand);
            group.setExpanded(true);
            for (TreeItem item : group.getItems()) {
                if (item.getText().startsWith("Instrument TT_Tank2") && item.getText(1).equals("riverside.twin")
                        && item.getText(2).startsWith("/quick-fix")) {
                    row = item;
                }
            }
        }
        assertTrue(row != null, "the warning's row in the Problems view");
        tree.setSelection(row);
        tree.notifyListeners(SWT.Selection, new Event());
        page().activate(problems);
        Display display = tree.getDisplay();
        List<String> listed = new ArrayList<>();
        // the dialog is modal: its own event loop runs the look at it and closes it
        Runnable[] inspect = new Runnable[1];
        inspect[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(sh -> !sh.isDisposed() && sh.isVisible()
                    && "Quick Fix".equals(sh.getText())).findFirst().orElse(null);
            Table fixes = dialog == null ? null : find(dialog);
            if (fixes == null || fixes.getItemCount() == 0) {
                display.timerExec(200, inspect[0]);
                return;
            }
            // a moment for the progress dialog of "Finding fixes" to go and the wizard to paint
            display.timerExec(1500, () -> {
                try {
                    Screenshots.save(Screenshots.capture(display, display.getBounds()), "quick-fix-problems-view");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                listed.addAll(titles(fixes));
                dialog.close();
            });
        };
        display.timerExec(500, inspect[0]);
        problems.getSite().getService(IHandlerService.class)
                .executeCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST, null);
        Ui.await("the Quick Fix dialog looked at", SERVER, () -> !listed.isEmpty());
        assertTrue(listed.get(0).startsWith("Accept the calibration state until"), listed::toString);
    }

    private static Tree problemsTree(Composite parent, Tree found) {
        for (Control control : parent.getChildren()) {
            if (control instanceof Tree tree && tree.getColumnCount() > 0
                    && "Description".equals(tree.getColumn(0).getText())) {
                return tree;
            } else if (control instanceof Composite composite) {
                Tree inner = problemsTree(composite, found);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return found;
    }

    @Test
    @DisplayName("Problems view > Quick Fix... on a problem of the open, edited file: the fixes of the editor's text")
    void markerResolutionOnTheOpenFile() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        IDocument document = editor.viewer().getDocument();
        String good = "-> Tank1.RectifierCurrent { unit A }";
        // not saved: the file on disk has no such problem, the fixes must come from the editor's text
        document.set("// edited\n" + exampleText.replace(good, "-> Tank1.RectifierCurrent { unit degC }"));
        Ui.await("a twin.unit.mismatch marker", SERVER, () -> !markers("twin.unit.mismatch").isEmpty());
        IMarker problem = markers("twin.unit.mismatch").get(0);
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(problem);
        assertEquals("Change the unit to A (the signal's unit in the plant)", resolutions[0].getLabel());
        resolutions[0].run(problem);
        assertEquals("// edited\n" + exampleText, document.get());
        Ui.await("the marker to go", SERVER, () -> markers("twin.unit.mismatch").isEmpty());
    }

    @Test
    @DisplayName("the mouse resting on a problem: the hover shows its message and the fixes as links; a click applies one")
    void hoverOffersTheFixes() throws Exception {
        String good = "-> Tank3.RectifierCurrent { unit A }";
        String broken = exampleText.replace(good, "-> Tank3.RectifierCurrent { unit degC }");
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        IDocument document = editor.viewer().getDocument();
        document.set(broken);
        Ui.await("a twin.unit.mismatch marker", SERVER, () -> !markers("twin.unit.mismatch").isEmpty());
        int start = markers("twin.unit.mismatch").get(0).getAttribute(IMarker.CHAR_START, -1);
        Ui.await("the squiggle", Duration.ofSeconds(20), () -> squiggleAt(editor, start));

        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        editor.selectAndReveal(start, 0);
        Ui.settle(Duration.ofMillis(300));
        ProblemHover hover = new ProblemHover(new TwinTextHover(editor::session), editor::session);
        assertEquals(start, hover.getHoverRegion(editor.viewer(), start + 1).getOffset(), "the hover covers the problem");

        // the mouse rests on the squiggle: the editor's own hover (the viewer configuration's) opens
        StyledText widget = editor.viewer().getTextWidget();
        Display display = widget.getDisplay();
        widget.getShell().forceActive();
        editor.setFocus();
        widget.setTopIndex(Math.max(0, document.getLineOfOffset(start) - 8)); // room for the hover below the line
        org.eclipse.swt.graphics.Point word = widget.getLocationAtOffset(start + 2);
        moveMouse(display, widget.toDisplay(word.x, word.y - widget.getLineHeight()));
        Ui.settle(Duration.ofMillis(200));
        moveMouse(display, widget.toDisplay(word.x, word.y + widget.getLineHeight() / 2));
        Link[] link = new Link[1];
        Ui.await("the hover over the problem with its fixes", SERVER, () -> {
            link[0] = linkIn(display, "Change the unit to A (the signal's unit in the plant)");
            return link[0] != null;
        });
        Ui.settle(Duration.ofMillis(800));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "quick-fix-hover");
        link[0].notifyListeners(SWT.Selection, new Event()); // a click on the link
        assertEquals(exampleText, document.get(), "the link applied the fix");
        Ui.await("the marker to go", SERVER, () -> markers("twin.unit.mismatch").isEmpty());
    }

    @Test
    @DisplayName("a click on the problem's light bulb in the left ruler (the editor's RulerClick action) opens Quick Fix")
    void aClickOnTheLightBulbOpensQuickFix() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        Ui.await("the calibration warning", SERVER, () -> !markers("twin.calibration.expired").isEmpty());
        int start = markers("twin.calibration.expired").get(0).getAttribute(IMarker.CHAR_START, -1);
        Ui.await("its annotation", Duration.ofSeconds(20), () -> squiggleAt(editor, start));
        editor.getSite().getShell().forceActive();
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        editor.setFocus();
        IDocument document = editor.viewer().getDocument();
        int line = document.getLineOfOffset(start);
        editor.selectAndReveal(document.getLineOffset(line + 1), 0); // the problem's line in view, the caret elsewhere
        Ui.settle(Duration.ofMillis(500));
        StyledText widget = editor.viewer().getTextWidget();
        // where the ruler saw the click (the platform's ruler runs the editor's RulerClick action on it)
        IVerticalRulerInfo ruler = editor.getAdapter(IVerticalRulerInfo.class);
        ((IVerticalRulerExtension) ruler).setLocationOfLastMouseButtonActivity(4,
                widget.getLinePixel(line) + widget.getLineHeight() / 2);
        assertEquals(line, ruler.getLineOfLastMouseButtonActivity());
        editor.getAction(ITextEditorActionConstants.RULER_CLICK).run();
        awaitPopup(editor, "Accept the calibration state until");
        assertEquals(start, editor.viewer().getSelectedRange().x, "the caret went to the problem");
        Ui.settle(Duration.ofMillis(500));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "quick-fix-light-bulb");
    }

    /** A link of a visible pop-up whose text contains the words, or null. */
    private static Link linkIn(Display display, String words) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                Link link = linkIn(shell, words);
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    private static Link linkIn(Composite parent, String words) {
        for (Control control : parent.getChildren()) {
            if (control instanceof Link link && link.getText().contains(words)) {
                return link;
            }
            if (control instanceof Composite composite) {
                Link inner = linkIn(composite, words);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void moveMouse(Display display, org.eclipse.swt.graphics.Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
    }

    /**
     * Breaks the example, invokes Quick Fix on the problem, chooses the fix, checks text and markers, undoes.
     *
     * @return the titles the pop-up offered
     */
    private List<String> fix(String good, String bad, String code, String choose, String screenshot) throws Exception {
        return fix(exampleText, good, bad, code, choose, screenshot);
    }

    private List<String> fix(String fixed, String good, String bad, String code, String choose, String screenshot)
            throws Exception {
        assertTrue(exampleText.contains(good), good);
        String broken = exampleText.replace(good, bad);
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        IDocument document = editor.viewer().getDocument();
        if (!broken.equals(document.get())) {
            int at = document.get().indexOf(good);
            document.replace(at, good.length(), bad);
        }
        Ui.await("a " + code + " marker", SERVER, () -> !markers(code).isEmpty());
        IMarker marker = markers(code).get(0);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        Ui.await("the squiggle of " + code, Duration.ofSeconds(20), () -> squiggleAt(editor, start));

        assertTrue(fixableAt(editor, start), "the problem's icon shows the light bulb");
        // the editor maximized, so that the whole line and the pop-up beside it are on the screenshot
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        editor.setFocus();
        editor.selectAndReveal(start, 0);
        Table table = quickFix(editor, choose);
        List<String> offered = titles(table);
        System.out.println("[quick-fix] " + code + ": " + offered);
        Ui.settle(Duration.ofMillis(800));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), screenshot);
        int index = indexOf(offered, choose);
        table.setSelection(index);
        table.notifyListeners(SWT.DefaultSelection, new Event()); // what Enter or a double-click does
        assertEquals(fixed, document.get(), "the text after '" + offered.get(index) + "'");
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        Ui.await("the " + code + " marker to go", SERVER, () -> markers(code).isEmpty());

        undo(editor);
        assertEquals(broken, document.get(), "one Undo takes the fix back");
        Ui.await("the " + code + " marker back", SERVER, () -> !markers(code).isEmpty());
        return offered;
    }

    /** Runs Quick Fix (what Ctrl+1 runs) and waits for its pop-up to list a fix. */
    private static Table quickFix(TwinEditor editor, String choose) throws Exception {
        handlers(editor).executeCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST, null);
        return awaitPopup(editor, choose);
    }

    private static Table awaitPopup(TwinEditor editor, String choose) {
        Table[] popup = new Table[1];
        Ui.await("the Quick Fix pop-up with '" + choose + "'", SERVER, () -> {
            popup[0] = proposalTable(editor.getSite().getShell().getDisplay());
            return popup[0] != null && titles(popup[0]).stream().anyMatch(t -> t.startsWith(choose));
        });
        return popup[0];
    }

    /** Whether the editor's Quick Fix assistant says the problem at an offset has fixes (its light bulb). */
    private static boolean fixableAt(TwinEditor editor, int offset) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        IQuickAssistAssistant assistant = ((ISourceViewerExtension3) editor.viewer()).getQuickAssistAssistant();
        for (Iterator<Annotation> i = model.getAnnotationIterator(); i.hasNext();) {
            Annotation annotation = i.next();
            if (annotation instanceof MarkerAnnotation && model.getPosition(annotation).getOffset() == offset
                    && assistant.canFix(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static void undo(TwinEditor editor) {
        editor.viewer().getTextOperationTarget().doOperation(ITextOperationTarget.UNDO);
    }

    private static int indexOf(List<String> titles, String prefix) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no '" + prefix + "' in " + titles);
    }

    private static IHandlerService handlers(TwinEditor editor) {
        return editor.getSite().getService(IHandlerService.class);
    }

    /** The table of an open proposal pop-up (a shell of its own), or null. */
    private static Table proposalTable(Display display) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()
                    && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
                Table table = find(shell);
                if (table != null && table.getItemCount() > 0) {
                    return table;
                }
            }
        }
        return null;
    }

    private static Table find(Composite parent) {
        for (Control control : parent.getChildren()) {
            if (control instanceof Table table && table.isVisible()) {
                return table;
            }
            if (control instanceof Composite composite) {
                Table inner = find(composite);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static List<String> titles(Table table) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            titles.add(table.getItem(i).getText());
        }
        return titles;
    }

    private static void closePopups() {
        Display display = Display.getCurrent();
        for (Shell shell : display.getShells()) {
            // closing one pop-up may dispose another (its child)
            if (!shell.isDisposed() && shell.isVisible()
                    && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() && find(shell) != null) {
                shell.close();
            }
        }
    }

    private List<IMarker> markers(String code) throws CoreException {
        return Arrays.stream(example.twin().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
    }

    private static boolean squiggleAt(TwinEditor editor, int offset) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        for (Iterator<Annotation> i = model.getAnnotationIterator(); i.hasNext();) {
            Annotation annotation = i.next();
            if (annotation instanceof MarkerAnnotation marker && !annotation.isMarkedDeleted()
                    && model.getPosition(annotation).getOffset() == offset && marker.getMarker().exists()) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the workspace's marker updates and checks, so that the next test starts quiet. */
    static void settle() {
        Ui.await("marker updates and checks to finish", SERVER,
                () -> Job.getJobManager().find(ProblemMarkers.FAMILY).length == 0
                        && Job.getJobManager().find(ProjectChecks.FAMILY).length == 0);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

}
