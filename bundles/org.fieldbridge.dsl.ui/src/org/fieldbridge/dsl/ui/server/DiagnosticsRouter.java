/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.core.runtime.ILog;

/**
 * The workbench's side of the language server: hands the diagnostics the server publishes for a document to
 * whoever opened it (the server also reports the files of a folder nobody has open; those are dropped, the
 * project builder owns them). Runs on the server's threads, never on the UI thread.
 */
public final class DiagnosticsRouter implements LanguageClient {

    private final Map<String, Consumer<List<Diagnostic>>> receivers = new ConcurrentHashMap<>();

    /** Routes the diagnostics of a document (by server URI) to a receiver, replacing an earlier one. */
    public void register(String uri, Consumer<List<Diagnostic>> receiver) {
        receivers.put(uri, receiver);
    }

    public void unregister(String uri) {
        receivers.remove(uri);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        Consumer<List<Diagnostic>> receiver = receivers.get(diagnostics.getUri());
        if (receiver != null) {
            receiver.accept(diagnostics.getDiagnostics());
        }
    }

    @Override
    public void telemetryEvent(Object object) {
        // nothing is collected
    }

    @Override
    public void showMessage(MessageParams message) {
        logMessage(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        ILog.of(DiagnosticsRouter.class).info("language server: " + message.getMessage());
    }
}
