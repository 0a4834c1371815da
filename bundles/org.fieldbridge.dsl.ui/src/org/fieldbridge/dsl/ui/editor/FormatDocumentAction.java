/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.widgets.Display;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * Format (Ctrl+Shift+F): the language's formatter, through the server's formatting request, applied as one
 * undoable change. The request runs in the background; its edits are dropped if the text changed meanwhile.
 */
final class FormatDocumentAction extends Action {

    /** Command of the action (bound to Ctrl+Shift+F in the .twin editor). */
    static final String COMMAND = "org.fieldbridge.dsl.ui.format";

    private final TwinEditor editor;

    FormatDocumentAction(TwinEditor editor) {
        super("Format");
        this.editor = editor;
        setActionDefinitionId(COMMAND);
    }

    @Override
    public void run() {
        format();
    }

    /** @return done once the formatted text is in the document (or formatting was dropped) */
    CompletableFuture<Void> format() {
        Display display = Display.getCurrent();
        DocumentSession session = editor.session();
        return CompletableFuture.supplyAsync(() -> session == null ? null : session.flush())
                .thenCompose(server -> server == null ? CompletableFuture.completedFuture(List.<TextEdit>of())
                        : request(server, session))
                .thenAccept(edits -> {
                    TextSnapshot text = session.sent();
                    display.syncExec(() -> apply(edits, text));
                });
    }

    private static CompletableFuture<List<TextEdit>> request(TwinLanguageServer server, DocumentSession session) {
        DocumentFormattingParams params = new DocumentFormattingParams(session.identifier(),
                new FormattingOptions(4, true));
        return server.documents().formatting(params).thenApply(edits -> new ArrayList<TextEdit>(edits));
    }

    private void apply(List<TextEdit> edits, TextSnapshot text) {
        ISourceViewer viewer = editor.viewer();
        if (viewer == null || edits.isEmpty()) {
            return;
        }
        IDocument document = viewer.getDocument();
        if (!document.get().equals(text.text())) {
            return;
        }
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparingInt((TextEdit e) -> text.offset(e.getRange().getStart())).reversed());
        IRewriteTarget target = ((ITextViewerExtension) viewer).getRewriteTarget();
        target.beginCompoundChange();
        try {
            for (TextEdit edit : backwards) {
                int start = text.offset(edit.getRange().getStart());
                int end = text.offset(edit.getRange().getEnd());
                document.replace(start, end - start, edit.getNewText());
            }
        } catch (BadLocationException e) {
            // the edits were computed on this very text: cannot happen
        } finally {
            target.endCompoundChange();
        }
    }
}
