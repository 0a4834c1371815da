/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.fieldbridge.dsl.ui.assist.TwinCompletionProcessor;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.navigation.EditorNavigation;
import org.fieldbridge.dsl.ui.navigation.GoToDefinitionAction;
import org.fieldbridge.dsl.ui.navigation.PlantNavigation;
import org.fieldbridge.dsl.ui.navigation.TwinHyperlinkDetector;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Content assist of each kind and navigation (Go to Definition by F3's command, Ctrl+click links, Open
 * Instrument) in the {@code .twin} editor of the product's workbench, on a copy of the Riverside example.
 */
@DisplayName("Content assist and navigation in the .twin editor")
class AssistAndNavigationTest {

    private static final Duration SERVER = Duration.ofSeconds(90);
    private static final String BATH_TEMP_3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";

    @RegisterExtension
    final ExampleProject example = new ExampleProject("assist-and-navigation");

    // ------------------------------------------------------------------------------------------- assist

    @Test
    @DisplayName("units: only those of the signal's quantity, the signal's own first")
    void unitsOfTheSignalsQuantity() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        String options = "-> Tank3.RectifierCurrent { unit A }";
        int at = document.get().indexOf(options) + options.indexOf("A }");
        document.replace(at, 1, "");
        List<String> proposals = proposals(editor, at);
        assertTrue(proposals.get(0).startsWith("A \u2014 ampere"), proposals::toString);
        assertTrue(proposals.get(0).endsWith("the signal's unit"), proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("mA \u2014")), proposals::toString);
        assertFalse(proposals.stream().anyMatch(p -> p.startsWith("degC")), proposals::toString);
        showProposals(editor, at, "twin-editor-assist-units");
    }

    @Test
    @DisplayName("data types: with the registers they take")
    void dataTypes() throws Exception {
        TwinEditor editor = open();
        int at = append(editor, "\nmap PLC4 holding 40050 ");
        List<String> proposals = proposals(editor, at);
        assertTrue(proposals.contains("float32 \u2014 IEEE 754 single \u00b7 2 registers, word order applies"),
                proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("string(10) \u2014")), proposals::toString);
    }

    @Test
    @DisplayName("byte and word orders: whole settings in a mapping's options")
    void byteAndWordOrders() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        String options = "-> Tank3.RectifierCurrent { unit A }";
        int at = document.get().indexOf(options) + options.indexOf(" }");
        document.replace(at, 0, ", ");
        List<String> proposals = proposals(editor, at + 2);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("word order little \u2014 low word first")),
                proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("byte order big \u2014")), proposals::toString);
    }

    @Test
    @DisplayName("addresses: the next free register of the connection in each spelling")
    void addressSpellings() throws Exception {
        TwinEditor editor = open();
        int at = append(editor, "\nmap PLC4 ");
        List<String> proposals = proposals(editor, at);
        assertTrue(proposals.stream().anyMatch(p -> p.equals("holding 31 \u2014 next free holding register of PLC4: holding:30, Modicon 400031")),
                proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("400031 \u2014")), proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("holding-register:31 \u2014")), proposals::toString);
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("input 15 \u2014")), proposals::toString);
        showProposals(editor, at, "twin-editor-assist-addresses");
    }

    @Test
    @DisplayName("connections: the file's, with their protocol")
    void connectionNames() throws Exception {
        TwinEditor editor = open();
        int at = append(editor, "\nmap ");
        List<String> proposals = proposals(editor, at);
        assertTrue(proposals.contains("PLC4 \u2014 Modbus TCP connection"), proposals::toString);
        assertTrue(proposals.contains("Oven2 \u2014 OPC UA connection"), proposals::toString);
    }

    // --------------------------------------------------------------------------------------- navigation

    @Test
    @DisplayName("F3 on a connection use selects the connection's name in its declaration")
    void goToDefinitionOfAConnection() throws Exception {
        TwinEditor editor = open();
        String text = editor.viewer().getDocument().get();
        editor.selectAndReveal(text.indexOf("map PLC4 holding 40021") + "map PL".length(), 0);
        TriggerSequence[] keys = PlatformUI.getWorkbench().getService(IBindingService.class)
                .getActiveBindingsFor(GoToDefinitionAction.COMMAND);
        assertTrue(Arrays.stream(keys).anyMatch(k -> k.format().equals("F3")), Arrays.toString(keys));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GoToDefinitionAction.COMMAND, null);
        int declaration = text.indexOf("connection PLC4") + "connection ".length();
        Ui.await("the declaration selected", SERVER, () -> selection(editor).getOffset() == declaration);
        assertEquals(4, selection(editor).getLength(), "PLC4 is selected");
    }

    @Test
    @DisplayName("Go to Definition on a plant signal opens the plant editor with the signal selected")
    void goToDefinitionOfAPlantSignal() throws Exception {
        TwinEditor editor = open();
        String text = editor.viewer().getDocument().get();
        editor.selectAndReveal(text.indexOf("-> Tank3.BathTemp {") + "-> Tank3.Ba".length(), 0);
        editor.getAction(EditorNavigation.GO_TO_DEFINITION).run();
        Ui.await("the plant editor", SERVER, () -> activeEditorId().equals(PlantNavigation.PLANT_EDITOR));
        IEditorPart plant = page().getActiveEditor();
        assertEquals("riverside.plant", plant.getEditorInput().getName());
        Ui.await("Tank3.BathTemp selected in the plant editor", Duration.ofSeconds(20),
                () -> selectedFragments(plant).equals(List.of(BATH_TEMP_3)));
        Ui.settle(Duration.ofMillis(500));
        Screenshots.save(Screenshots.capture(plant.getSite().getShell()), "twin-editor-go-to-plant-signal");
    }

    @Test
    @DisplayName("Ctrl+click on the signal of an expired calibration offers Go to Definition and Open instrument TT_Tank2")
    void hyperlinksOnTheSignalOfAnExpiredCalibration() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        int signal = document.get().indexOf("-> Tank2.BathTemp {") + "-> Tank2.Ba".length();
        awaitFacts(editor, signal);
        IHyperlink[] links = new TwinHyperlinkDetector(() -> editor).detectHyperlinks(editor.viewer(),
                new Region(signal, 0), true);
        assertNotNull(links, "links on Tank2.BathTemp");
        List<String> labels = Arrays.stream(links).map(IHyperlink::getHyperlinkText).toList();
        assertEquals(List.of("Go to Definition", "Open instrument TT_Tank2"), labels);
        int start = document.get().indexOf("Tank2.BathTemp {");
        assertEquals(start, links[0].getHyperlinkRegion().getOffset(), "the link covers the reference");
        assertEquals("Tank2.BathTemp".length(), links[0].getHyperlinkRegion().getLength());
        assertFalse(hasLinks(editor, document.get().indexOf("holding 40021") + 2), "no link on an address");
        links[1].open();
        Ui.await("TT_Tank2 selected in the plant editor", SERVER,
                () -> activeEditorId().equals(PlantNavigation.PLANT_EDITOR)
                        && selectedFragments(page().getActiveEditor()).stream().anyMatch(f -> f.endsWith("TT_Tank2")));
        Ui.settle(Duration.ofMillis(500));
        Screenshots.save(Screenshots.capture(page().getActiveEditor().getSite().getShell()),
                "twin-editor-open-instrument");
    }

    @Test
    @DisplayName("the context menu offers Open instrument TT_Tank2 on that mapping, and not on a calibrated one")
    void openInstrumentFromTheContextMenu() throws Exception {
        TwinEditor editor = open();
        String text = editor.viewer().getDocument().get();
        int expired = text.indexOf("\"Temp_Sensor_2A\"");
        awaitFacts(editor, expired);
        editor.selectAndReveal(text.indexOf("\"Temp_Sensor_7B\""), 0);
        assertFalse(contextMenuLabels(editor).stream().anyMatch(l -> l.startsWith("Open instrument")),
                "TT_Tank3 is calibrated");
        editor.selectAndReveal(expired, 0);
        List<String> labels = contextMenuLabels(editor);
        assertTrue(labels.contains("Open instrument TT_Tank2"), labels::toString);
        assertTrue(labels.contains("Go to &Definition"), labels::toString);
        IAction open = editor.getAction(EditorNavigation.OPEN_INSTRUMENT);
        open.run();
        Ui.await("TT_Tank2 selected in the plant editor", SERVER,
                () -> activeEditorId().equals(PlantNavigation.PLANT_EDITOR)
                        && selectedFragments(page().getActiveEditor()).stream().anyMatch(f -> f.endsWith("TT_Tank2")));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private TwinEditor open() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        Ui.settle(Duration.ofMillis(300));
        return editor;
    }

    private static int append(TwinEditor editor, String text) throws Exception {
        IDocument document = editor.viewer().getDocument();
        document.replace(document.getLength(), 0, text);
        editor.selectAndReveal(document.getLength(), 0);
        return document.getLength();
    }

    /** The proposals' display strings, as the content assistant computes them (off the UI thread there). */
    private static List<String> proposals(TwinEditor editor, int offset) {
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
        System.out.println("[assist] " + proposals);
        return proposals;
    }

    private static void showProposals(TwinEditor editor, int offset, String screenshot) throws Exception {
        editor.selectAndReveal(offset, 0);
        editor.viewer().getTextOperationTarget()
                .doOperation(org.eclipse.jface.text.source.ISourceViewer.CONTENTASSIST_PROPOSALS);
        Ui.settle(Duration.ofSeconds(2));
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), screenshot);
    }

    private static void awaitFacts(TwinEditor editor, int offset) {
        Ui.await("the editor's navigation facts", SERVER, () -> editor.navigation().index()
                .current(editor.viewer().getDocument()).referenceAt(offset) != null
                || !editor.navigation().index().current(editor.viewer().getDocument()).instruments().isEmpty());
    }

    private static boolean hasLinks(TwinEditor editor, int offset) {
        IHyperlink[] links = new TwinHyperlinkDetector(() -> editor).detectHyperlinks(editor.viewer(),
                new Region(offset, 0), true);
        return links != null && links.length > 0;
    }

    private static List<String> contextMenuLabels(TwinEditor editor) {
        MenuManager menu = new MenuManager();
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_UNDO));
        editor.navigation().contextMenu(menu);
        List<String> labels = new ArrayList<>();
        for (var item : menu.getItems()) {
            if (item instanceof org.eclipse.jface.action.ActionContributionItem action) {
                labels.add(action.getAction().getText());
            }
        }
        menu.dispose();
        return labels;
    }

    private static ITextSelection selection(TwinEditor editor) {
        return (ITextSelection) editor.getSelectionProvider().getSelection();
    }

    private static List<String> selectedFragments(IEditorPart editor) {
        ISelection selection = editor.getSite().getSelectionProvider().getSelection();
        List<String> fragments = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof EObject object) {
                    fragments.add(EcoreUtil.getURI(object).fragment());
                }
            }
        }
        return fragments;
    }

    private static String activeEditorId() {
        IEditorPart active = page().getActiveEditor();
        return active == null ? "" : active.getSite().getId();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
