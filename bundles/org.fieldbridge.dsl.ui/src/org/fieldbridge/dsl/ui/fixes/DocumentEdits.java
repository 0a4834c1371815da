/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.fieldbridge.dsl.ui.server.TextSnapshot;

/**
 * Applies the text edits of an LSP {@link WorkspaceEdit} for one document to the editor's {@link IDocument}, as
 * one change that one Undo takes back. The edits refer to the text they were computed on; if the document
 * has changed since, nothing is applied (positions would be wrong).
 */
public final class DocumentEdits {

    private DocumentEdits() {
    }

    /** One edit in offsets of the text. */
    private record Replacement(int offset, int length, String text) {
    }

    /**
     * @param document the editor's document
     * @param computedOn the text the edit was computed on
     * @param uri the document's URI at the server
     * @param edit the code action's edit
     * @return whether the edit was applied (false: the document changed since, or the edit is for no document)
     */
    public static boolean apply(IDocument document, TextSnapshot computedOn, String uri, WorkspaceEdit edit)
            throws BadLocationException {
        List<TextEdit> edits = edits(uri, edit);
        if (edits.isEmpty() || !document.get().equals(computedOn.text())) {
            return false;
        }
        List<Replacement> replacements = new ArrayList<>();
        for (TextEdit textEdit : edits) {
            int start = computedOn.offset(textEdit.getRange().getStart());
            int end = computedOn.offset(textEdit.getRange().getEnd());
            replacements.add(new Replacement(start, end - start, textEdit.getNewText()));
        }
        // from the end backwards, so that earlier offsets stay valid
        replacements.sort(Comparator.comparingInt(Replacement::offset).reversed());
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            for (Replacement replacement : replacements) {
                document.replace(replacement.offset(), replacement.length(), replacement.text());
            }
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
        return true;
    }

    /** The edits for the document: from {@code changes} or {@code documentChanges}, whichever the server used. */
    static List<TextEdit> edits(String uri, WorkspaceEdit edit) {
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getChanges() != null) {
            edit.getChanges().forEach((key, value) -> {
                if (sameDocument(key, uri) || edit.getChanges().size() == 1) {
                    edits.addAll(value);
                }
            });
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    TextDocumentEdit documentEdit = change.getLeft();
                    if (sameDocument(documentEdit.getTextDocument().getUri(), uri)) {
                        documentEdit.getEdits().stream().filter(e -> e.isLeft()).forEach(e -> edits.add(e.getLeft()));
                    }
                }
            }
        }
        return edits;
    }

    /** Xtext writes {@code file:///x} or {@code file:/x} depending on where the URI came from. */
    private static boolean sameDocument(String a, String b) {
        return a.replaceFirst("^file:/+", "file:/").equals(b.replaceFirst("^file:/+", "file:/"));
    }
}
