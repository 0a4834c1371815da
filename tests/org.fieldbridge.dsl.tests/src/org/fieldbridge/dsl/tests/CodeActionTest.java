/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.fieldbridge.dsl.ide.TwinIdeSetup;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Every quick fix of the .twin language as an LSP client gets it: break the Riverside example, wait for the
 * server's diagnostic, ask {@code textDocument/codeAction} for it, check the offered titles and their order,
 * apply one fix's edit and see the diagnostic go.
 */
@DisplayName("Quick fixes as code actions")
class CodeActionTest {

    private static final long TIMEOUT_S = 60;

    @TempDir
    static Path dir;

    private static LanguageServerImpl server;
    private static Injector serverInjector;
    private static QuickFixTest.Client client;
    private static String uri;
    private static String example;
    private static int version = 1;

    @BeforeAll
    static void startServer() throws Exception {
        Path examples = TwinTester.repositoryRoot().resolve("examples/riverside");
        Files.copy(examples.resolve("riverside.plant"), dir.resolve("riverside.plant"));
        Files.copy(examples.resolve("riverside.twin"), dir.resolve("riverside.twin"));
        example = Files.readString(dir.resolve("riverside.twin"), StandardCharsets.UTF_8);
        TwinTester.injector();
        Injector ide = new TwinIdeSetup().createInjector();
        IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
        languages.getExtensionToFactoryMap().put("twin", ide.getInstance(IResourceServiceProvider.class));
        serverInjector = Guice.createInjector(Modules2.mixin(new ServerModule(),
                binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages)));
        server = serverInjector.getInstance(LanguageServerImpl.class);
        client = new QuickFixTest.Client();
        server.connect(client);
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setRootUri(dir.toUri().toString());
        server.initialize(init).get(TIMEOUT_S, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        uri = org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("riverside.twin").toAbsolutePath().toString())
                .toString().replaceFirst("^file:/(?!/)", "file:///");
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "twin", version, example)));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
        serverInjector.getInstance(ExecutorService.class).shutdownNow();
    }

    /** What one fix run found: the broken text, the diagnostic, the offered actions. */
    private record Offered(String text, Diagnostic diagnostic, List<CodeAction> actions) {
        List<String> titles() {
            return actions.stream().map(CodeAction::getTitle).toList();
        }

        /** The text after applying the action whose title starts with a prefix. */
        String apply(String titlePrefix) {
            CodeAction action = actions.stream().filter(a -> a.getTitle().startsWith(titlePrefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no action '" + titlePrefix + "' in " + titles()));
            List<TextEdit> edits = action.getEdit().getChanges().get(uri);
            assertNotNull(edits, action.getEdit().toString());
            return new Document(1, text).applyChanges(edits).getContents();
        }
    }

    /** Sends a text, waits for a diagnostic of the code, asks for its code actions. */
    private static Offered offered(String text, String code) throws Exception {
        send(text);
        Diagnostic diagnostic = client.await(uri, d -> d.stream().anyMatch(x -> has(x, code))).stream()
                .filter(x -> has(x, code)).findFirst().orElseThrow();
        CodeActionParams request = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        List<CodeAction> actions = server.getTextDocumentService().codeAction(request).get(TIMEOUT_S, TimeUnit.SECONDS)
                .stream().map(Either::getRight).toList();
        return new Offered(text, diagnostic, actions);
    }

    /** Sends a text and waits until the server reports none of the code for it. */
    private static List<Diagnostic> fixed(String text, String code) throws Exception {
        send(text);
        return client.await(uri, d -> d.stream().noneMatch(x -> has(x, code)));
    }

    private static void send(String text) {
        version++;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private static boolean has(Diagnostic diagnostic, String code) {
        return diagnostic.getCode() != null && code.equals(diagnostic.getCode().getLeft());
    }

    private static String replaced(String from, String to) {
        assertTrue(example.contains(from), from);
        return example.replace(from, to);
    }

    @Test
    @DisplayName("a unit of another quantity: one fix per temperature unit, the signal's own unit first and preferred")
    void wrongUnitOffersTheQuantitysUnitsOwnFirst() throws Exception {
        String broken = replaced("-> Tank3.BathTemp { scale 0.1, unit degC", "-> Tank3.BathTemp { scale 0.1, unit A");
        Offered offered = offered(broken, TwinIssueCodes.UNIT_MISMATCH);
        assertEquals(List.of("Change the unit to degC (the signal's unit in the plant)", "Change the unit to degF",
                "Change the unit to K"), offered.titles());
        assertEquals(Boolean.TRUE, offered.actions().get(0).getIsPreferred());
        assertEquals(example, offered.apply("Change the unit to degC"));
        String kelvin = offered.apply("Change the unit to K");
        assertTrue(kelvin.contains("-> Tank3.BathTemp { scale 0.1, unit K, valid"), kelvin);
        assertFalse(fixed(kelvin, TwinIssueCodes.UNIT_MISMATCH).stream()
                .anyMatch(d -> has(d, TwinIssueCodes.UNIT_UNKNOWN)));
    }

    @Test
    @DisplayName("an unknown unit: the units of the signal's quantity; a flow unit that is no identifier is quoted")
    void unknownUnitOffersTheQuantitysUnitsQuotedWhereNeeded() throws Exception {
        String broken = replaced("-> CuringOven.GasFlow { unit \"m3/h\" }", "-> CuringOven.GasFlow { unit cubes }");
        Offered offered = offered(broken, TwinIssueCodes.UNIT_UNKNOWN);
        assertEquals("Change the unit to m3/h (the signal's unit in the plant)", offered.titles().get(0));
        assertTrue(offered.titles().size() > 3, offered.titles().toString());
        String fixedText = offered.apply("Change the unit to m3/h");
        assertEquals(example, fixedText);
        fixed(fixedText, TwinIssueCodes.UNIT_UNKNOWN);
    }

    @Test
    @DisplayName("a wrong unit on an alarm threshold gets the same fixes")
    void wrongUnitOfAnAlarmThreshold() throws Exception {
        String broken = replaced("Tank3.BathTemp > 24.5 degC", "Tank3.BathTemp > 24.5 bar");
        Offered offered = offered(broken, TwinIssueCodes.UNIT_MISMATCH);
        assertEquals("Change the unit to degC (the signal's unit in the plant)", offered.titles().get(0));
        assertEquals(example, offered.apply("Change the unit to degC"));
    }

    @Test
    @DisplayName("a literal password becomes a reference to FIELDBRIDGE_OVEN2_PASSWORD and leaves the file")
    void literalSecretBecomesAnEnvironmentReference() throws Exception {
        String broken = replaced("password secret \"env:FB_OVEN2_PASSWORD\"", "password \"hunter2\"");
        Offered offered = offered(broken, TwinIssueCodes.SECRET_LITERAL);
        assertEquals(List.of("Refer to env:FIELDBRIDGE_OVEN2_PASSWORD (set it to the password where the runtime runs)"),
                offered.titles());
        String fixedText = offered.apply("Refer to");
        assertEquals(replaced("env:FB_OVEN2_PASSWORD", "env:FIELDBRIDGE_OVEN2_PASSWORD"), fixedText);
        assertFalse(fixedText.contains("hunter2"));
        List<Diagnostic> after = fixed(fixedText, TwinIssueCodes.SECRET_LITERAL);
        assertTrue(after.stream().noneMatch(d -> has(d, TwinIssueCodes.SECRET_REFERENCE)), after.toString());
    }

    @Test
    @DisplayName("a misspelt signal: the closest plant names, the closest first")
    void unknownSignalOffersTheClosestNames() throws Exception {
        String broken = replaced("-> Tank3.RectifierCurrent { unit A }", "-> Tank3.RectifierCurent { unit A }");
        Offered offered = offered(broken, TwinIssueCodes.SIGNAL_UNRESOLVED);
        assertEquals("Change to Tank3.RectifierCurrent", offered.titles().get(0));
        assertEquals(example, offered.apply("Change to Tank3.RectifierCurrent"));
        fixed(example, TwinIssueCodes.SIGNAL_UNRESOLVED);
    }

    @Test
    @DisplayName("an ambiguous signal: every signal it matches, by its shortest unique name")
    void ambiguousSignalOffersEveryMatch() throws Exception {
        String broken = replaced("verdict Tank3BathInSpec: Tank3.BathTemp", "verdict Tank3BathInSpec: BathTemp");
        Offered offered = offered(broken, TwinIssueCodes.SIGNAL_UNRESOLVED);
        assertEquals(List.of("Change to Tank1.BathTemp", "Change to Tank2.BathTemp", "Change to Tank3.BathTemp"),
                offered.titles().stream().sorted().toList());
        assertEquals(example, offered.apply("Change to Tank3.BathTemp"));
    }

    @Test
    @DisplayName("overlapping registers: the next free address of that table that fits the data type, same spelling")
    void overlapOffersTheNextFreeAddress() throws Exception {
        // float32 at 40023 needs 40023..40024; moved onto 40022 it overlaps the setpoint; 40023/24 are free again
        String broken = replaced("holding 40023 float32 \"Rect_Amps_3\"", "holding 40022 float32 \"Rect_Amps_3\"");
        Offered offered = offered(broken, TwinIssueCodes.MODBUS_OVERLAP);
        assertEquals(List.of("Move to holding 40023, the next free address (holding:22)"), offered.titles());
        String fixedText = offered.apply("Move to");
        assertEquals(example, fixedText);
        fixed(fixedText, TwinIssueCodes.MODBUS_OVERLAP);
    }

    @Test
    @DisplayName("overlapping registers in Modicon spelling skip every mapped register up to the first gap that fits")
    void overlapSkipsMappedRegisters() throws Exception {
        // a float32 on 40021 overlaps 40021 and 40022; 40023/40024 hold the current: the next two free are 40025/26
        String broken = example.replace("map PLC4 holding 40030 bit 0",
                "map PLC4 40021 float32 \"Extra\" -> Tank1.BathTempSetpoint\nmap PLC4 holding 40030 bit 0")
                .replace("map PLC4 400002 int16 \"Temp_SP_1A\" -> Tank1.BathTempSetpoint { scale 0.1, unit degC }\n", "");
        Offered offered = offered(broken, TwinIssueCodes.MODBUS_OVERLAP);
        assertEquals(List.of("Move to 40025, the next free address (holding:24)"), offered.titles());
        fixed(offered.apply("Move to"), TwinIssueCodes.MODBUS_OVERLAP);
    }

    @Test
    @DisplayName("the calibration acceptance is still offered for the example's expired calibration")
    void calibrationAcceptanceStillOffered() throws Exception {
        Offered offered = offered(example + "\n", TwinIssueCodes.CALIBRATION_EXPIRED);
        assertEquals(1, offered.titles().size(), offered.titles().toString());
        assertTrue(offered.titles().get(0).startsWith("Accept the calibration state until "));
    }
}
