/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DragSourceListener;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.commissioning.ui.CommissioningPerspective;
import org.fieldbridge.commissioning.ui.browser.BrowserNode;
import org.fieldbridge.commissioning.ui.browser.BrowserView;
import org.fieldbridge.commissioning.ui.connections.ConnectionsView;
import org.fieldbridge.commissioning.ui.scanner.ScannerView;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commissioning pass in the workbench against the REAL simulator on free loopback ports (PLC4 over Modbus TCP,
 * Oven2 over OPC UA with Basic256Sha256 SignAndEncrypt and a user name): the riverside files in a project, with
 * Zone2.Temp not mapped yet and Tank1.RectifierCurrent deliberately read in the wrong word order. Connect, browse,
 * Create Mapping, scan and Apply, Undo; a screenshot of each view.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Commissioning views against the simulator")
class CommissioningViewsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("fieldbridge.examples", "../../examples"));
    private static final Duration NETWORK = Duration.ofSeconds(60);
    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String KEY_STORE = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String WRONG_ORDER = "\"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A, word order big }";

    @TempDir
    static Path temp;
    private static Simulator simulator;
    private static TwinOpcUaServer server;
    private static int plc4;
    private static IProject project;
    private static CommissioningSession session;

    @BeforeAll
    static void startTheSimulatorAndOpenTheSession() throws Exception {
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser("fieldbridge",
                PasswordHash.of(PASSWORD.toCharArray(), 1_000), KEY_STORE.toCharArray()))
                .port(LoopbackPort.free()).pkiDirectory(temp.resolve("oven2-pki")).build();
        plc4 = LoopbackPort.free();
        simulator = RiversideSimulation.create(plc4, oven2, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) { // six simulated seconds: the rectifier currents have ramped up
            simulator.tick();
        }
        server = simulator.controller(SimulatedOpcUaController.class).server();
        project = riversideProject();
        Path folder = project.getLocation().toPath();
        Path pki = temp.resolve("commissioning-pki");
        OpcUaAccess access = OpcUaAccess.of(Map.of("FB_OVEN2_PASSWORD", PASSWORD,
                "FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE), pki);
        trustEachOther(access, pki, folder);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(CommissioningPerspective.ID));
        session = CommissioningSession.of(window);
        session.setEndpointOverrides(List.of("PLC4=127.0.0.1:" + plc4, "Oven2=" + server.endpointUrls().get(0)));
        session.setOpcUaAccess(access);
        Job loading = session.open(List.of(folder));
        UiWait.until("the riverside model", NETWORK, () -> loading.getResult() != null);
        assertTrue(session.model().isPresent(), () -> "not loaded: " + session.problem() + " " + session.findings());
    }

    /** A project with the example, Zone2.Temp unmapped and Tank1.RectifierCurrent in the wrong word order. */
    private static IProject riversideProject() throws Exception {
        IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject("commissioning-views");
        if (created.exists()) {
            created.delete(true, true, null);
        }
        created.create(null);
        created.open(null);
        write(created.getFile("riverside.plant"), Files.readString(EXAMPLES.resolve("riverside/riverside.plant")));
        String twin = Files.readString(EXAMPLES.resolve("riverside/riverside.twin"))
                .replace("map Oven2 \"ns=2;s=Zone2.Temp\" -> CuringOven.Zone2.Temp { unit degC }\n", "")
                .replace("\"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A }", WRONG_ORDER);
        assertTrue(twin.contains(WRONG_ORDER) && !twin.contains("Zone2.Temp\""));
        write(created.getFile("riverside.twin"), twin);
        return created;
    }

    private static void write(IFile file, String text) throws Exception {
        file.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
                null);
    }

    /** The server's certificate into controllers/Oven2, the commissioning client's into the server's trust list. */
    private static void trustEachOther(OpcUaAccess access, Path pki, Path folder) throws Exception {
        Path trusted = Files.createDirectories(pki.resolve("controllers").resolve("Oven2"));
        Files.write(trusted.resolve("oven2.der"), server.certificate().getEncoded());
        CommissioningModel model = CommissioningSession.commissioning().load(List.of(folder)).model();
        access.settings((Controller.OpcUa) model.controller("Oven2").orElseThrow()); // creates the client certificate
        try (InputStream in = Files.newInputStream(access.clientCertificateFile())) {
            server.trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        page().closeAllEditors(false);
        session.dispose();
        simulator.close();
        project.delete(true, true, null);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void screenshot(String name) throws Exception {
        UiWait.settle(Duration.ofMillis(800));
        Screenshots.save(Screenshots.capture(page().getWorkbenchWindow().getShell()), name);
    }

    private static String cell(TableViewer viewer, String connection, int column) {
        for (TableItem item : viewer.getTable().getItems()) {
            if (item.getText(0).equals(connection)) {
                return item.getText(column);
            }
        }
        throw new AssertionError("no row " + connection);
    }

    @Test
    @Order(1)
    @DisplayName("Connect All connects PLC4 and Oven2; each row shows kind, where, state, round trip")
    void connectAllConnectsBothControllers() throws Exception {
        ConnectionsView view = (ConnectionsView) page().showView(ConnectionsView.ID);
        TableViewer table = view.viewer();
        UiWait.until("two connections listed", NETWORK, () -> table.getTable().getItemCount() == 2);
        assertEquals("Modbus TCP", cell(table, "PLC4", 5));
        assertEquals("127.0.0.1:" + plc4 + " unit 1", cell(table, "PLC4", 4));
        assertTrue(cell(table, "Oven2", 4).contains("Basic256Sha256, sign and encrypt, user fieldbridge"),
                cell(table, "Oven2", 4));
        assertEquals("disconnected", cell(table, "PLC4", 1));
        view.jobs().connect(List.of("PLC4", "Oven2"));
        UiWait.until("both connected", NETWORK, () -> "connected".equals(cell(table, "PLC4", 1))
                && "connected".equals(cell(table, "Oven2", 1)));
        assertTrue(cell(table, "PLC4", 2).matches("\\d+ ms"), cell(table, "PLC4", 2));
        assertTrue(cell(table, "Oven2", 2).matches("\\d+ ms"), cell(table, "Oven2", 2));
        assertEquals("", cell(table, "Oven2", 3), "no error");
        table.setSelection(new StructuredSelection(session.controllers().get(0)));
        Object selected = ((StructuredSelection) page().getSelection()).getFirstElement();
        assertTrue(selected instanceof Controller, "the selection holds the headless Controller records");
        screenshot("commissioning-connections");
    }

    @Test
    @Order(2)
    @DisplayName("a refused connection shows failed and the reason with its time, in plant words")
    void aRefusedConnectionShowsWhy() throws Exception {
        ConnectionsView view = (ConnectionsView) page().showView(ConnectionsView.ID);
        session.setEndpointOverrides(List.of("PLC4=127.0.0.1:" + LoopbackPort.free(),
                "Oven2=" + server.endpointUrls().get(0)));
        try {
            Job reload = session.reload();
            UiWait.until("reloaded", NETWORK, () -> reload.getResult() != null);
            view.jobs().connect(List.of("PLC4"));
            UiWait.until("PLC4 failed", NETWORK, () -> "failed".equals(cell(view.viewer(), "PLC4", 1)));
            String error = cell(view.viewer(), "PLC4", 3);
            assertTrue(error.matches("connection refused.* \\(at \\d\\d:\\d\\d:\\d\\d\\)"), error);
            assertEquals("connected", cell(view.viewer(), "Oven2", 1), "Oven2 stayed connected over the reload");
            screenshot("commissioning-connections-refused");
        } finally {
            session.setEndpointOverrides(List.of("PLC4=127.0.0.1:" + plc4, "Oven2=" + server.endpointUrls().get(0)));
            Job back = session.reload();
            UiWait.until("reloaded", NETWORK, () -> back.getResult() != null);
            view.jobs().connect(List.of("PLC4", "Oven2"));
            UiWait.until("PLC4 connected again", NETWORK, () -> "connected".equals(cell(view.viewer(), "PLC4", 1)));
        }
    }

    @Test
    @Order(3)
    @DisplayName("the browser finds the simulator's nodes; Create Mapping writes a map line the checker accepts")
    void browseAndCreateMapping() throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page(), project.getFile("riverside.twin"));
        BrowserView browser = (BrowserView) page().showView(BrowserView.ID);
        UiWait.until("the Objects folder browsed", NETWORK, () -> browser.root() != null);
        BrowserNode plant = child(browser, browser.root(), "Plant");
        BrowserNode zone2 = child(browser, plant, "Zone2");
        BrowserNode temp = child(browser, zone2, "Temp");
        assertEquals("Double", temp.node().dataType());
        assertEquals("CEL", temp.node().unitCode());
        assertEquals(250, temp.node().euHigh());
        browser.viewer().setSelection(new StructuredSelection(temp), true);
        String line = browser.mappingLine().orElseThrow();
        assertEquals("map Oven2 \"ns=2;s=Zone2.Temp\" float64 -> CuringOven.Zone2.Temp { unit degC }", line);
        assertEquals(line + System.lineSeparator(), draggedText(browser), "a drag carries the same line");
        screenshot("commissioning-browser");

        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        page().activate(browser);
        browser.createMapping();
        String text = document.get();
        int at = text.indexOf(line);
        assertTrue(at > 0, text);
        assertTrue(text.substring(0, at).endsWith("{ unit degC }\n"), "right after the last mapping (Zone3.SP)");
        assertTrue(text.substring(0, at).contains("Zone3.SP") && !text.substring(at).contains("\nmap "),
                "after the last mapping");
        editor.doSave(null);
        CommissioningModel.Loaded checked = CommissioningSession.commissioning()
                .load(List.of(project.getLocation().toPath()));
        assertTrue(checked.errors().isEmpty(), () -> "the checker refuses the new line: " + checked.errors());
        MappedValue zone2Temp = checked.model().mappingsNamed("CuringOven.Zone2.Temp").get(0);
        assertEquals("ns=2;s=Zone2.Temp", zone2Temp.nodeId());
        UiWait.until("the session loads the saved file again", NETWORK, () -> session.model()
                .map(m -> !m.mappingsNamed("CuringOven.Zone2.Temp").isEmpty()).orElse(false));
        screenshot("commissioning-browser-create-mapping");
    }

    /**
     * What dragging the selected row hands to a drop target as text, asked of the tree's drag listener as SWT asks
     * it (a native drag cannot be driven under Xvfb; SWT's event type is built reflectively for the same reason).
     */
    private static Object draggedText(BrowserView browser) throws Exception {
        DragSource source = (DragSource) browser.viewer().getTree().getData(DND.DRAG_SOURCE_KEY);
        Class<?> type = Class.forName("org.eclipse.swt.dnd.DNDEvent");
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object native_ = constructor.newInstance();
        type.getField("widget").set(native_, source);
        type.getField("doit").set(native_, true);
        var dataType = type.getDeclaredField("dataType");
        dataType.setAccessible(true);
        dataType.set(native_, TextTransfer.getInstance().getSupportedTypes()[0]);
        DragSourceEvent event = DragSourceEvent.class.getConstructor(type).newInstance(native_);
        Object data = null;
        for (DragSourceListener listener : source.getDragListeners()) {
            listener.dragStart(event);
            assertTrue(event.doit, "a variable can be dragged");
            listener.dragSetData(event);
            data = event.data;
        }
        return data;
    }

    /** Expands a row (browsing below it) and finds the child of that browse name. */
    private static BrowserNode child(BrowserView browser, BrowserNode parent, String name) {
        browser.viewer().setExpandedState(parent, true);
        UiWait.until(name + " below " + parent, NETWORK, () -> parent.children() != null);
        assertTrue(parent.problem() == null, parent.problem());
        BrowserNode child = parent.children().stream().filter(c -> c.node().browseName().endsWith(":" + name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not among " + parent.children()));
        UiWait.until(name + " shown", NETWORK, () -> browser.viewer().testFindItem(child) != null);
        return child;
    }

    @Test
    @Order(4)
    @DisplayName("Scan Registers on the wrongly ordered float ranks CDAB first; Apply fixes the mapping; Undo takes it back")
    void scanRanksCdabFirstAndApplyFixesTheWordOrder() throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page(), project.getFile("riverside.twin"));
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String before = document.get();
        int line = document.getLineOfOffset(before.indexOf(WRONG_ORDER));
        editor.selectAndReveal(before.indexOf(WRONG_ORDER), 0);
        page().activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.fieldbridge.commissioning.ui.scanRegisters", null);
        UiWait.until("the scanner open", NETWORK, () -> page().findView(ScannerView.ID) != null);
        ScannerView scanner = (ScannerView) page().findView(ScannerView.ID);
        UiWait.until("the scan", NETWORK, () -> scanner.outcome() != null);
        assertTrue(scanner.outcome().ok(), scanner.summary());
        RankedDecoding best = scanner.outcome().result().ranked().get(0);
        assertEquals("CDAB", best.decoding().order(), scanner.summary());
        assertEquals("float32 { byte order big, word order little }", best.twinOptions());
        assertTrue(best.inRange() && !best.current(), best.toString());
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank1.RectifierCurrent",
                scanner.outcome().mapping().signal());
        assertEquals(best, scanner.results().getStructuredSelection().getFirstElement(), "the best is selected");
        page().activate(scanner);
        screenshot("commissioning-scanner");

        scanner.applySelected();
        String fixed = lineText(document, line);
        assertEquals("map PLC4 4x0003 float32 \"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A, word order little,"
                + " byte order big }", fixed);
        assertTrue(editor.isDirty(), "the change is in the editor, not saved behind its back");
        assertTrue(scanner.summary().contains("now reads CDAB"), scanner.summary());
        screenshot("commissioning-scanner-applied");

        editor.getAction(ITextEditorActionConstants.UNDO).run();
        assertEquals(before, document.get(), "one Undo takes the whole change back");
        editor.doRevertToSaved();
        assertFalse(editor.isDirty());
    }

    private static String lineText(IDocument document, int line) throws Exception {
        return document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
    }

    @Test
    @Order(5)
    @DisplayName("live values of the connected controllers are read over the session's links")
    void readLiveUsesTheSessionsLinks() {
        var values = session.readLive();
        assertEquals(20, values.size(), values.toString()); // 12 PLC4 mappings, 8 Oven2 with Zone2.Temp created above
        // all Good but the float read in the wrong word order (Apply was undone), which reads out of range
        assertEquals(List.of("Acme.Riverside.Finishing.AnodizingLine.Tank1.RectifierCurrent"), values.stream()
                .filter(v -> !v.quality().isGood()).map(v -> v.mapping().signal()).toList(), values.toString());
        assertEquals(LinkState.CONNECTED, session.status("PLC4").orElseThrow().state());
        assertNotNull(session.status("Oven2").orElseThrow().roundTrip());
    }
}
