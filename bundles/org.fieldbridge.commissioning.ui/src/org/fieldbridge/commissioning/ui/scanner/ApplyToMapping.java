/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.scanner;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.scan.EncodingRewrite;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.commissioning.ui.session.MappingOrigin;
import org.fieldbridge.commissioning.ui.session.TwinEditing;
import org.fieldbridge.dsl.ui.TwinUiPlugin;

/**
 * Writes a decoding's data type and byte/word order into its mapping in the .twin editor (opened when needed): the
 * mapping found at its {@code file:line}, the whole statement replaced in one document change, so that one Undo
 * takes it back. The file is not saved: the engineer sees the change and saves it.
 */
final class ApplyToMapping {

    private ApplyToMapping() {
    }

    /**
     * @param page the page whose editor gets the change
     * @param mapping the mapping
     * @param inputs the session's files and folders
     * @param decoding the decoding to write
     * @return what was done, in plant words
     * @throws IllegalStateException saying why nothing was written
     */
    static String apply(IWorkbenchPage page, MappedValue mapping, List<java.nio.file.Path> inputs,
            RankedDecoding decoding) {
        MappingOrigin origin = MappingOrigin.find(mapping.origin(), inputs).orElseThrow(() -> new IllegalStateException(
                mapping.origin() + " is not among the commissioned files"));
        try {
            ITextEditor editor = TwinEditing.open(page, origin.file());
            IDocument document = TwinEditing.document(editor);
            IRegion region = TwinEditing.statementAt(document, origin.line() - 1);
            String statement = document.get(region.getOffset(), region.getLength());
            if (!statement.stripLeading().startsWith("map " + mapping.connection() + " ")) {
                throw new IllegalStateException(mapping.origin() + " no longer holds the mapping of " + mapping.signal()
                        + " (the file changed since it was loaded): save it and open it again in the Connections view");
            }
            String rewritten = new EncodingRewrite(TwinUiPlugin.get().injector()).apply(statement, decoding);
            if (rewritten.equals(statement)) {
                return mapping.origin() + " already reads it as " + decoding.decoding().order() + " "
                        + decoding.twinOptions();
            }
            document.replace(region.getOffset(), region.getLength(), rewritten);
            editor.selectAndReveal(region.getOffset(), rewritten.length());
            return mapping.origin() + " now reads " + decoding.decoding().order() + ": " + decoding.twinOptions()
                    + " (not saved yet; Undo takes it back)";
        } catch (PartInitException | BadLocationException | IllegalArgumentException e) {
            throw new IllegalStateException(mapping.origin() + ": " + e.getMessage(), e);
        }
    }
}
