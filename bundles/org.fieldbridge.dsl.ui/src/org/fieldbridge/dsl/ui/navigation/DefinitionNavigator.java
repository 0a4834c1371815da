/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.DocumentUris;

/**
 * Go to Definition in a {@code .twin} editor: asks the server in the background ({@link Definitions}), then, on
 * the UI thread, selects the declaration in this file (a connection), or opens the plant editor with the
 * element selected (a plant reference), or another file at the definition.
 */
public final class DefinitionNavigator {

    private final TwinEditor editor;

    public DefinitionNavigator(TwinEditor editor) {
        this.editor = editor;
    }

    /**
     * Goes to the definition of what is at the offset.
     *
     * @return done once the definition is shown (or there was none: the status line says so)
     */
    public CompletableFuture<Void> goTo(int offset) {
        Display display = Display.getCurrent();
        DocumentSession session = editor.session();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Definitions.at(session, offset).whenComplete((target, failure) -> display.asyncExec(() -> {
            try {
                if (failure != null) {
                    ILog.of(getClass()).warn("Go to Definition: the language server did not answer", failure);
                    status("No definition: the language server did not answer.");
                } else if (target == null) {
                    status("No definition here: Go to Definition follows connections and plant references.");
                } else {
                    show(target, session);
                }
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        }));
        return done;
    }

    private void show(Definitions.Target target, DocumentSession session) throws PartInitException {
        URI uri = URI.createURI(target.location().getUri());
        URI file = uri.trimFragment();
        if (!file.isFile()) {
            status("The definition is not in a file: " + uri);
            return;
        }
        IWorkbenchPage page = editor.getSite().getPage();
        if (session != null && DocumentUris.of(Path.of(file.toFileString())).equals(session.uri())) {
            int start = target.text().offset(target.location().getRange().getStart());
            int end = target.text().offset(target.location().getRange().getEnd());
            page.activate(editor);
            editor.selectAndReveal(start, end - start);
        } else if ("plant".equals(file.fileExtension())) {
            PlantNavigation.open(page, uri);
        } else {
            openText(page, Path.of(file.toFileString()), target.location().getRange().getStart(),
                    target.location().getRange().getEnd());
        }
    }

    private static void openText(IWorkbenchPage page, Path path, Position start, Position end)
            throws PartInitException {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
        IEditorPart opened = files.length > 0 ? IDE.openEditor(page, files[0], true)
                : IDE.openEditor(page, path.toUri(), TwinEditor.ID, true);
        if (opened instanceof ITextEditor text) {
            IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
            try {
                int from = document.getLineOffset(start.getLine()) + start.getCharacter();
                int to = document.getLineOffset(end.getLine()) + end.getCharacter();
                text.selectAndReveal(from, to - from);
            } catch (BadLocationException e) {
                // the file changed since the server read it: it is open, at its start
            }
        }
    }

    private void status(String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }
}
