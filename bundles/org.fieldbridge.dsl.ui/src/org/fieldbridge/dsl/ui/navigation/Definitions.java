/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * Asks the language server where what is at an offset is defined ({@code textDocument/definition}), never on
 * the UI thread: the document is handed to the server and the question asked in the background.
 */
public final class Definitions {

    /** Where a definition is, with the text the server answered on (to turn its range into offsets). */
    public record Target(Location location, TextSnapshot text) {
    }

    private Definitions() {
    }

    /**
     * @param session the editor's session with the server (null: no definitions)
     * @param offset an offset of the document's current text
     * @return the first definition, or null when there is none
     */
    public static CompletableFuture<Target> at(DocumentSession session, int offset) {
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(session::flush).thenCompose(server -> {
            TextSnapshot text = session.sent();
            if (server == null || text == null) {
                return CompletableFuture.completedFuture(null);
            }
            return ask(server, session, text, offset);
        });
    }

    private static CompletableFuture<Target> ask(TwinLanguageServer server, DocumentSession session,
            TextSnapshot text, int offset) {
        return server.documents().definition(new DefinitionParams(session.identifier(), text.position(offset)))
                .thenApply(result -> {
                    List<? extends Location> locations = result == null ? List.of()
                            : result.isLeft() ? result.getLeft()
                                    : result.getRight().stream().map(link -> new Location(link.getTargetUri(),
                                            link.getTargetSelectionRange())).toList();
                    return locations.isEmpty() ? null : new Target(locations.get(0), text);
                });
    }
}
