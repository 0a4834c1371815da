/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Xtext's language server of the {@code .twin} language, run in the workbench's process and called through
 * lsp4j's Java interfaces: no socket, no JSON. One per workbench; every open {@code .twin} editor is a
 * document of it.
 *
 * <p>Xtext's server knows a document only inside a workspace folder, so the folder of each file opened is
 * added as one (the folder is then indexed: its other {@code .twin} files resolve too).</p>
 */
public final class TwinLanguageServer {

    private static final long TIMEOUT_S = 60;

    private final InProcessLanguageServer server;
    private final Injector serverInjector;
    private final DiagnosticsRouter client = new DiagnosticsRouter();
    private final List<Path> folders = new ArrayList<>();
    private final Set<DocumentSession> open = ConcurrentHashMap.newKeySet();

    private TwinLanguageServer(Injector ide) {
        IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
        languages.getExtensionToFactoryMap().put("twin", ide.getInstance(IResourceServiceProvider.class));
        // ServerModule finds languages with java.util.ServiceLoader, which sees nothing across OSGi bundles
        // the imported plants stay loaded between builds until their files change, open documents are updated
        // in place (ServerProject, InPlaceBuilder)
        serverInjector = Guice.createInjector(Modules2.mixin(new ServerModule(), binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
            binder.bind(ProjectManager.class).to(ServerProject.class);
            binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(InPlaceBuilder.class);
        }));
        server = serverInjector.getInstance(InProcessLanguageServer.class);
        server.connect(client);
    }

    /**
     * Creates and initialises the server (seconds: call it off the UI thread).
     *
     * @param ide the injector of the language with its IDE services ({@code TwinIdeSetup})
     */
    public static TwinLanguageServer start(Injector ide) throws Exception {
        TwinLanguageServer started = new TwinLanguageServer(ide);
        InitializeParams init = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceFolders(true);
        capabilities.setWorkspace(workspace);
        TextDocumentClientCapabilities documents = new TextDocumentClientCapabilities();
        // the outline is a tree: DocumentSymbols with children, not flat SymbolInformation
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        documents.setDocumentSymbol(symbols);
        capabilities.setTextDocument(documents);
        init.setCapabilities(capabilities);
        init.setWorkspaceFolders(List.of());
        started.server.initialize(init).get(TIMEOUT_S, TimeUnit.SECONDS);
        started.server.initialized(new InitializedParams());
        return started;
    }

    /** Makes the folder (and what it contains) known to the server, unless a known folder contains it. */
    public synchronized void addFolder(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        if (folders.stream().anyMatch(normal::startsWith)) {
            return;
        }
        folders.add(normal);
        WorkspaceFolder added = new WorkspaceFolder(DocumentUris.of(normal), normal.getFileName().toString());
        server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                new WorkspaceFoldersChangeEvent(List.of(added), List.of())));
    }

    /** A document was opened at the server ({@link DocumentSession}); it is checked again with {@link #recheck()}. */
    void opened(DocumentSession session) {
        open.add(session);
    }

    void closed(DocumentSession session) {
        open.remove(session);
    }

    /**
     * Checks every open document again, as it is now: for when something it depends on changed outside it (a
     * plant file was saved). The server publishes the new diagnostics as after a keystroke.
     */
    public void recheck() {
        for (DocumentSession session : open) {
            session.recheck();
        }
    }

    /**
     * Tells the server that these {@code .twin} files are gone. A file the server still has to build again (one
     * just closed in an editor) would otherwise fail every later build once it no longer exists, and with it the
     * checks of every open document.
     */
    public void deleted(List<Path> files) {
        if (!files.isEmpty()) {
            server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(files.stream()
                    .map(file -> new FileEvent(DocumentUris.of(file), FileChangeType.Deleted)).toList()));
        }
    }

    /** The text document requests of LSP (didOpen, completion, hover, formatting, ...). */
    public TextDocumentService documents() {
        return server.getTextDocumentService();
    }

    /** Where the server's diagnostics arrive. */
    public DiagnosticsRouter diagnostics() {
        return client;
    }

    /** Reads a document's resource in the server's request order; see {@link InProcessLanguageServer#read}. */
    public <T> CompletableFuture<T> read(String uri, Function<ILanguageServerAccess.Context, T> work) {
        return server.read(uri, work);
    }

    /** Stops the server and its threads. */
    public void shutdown() {
        try {
            server.shutdown().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // stopping anyway
        } finally {
            serverInjector.getInstance(ExecutorService.class).shutdownNow();
        }
    }
}
