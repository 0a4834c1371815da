/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, with one addition for a client in the same process: a read of a document's
 * resource in the server's own request order (after every change sent before), for what LSP has no
 * lossless message for (the language's own semantic highlighting styles).
 */
public class InProcessLanguageServer extends LanguageServerImpl {

    /**
     * @param uri the document, as the server spells it
     * @param work runs on the server's executor with the document's parsed and linked resource
     * @return what the work returned
     */
    public <T> CompletableFuture<T> read(String uri, Function<ILanguageServerAccess.Context, T> work) {
        return getLanguageServerAccess().doRead(uri, work);
    }
}
