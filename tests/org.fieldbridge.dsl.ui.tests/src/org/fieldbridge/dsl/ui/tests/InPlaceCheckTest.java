/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The language server updates an open {@code .twin} file's resource in place on each change (partial parsing,
 * kept links and checks) and still reports what a fresh check of the text reports.
 */
@DisplayName("Checking the .twin editor's text in place")
class InPlaceCheckTest {

    private static final Duration SERVER = Duration.ofSeconds(90);

    @RegisterExtension
    final ExampleProject example = new ExampleProject("twin-in-place");

    @Test
    @DisplayName("a wrong unit typed and fixed again is flagged and un-flagged on the same resource")
    void keystrokesUpdateTheOpenFilesResource() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        Resource first = checked(editor);
        String mapping = "\"Rect_Amps_3\" -> Tank3.RectifierCurrent { unit A }";
        int at = document.get().indexOf(mapping) + mapping.indexOf("A }");
        document.replace(at, 1, "amps");
        assertSame(first, checked(editor), "the resource was updated, not loaded again");
        Ui.await("a problem marker on the wrong unit", SERVER, () -> codes().contains("twin.unit.unknown")
                || codes().stream().anyMatch(code -> code.startsWith("twin.unit.")));
        document.replace(at, 4, "A");
        assertSame(first, checked(editor));
        Ui.await("the marker to go once the unit is right", SERVER, () -> codes().isEmpty());
    }

    @Test
    @DisplayName("renaming a connection flags every use of it; renaming it back clears them")
    void anEditThatChangesEveryStatementIsCheckedThroughout() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        int declaration = document.get().indexOf("connection PLC4") + "connection ".length();
        long uses = document.get().lines().filter(line -> line.startsWith("map PLC4")).count();
        document.replace(declaration, 4, "PLC9");
        checked(editor);
        Ui.await("every use of PLC4 to be flagged", SERVER,
                () -> codes().stream().filter("twin.connection.unresolved"::equals).count() >= uses);
        document.replace(declaration, 4, "PLC4");
        checked(editor);
        Ui.await("the flags to go", SERVER, () -> codes().isEmpty());
        // and the same text loaded afresh agrees
        String text = document.get();
        document.set("");
        checked(editor);
        document.set(text);
        checked(editor);
        Ui.await("a fresh check of the same text", SERVER, () -> codes().isEmpty());
        assertEquals(List.of(), codes());
    }

    @Test
    @DisplayName("edits checked one after the other leave the server's copy equal to the text, outline included")
    void successiveEditsOfOneStatementKeepTheServersCopyExact() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        String mapping = "\"Rect_Amps_3\" -> Tank3.RectifierCurrent { unit A }";
        int unit = document.get().indexOf(mapping) + mapping.indexOf("A }");
        document.replace(unit, 1, "mA");
        checked(editor);
        int at = document.get().indexOf("Tank3.RectifierCurrent { unit mA }") + "Tank3.".length();
        document.replace(at, "RectifierCurrent".length(), "BathTemp");
        checked(editor);
        document.replace(at + "BathTemp".length(), 0, "");
        TwinLanguageServer server = editor.session().flush();
        String parsed = server.read(editor.session().uri(), context -> ((org.eclipse.xtext.resource.XtextResource) context
                .getResource()).getParseResult().getRootNode().getText()).get(SERVER.toSeconds(), TimeUnit.SECONDS);
        assertEquals(document.get(), parsed, "the server parsed the text as it is");
        List<String> names = server.documents()
                .documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(editor.session().identifier()))
                .get(SERVER.toSeconds(), TimeUnit.SECONDS).get(0).getRight().getChildren().stream()
                .map(symbol -> symbol.getName()).toList();
        assertTrue(names.contains("\"Rect_Amps_3\" holding 40023 -> Tank3.BathTemp"), names.toString());
    }

    /** Sends the text, waits for the server's check and returns the resource it checked. */
    private static Resource checked(TwinEditor editor) throws Exception {
        TwinLanguageServer server = editor.session().flush();
        return server.read(editor.session().uri(), context -> (Resource) context.getResource())
                .get(SERVER.toSeconds(), TimeUnit.SECONDS);
    }

    private List<String> codes() throws CoreException {
        return Arrays.stream(example.twin().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .map(m -> m.getAttribute(ProblemMarkers.CODE, "")).toList();
    }

    private TwinEditor open() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        IDocument document = editor.viewer().getDocument();
        Ui.await("the first check", SERVER,
                () -> !editor.navigation().index().current(document).references().isEmpty());
        return editor;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
