/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The language server keeps the imported plant loaded between the checks of an open {@code .twin} file (a
 * keystroke parses the {@code .twin} file only) and still follows every change of the plant: saved in the
 * workbench, the open file is checked again at once; changed on disk behind the workbench's back, the next
 * check reads it again.
 */
@DisplayName("The .twin editor and its plant")
class PlantChangesTest {

    private static final Duration SERVER = Duration.ofSeconds(90);
    private static final String UNRESOLVED = "twin.signal.unresolved";

    @RegisterExtension
    final ExampleProject example = new ExampleProject("twin-plant-changes");
    private final String plantText = ExampleProject.text("riverside.plant");

    @Test
    @DisplayName("a plant saved in the workbench re-flags the open .twin file without a keystroke, and un-flags it")
    void savingThePlantChecksTheOpenTwinFileAgain() throws Exception {
        TwinEditor editor = open();
        assertTrue(unresolved().isEmpty(), "the example resolves");
        example.plant().setContents(stream(plantText.replace("name=\"RectifierCurrent\"", "name=\"RectifierAmps\"")),
                IResource.FORCE, null);
        Ui.await("the open file's mappings of RectifierCurrent to be flagged", SERVER, () -> unresolved().size() >= 3);
        assertTrue(unresolved().stream().allMatch(m -> org.fieldbridge.workspace.ProblemMarkers.EDITOR_SOURCE
                .equals(m.getAttribute(IMarker.SOURCE_ID, ""))), "the editor's markers (no builder in this project)");
        assertTrue(!editor.isDirty(), "nothing was typed");
        example.plant().setContents(stream(plantText), IResource.FORCE, null);
        Ui.await("the flags to go once the plant has the signal again", SERVER, () -> unresolved().isEmpty());
    }

    @Test
    @DisplayName("keystrokes reuse the loaded plant; a plant changed on disk behind the workbench is read again")
    void thePlantStaysLoadedUntilItsFileChanges() throws Exception {
        TwinEditor editor = open();
        IDocument document = editor.viewer().getDocument();
        Resource first = loadedPlant(editor);
        assertNotNull(first, "the plant is loaded with the file");
        type(editor, document);
        assertSame(first, loadedPlant(editor), "a keystroke keeps the plant loaded");
        type(editor, document);
        assertSame(first, loadedPlant(editor), "and the next one too");

        Path file = example.plant().getLocation().toPath();
        Files.writeString(file, plantText.replace("name=\"RectifierCurrent\"", "name=\"RectifierAmps\""));
        // a different size and stamp even where the file system counts time in seconds
        assertTrue(file.toFile().setLastModified(file.toFile().lastModified() + 2_000));
        type(editor, document);
        Resource second = loadedPlant(editor);
        assertNotSame(first, second, "the changed file is read again");
        Ui.await("the mappings of the renamed signal to be flagged", SERVER, () -> unresolved().size() >= 3);
    }

    /** Types a space at the end of the text and waits until the server has checked it. */
    private static void type(TwinEditor editor, IDocument document) throws Exception {
        document.replace(document.getLength(), 0, " ");
        TwinLanguageServer server = editor.session().flush();
        server.read(editor.session().uri(), context -> null).get(SERVER.toSeconds(), TimeUnit.SECONDS);
    }

    /** @return the plant resource the server's copy of the document is linked against */
    private static Resource loadedPlant(TwinEditor editor) throws Exception {
        TwinLanguageServer server = editor.session().flush();
        return server.read(editor.session().uri(), context -> context.getResource().getResourceSet().getResources()
                .stream().filter(r -> "riverside.plant".equals(r.getURI().lastSegment())).findFirst().orElse(null))
                .get(SERVER.toSeconds(), TimeUnit.SECONDS);
    }

    private TwinEditor open() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        IDocument document = editor.viewer().getDocument();
        Ui.await("the first check", SERVER,
                () -> !editor.navigation().index().current(document).references().isEmpty());
        return editor;
    }

    private List<IMarker> unresolved() throws CoreException {
        return Arrays.stream(example.twin().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> UNRESOLVED.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
