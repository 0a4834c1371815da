/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;

/**
 * One open {@code .twin} document as the language server knows it: opens it there on first use, sends the
 * document's text whenever it changed ({@link #flush()}, called from the reconciler's thread and before each
 * request), closes it, and turns the diagnostics published for it into the file's problem markers.
 *
 * <p>The whole text is sent on each change: simple, always in step, and cheap next to the re-validation the
 * server does for it anyway.</p>
 */
public final class DocumentSession {

    private final Supplier<TwinLanguageServer> servers;
    private final IDocument document;
    private final Path location;
    private final String uri;
    private final ProblemMarkers markers;
    private TwinLanguageServer server;
    private volatile TextSnapshot sent;
    private int version;
    private boolean closed;

    /**
     * @param servers gives the (started) language server; called off the UI thread, on first use
     * @param file the workspace file, or null for a file outside the workspace (no markers then)
     * @param location the file in the file system
     */
    public DocumentSession(Supplier<TwinLanguageServer> servers, IDocument document, IFile file, Path location) {
        this.servers = servers;
        this.document = document;
        this.location = location;
        this.uri = DocumentUris.of(location);
        this.markers = file == null ? null : new ProblemMarkers(file);
    }

    /** @return the document's URI at the server */
    public String uri() {
        return uri;
    }

    public TextDocumentIdentifier identifier() {
        return new TextDocumentIdentifier(uri);
    }

    /**
     * Makes the server's copy of the document equal to the document (opening it at the server first).
     *
     * @return the server, or null once the session is closed
     */
    public TwinLanguageServer flush() {
        return send(false);
    }

    /**
     * Has the server check the document again even if its text is unchanged (something it imports changed);
     * does nothing before the document was first sent or once the session is closed.
     */
    public synchronized void recheck() {
        if (server != null) {
            send(true);
        }
    }

    private synchronized TwinLanguageServer send(boolean always) {
        if (closed) {
            return null;
        }
        String text = document.get();
        if (server == null) {
            server = servers.get();
            server.addFolder(location.getParent());
            server.diagnostics().register(uri, diagnostics -> published(diagnostics));
            sent = new TextSnapshot(text);
            version = 1;
            server.documents().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "twin", version, text)));
            server.opened(this);
        } else if (always || !text.equals(sent.text())) {
            sent = new TextSnapshot(text);
            version++;
            server.documents().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(text))));
        }
        return server;
    }

    /** @return the text the server has now (after {@link #flush()}), to read its answers against */
    public TextSnapshot sent() {
        return sent;
    }

    private void published(List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        TextSnapshot text = sent;
        if (markers != null && text != null) {
            markers.update(diagnostics, text);
        }
    }

    /**
     * Closes the document at the server.
     *
     * @param discarded whether the editor's changes were thrown away: the markers then describe text that no
     *        longer exists, and the saved files are checked again
     */
    public synchronized void close(boolean discarded) {
        closed = true;
        if (server != null) {
            server.closed(this);
            server.diagnostics().unregister(uri);
            server.documents().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        }
        if (discarded && markers != null) {
            markers.discard();
        }
    }
}
