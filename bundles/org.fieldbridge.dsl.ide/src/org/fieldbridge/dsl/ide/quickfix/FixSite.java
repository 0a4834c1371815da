/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Where a diagnostic sits, as the fixes that compute their labels from the text need it: the document, the
 * offset where the diagnostic starts, the innermost element there, and where the fixes go.
 *
 * @param resource the document's parsed and linked resource
 * @param document the document's text
 * @param offset where the diagnostic starts
 * @param element the innermost element containing that offset
 * @param uri the document's URI as the client wrote it
 * @param fixes where the fixes go, in the order they are offered
 */
record FixSite(XtextResource resource, Document document, int offset, EObject element, String uri,
        List<DiagnosticResolution> fixes) {

    /**
     * Offers a fix that replaces the text of a node.
     *
     * @param label what the fix does, in the user's words
     * @param node the node whose text is replaced
     * @param text the new text
     */
    void replace(String label, INode node, String text) {
        Range range = new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
        fixes.add(new TextEditResolution(label, uri, List.of(new TextEdit(range, text))));
    }
}
