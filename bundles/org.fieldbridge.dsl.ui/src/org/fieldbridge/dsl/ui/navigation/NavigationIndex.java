/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import java.time.LocalDate;

import org.eclipse.jface.text.IDocument;
import org.fieldbridge.dsl.ide.navigation.NavigationFacts;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * The latest {@link NavigationFacts} of an editor's document, with the text they were computed on. Refreshed in
 * the background after each reconcile; read on the UI thread (hyperlinks under the mouse, the context menu)
 * without waiting for the server. While the text differs from the one the facts describe (typing since), there
 * are no links: the next reconcile brings them back.
 */
public final class NavigationIndex {

    private record Computed(String text, NavigationFacts facts) {
    }

    private volatile Computed latest = new Computed("", NavigationFacts.NONE);

    /**
     * Asks the server for the facts of the document as it was just sent (call after {@link DocumentSession#flush()},
     * off the UI thread); they replace the current ones when they arrive.
     */
    public void refresh(TwinLanguageServer server, DocumentSession session) {
        server.read(session.uri(), context -> context.getDocument() == null ? null
                : new Computed(context.getDocument().getContents(),
                        NavigationFacts.of(context.getResource(), LocalDate.now())))
                .thenAccept(computed -> {
                    if (computed != null) {
                        latest = computed; // labelled with the very text the server read
                    }
                });
    }

    /** @return the facts, if they describe the document's current text; otherwise none */
    public NavigationFacts current(IDocument document) {
        Computed computed = latest;
        return document != null && computed.text().equals(document.get()) ? computed.facts() : NavigationFacts.NONE;
    }
}
