/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * The semantic highlighting of a document as the language's IDE services compute it
 * ({@code TwinSemanticHighlightingCalculator}), read from the language server's copy of the document.
 *
 * @param text the text the ranges refer to
 * @param ranges the highlighted ranges with their style ids ({@code TwinHighlightingStyles})
 */
public record SemanticHighlights(String text, List<Range> ranges) {

    /** A highlighted range of the text. */
    public record Range(int offset, int length, String style) {
    }

    /** Computes the highlighting of the server's current copy of the document, on the server's threads. */
    public static CompletableFuture<SemanticHighlights> of(TwinLanguageServer server, String uri) {
        return server.read(uri, context -> {
            if (!(context.getResource() instanceof XtextResource resource) || context.getDocument() == null) {
                return new SemanticHighlights("", List.of());
            }
            List<Range> ranges = new ArrayList<>();
            ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
                    .get(ISemanticHighlightingCalculator.class);
            calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
                for (String style : styles) {
                    ranges.add(new Range(offset, length, style));
                }
            }, context.getCancelChecker());
            return new SemanticHighlights(context.getDocument().getContents(), ranges);
        });
    }
}
