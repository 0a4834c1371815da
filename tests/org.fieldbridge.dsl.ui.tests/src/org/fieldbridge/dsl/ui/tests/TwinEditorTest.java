/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.fieldbridge.dsl.ui.assist.TwinCompletionProcessor;
import org.fieldbridge.dsl.ui.assist.TwinTextHover;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.eclipse.ui.IPageLayout;

/**
 * The {@code .twin} editor in the product's workbench (UI harness, UI thread, Xvfb), on a copy of the
 * Riverside example in a fresh project: what a plant engineer sees and does, through the workbench's APIs.
 */
@DisplayName("The .twin editor")
class TwinEditorTest {

    private static final Duration SERVER = Duration.ofSeconds(90);

    @RegisterExtension
    final ExampleProject example = new ExampleProject("twin-editor");

    @Test
    @DisplayName(".twin files have their content type and open in the .twin editor, as from the Project Explorer")
    void aTwinFileOpensInTheTwinEditor() throws Exception {
        IContentType type = example.twin().getContentDescription().getContentType();
        assertEquals("org.fieldbridge.twin", type.getId());
        assertEquals(TwinEditor.ID, IDE.getDefaultEditor(example.twin()).getId());
        IEditorPart editor = IDE.openEditor(page(), example.twin()); // what the Project Explorer's Open does
        assertTrue(editor instanceof TwinEditor, editor.getClass().getName());
        IFile linked = ResourcesPlugin.getWorkspace().getRoot().getProject("riverside").getFile("model/riverside.twin");
        if (linked.exists()) {
            assertEquals(TwinEditor.ID, IDE.getDefaultEditor(linked).getId(), "the example project's file too");
        }
    }

    @Test
    @DisplayName("keywords, comments, plant references, connections, units and data types are coloured")
    void theTextIsColoured() throws Exception {
        TwinEditor editor = open();
        StyledText text = editor.viewer().getTextWidget();
        String content = editor.viewer().getDocument().get();
        int reference = content.indexOf("Tank3.BathTemp {");
        Ui.await("semantic colouring of Tank3.BathTemp", SERVER, () -> rgb(text, reference + 2) != null
                && new RGB(0, 110, 110).equals(rgb(text, reference + 2)));
        assertStyle(text, content.indexOf("map PLC4 holding 40021"), new RGB(127, 0, 85), SWT.BOLD, "keyword map");
        assertStyle(text, content.indexOf("// riverside.twin"), new RGB(63, 127, 95), SWT.NORMAL, "comment");
        assertStyle(text, content.indexOf("PLC4 holding 40021"), new RGB(0, 0, 192), SWT.ITALIC, "connection PLC4");
        assertStyle(text, content.indexOf("degC, valid 0 .. 40 }") , new RGB(0, 128, 0), SWT.NORMAL, "unit degC");
        assertStyle(text, content.indexOf("float32 \"Rect_Amps_3\""), new RGB(128, 0, 128), SWT.BOLD, "data type (a keyword too)");
        assertStyle(text, content.indexOf("\"Temp_Sensor_7B\""), new RGB(42, 0, 255), SWT.NORMAL, "HMI tag");
        editor.selectAndReveal(reference, "Tank3.BathTemp".length());
        Ui.settle(Duration.ofSeconds(1));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "twin-editor-colours");
    }

    @Test
    @DisplayName("a wrong unit typed into a mapping gets a squiggle and a Problems entry with its code, which go when fixed")
    void aWrongUnitIsMarkedAsYouType() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        String mapping = "\"Rect_Amps_3\" -> Tank3.RectifierCurrent { unit A }";
        int at = document.get().indexOf(mapping) + mapping.indexOf("A }");
        int line = lineOf(document.get(), mapping);
        document.replace(at, 1, "amps");
        Ui.await("a problem marker on the wrong unit", SERVER, () -> !unitMarkers().isEmpty());
        IMarker marker = unitMarkers().get(0);
        assertEquals(at, marker.getAttribute(IMarker.CHAR_START, -1), "the marker starts at the unit");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        Ui.await("the squiggle on amps", Duration.ofSeconds(20), () -> squiggleAt(editor, at) != null);
        IMarker squiggled = ((MarkerAnnotation) squiggleAt(editor, at)).getMarker();
        assertEquals(marker, squiggled, "the squiggle is the Problems entry's marker");
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        System.out.println("[twin-editor] marker " + marker.getAttribute(ProblemMarkers.CODE, "") + ": " + message);
        assertFalse(message.isBlank(), "the Problems entry says what is wrong");
        // The Problems view batches its updates; a freshly opened one lists the new marker at once. The caret
        // (not a selection) sits on the unit so that the squiggle stays visible in the screenshot.
        IWorkbenchPage page = editor.getSite().getPage();
        page.hideView(page.findView(IPageLayout.ID_PROBLEM_VIEW));
        page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        editor.selectAndReveal(at, 0);
        Ui.settle(Duration.ofMillis(1500));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "twin-editor-problem");

        document.replace(at, 4, "A");
        Ui.await("the marker to go once the unit is right", SERVER, () -> unitMarkers().isEmpty());
    }

    @Test
    @DisplayName("content assist after -> Tank3 proposes the tank's signals by qualified name, with kind, quantity, unit and range")
    void contentAssistProposesSignals() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        String line = "\nmap PLC4 holding 40050 int16 \"New_Tag\" -> Tank3";
        document.replace(document.getLength(), 0, line);
        int offset = document.getLength();
        editor.selectAndReveal(offset, 0);
        List<String> proposals = new ArrayList<>();
        Ui.await("completion proposals", SERVER, () -> {
            proposals.clear();
            for (ICompletionProposal proposal : new TwinCompletionProcessor(editor::session)
                    .computeCompletionProposals(editor.viewer(), offset)) {
                proposals.add(proposal.getDisplayString());
            }
            return !proposals.isEmpty();
        });
        assertTrue(proposals.contains("Tank3.BathTemp \u2014 measurement \u00b7 temperature \u00b7 \u00b0C \u00b7 0 .. 40"),
                proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("Tank3.RectifierCurrent")), proposals::toString);
        editor.viewer().getTextOperationTarget().doOperation(org.eclipse.jface.text.source.ISourceViewer.CONTENTASSIST_PROPOSALS);
        Ui.settle(Duration.ofSeconds(2));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "twin-editor-content-assist");
    }

    @Test
    @DisplayName("hovering a Modbus address shows its canonical and Modicon form; hovering a signal its calibration")
    void hoverShowsTheCanonicalAddress() throws Exception {
        TwinEditor editor = open();
        String content = editor.viewer().getDocument().get();
        TwinTextHover hover = new TwinTextHover(editor::session);
        int address = content.indexOf("40021 int16") + 2;
        String[] text = new String[1];
        Ui.await("hover text of the address", SERVER, () -> {
            text[0] = hover.getHoverInfo(editor.viewer(), hover.getHoverRegion(editor.viewer(), address));
            return text[0] != null;
        });
        assertTrue(text[0].contains("holding:") && text[0].contains("Modicon 4"), text[0]);
        int signal = content.indexOf("Tank2.BathTemp {") + 8;
        String signalText = hover.getHoverInfo(editor.viewer(), new Region(signal, 0));
        assertNotNull(signalText, "no hover on Tank2.BathTemp");
        assertTrue(signalText.contains("TT_Tank2"), signalText);
    }

    @Test
    @DisplayName("Save writes the edited text to the file; Undo takes the edit back")
    void saveWritesTheFile() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        String added = "\n// checked by the night shift\n";
        document.replace(document.getLength(), 0, added);
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        String onDisk = Files.readString(example.twin().getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(onDisk.endsWith(added), onDisk.substring(Math.max(0, onDisk.length() - 80)));
        editor.viewer().getTextOperationTarget().doOperation(org.eclipse.jface.text.ITextOperationTarget.UNDO);
        assertFalse(document.get().contains("night shift"));
    }

    private TwinEditor open() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        Ui.settle(Duration.ofMillis(300));
        return editor;
    }

    private List<IMarker> unitMarkers() throws CoreException {
        return Arrays.stream(example.twin().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(ProblemMarkers.CODE, "").startsWith("twin.unit.")).toList();
    }

    private static Annotation squiggleAt(TwinEditor editor, int offset) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        for (Iterator<Annotation> i = model.getAnnotationIterator(); i.hasNext();) {
            Annotation annotation = i.next();
            if (annotation instanceof MarkerAnnotation marker && !annotation.isMarkedDeleted()
                    && "org.eclipse.ui.workbench.texteditor.error".equals(annotation.getType())
                    && model.getPosition(annotation).getOffset() == offset
                    && marker.getMarker().exists()) {
                return annotation;
            }
        }
        return null;
    }

    private static RGB rgb(StyledText text, int offset) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        return range == null || range.foreground == null ? null : range.foreground.getRGB();
    }

    private static void assertStyle(StyledText text, int offset, RGB colour, int fontStyle, String what) {
        assertTrue(offset >= 0, what + " not found");
        StyleRange range = text.getStyleRangeAtOffset(offset);
        assertNotNull(range, "no style on " + what);
        assertEquals(colour, range.foreground == null ? null : range.foreground.getRGB(), what);
        assertEquals(fontStyle, range.fontStyle, what + " font style");
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + needle);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
