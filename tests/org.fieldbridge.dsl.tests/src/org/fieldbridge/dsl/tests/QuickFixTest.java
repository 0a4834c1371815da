/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.fieldbridge.dsl.ide.TwinIdeSetup;
import org.fieldbridge.dsl.ide.quickfix.TwinQuickfixProvider;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The calibration quick fix as a language client sees it: Xtext's language server over a folder with the
 * Riverside example publishes the calibration warning, offers the fix as a code action, and after the
 * client applies its edit the warning is gone.
 */
@DisplayName("Quick fixes over the language server")
class QuickFixTest {

    private static final long TIMEOUT_S = 60;

    /** A language client that keeps the diagnostics the server publishes. */
    static final class Client implements LanguageClient {
        private final Map<String, BlockingQueue<List<Diagnostic>>> published = new ConcurrentHashMap<>();

        BlockingQueue<List<Diagnostic>> of(String uri) {
            return published.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
        }

        /** Waits for diagnostics of a document that satisfy a condition. */
        List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
            return waitingFor("such diagnostics for " + uri).atMost(Duration.ofSeconds(TIMEOUT_S))
                    .pollInterval(Duration.ofMillis(1)).until(() -> {
                        List<Diagnostic> diagnostics = of(uri).poll(1, TimeUnit.SECONDS);
                        return diagnostics != null && condition.test(diagnostics) ? diagnostics : null;
                    }, notNullValue());
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            of(diagnostics.getUri()).add(diagnostics.getDiagnostics());
        }

        @Override
        public void telemetryEvent(Object object) {
            // not used
        }

        @Override
        public void showMessage(MessageParams message) {
            // not used
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            // not used
        }
    }

    private static boolean hasCalibrationWarning(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.getCode() != null
                && TwinIssueCodes.CALIBRATION_EXPIRED.equals(d.getCode().getLeft()));
    }

    @Test
    @DisplayName("accepts an expired calibration with a dated comment above the mapping, and the warning goes")
    void acceptsExpiredCalibration(@TempDir Path dir) throws Exception {
        Path examples = TwinTester.repositoryRoot().resolve("examples/riverside");
        Files.copy(examples.resolve("riverside.plant"), dir.resolve("riverside.plant"));
        Files.copy(examples.resolve("riverside.twin"), dir.resolve("riverside.twin"));
        String text = Files.readString(dir.resolve("riverside.twin"), StandardCharsets.UTF_8);

        TwinTester.injector(); // the language's EMF registrations
        Injector ide = new TwinIdeSetup().createInjector();
        IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
        languages.getExtensionToFactoryMap().put("twin", ide.getInstance(IResourceServiceProvider.class));
        Injector serverInjector = Guice.createInjector(Modules2.mixin(new ServerModule(),
                binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages)));
        LanguageServerImpl server = serverInjector.getInstance(LanguageServerImpl.class);
        Client client = new Client();
        server.connect(client);
        try {
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            // the single-root workspace of Xtext's default server module takes the root URI
            init.setRootUri(dir.toUri().toString());
            server.initialize(init).get(TIMEOUT_S, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());

            String uri = serverUri(dir.resolve("riverside.twin"));
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "twin", 1, text)));
            Diagnostic warning = client.await(uri, QuickFixTest::hasCalibrationWarning).stream()
                    .filter(d -> TwinIssueCodes.CALIBRATION_EXPIRED.equals(d.getCode().getLeft())).findFirst()
                    .orElseThrow();

            CodeActionParams request = new CodeActionParams(new TextDocumentIdentifier(uri), warning.getRange(),
                    new CodeActionContext(List.of(warning)));
            List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(request)
                    .get(TIMEOUT_S, TimeUnit.SECONDS);
            assertEquals(1, actions.size(), actions.toString());
            CodeAction fix = actions.get(0).getRight();
            assertTrue(fix.getTitle().startsWith("Accept the calibration state until "), fix.getTitle());
            List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
            assertNotNull(edits, fix.getEdit().toString());

            String fixed = new Document(1, text).applyChanges(edits).getContents();
            LocalDate until = LocalDate.now().plusDays(TwinQuickfixProvider.ACCEPTANCE_DAYS);
            String acceptance = "// calibration accepted: TT_Tank2 until " + until + ": "
                    + TwinQuickfixProvider.REASON_PLACEHOLDER + "\n";
            String mapping = "map PLC4 holding-register:11:INT \"Temp_Sensor_2A\" -> Tank2.BathTemp";
            assertEquals(text.replace(mapping, acceptance + mapping), fixed);

            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
            List<Diagnostic> after = client.await(uri, d -> !hasCalibrationWarning(d));
            assertEquals(List.of(), after);
        } finally {
            server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
            serverInjector.getInstance(ExecutorService.class).shutdownNow();
        }
    }

    /** The URI of a file as the language server writes it. */
    private static String serverUri(Path file) {
        return org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().toString()).toString()
                .replaceFirst("^file:/(?!/)", "file:///");
    }
}
