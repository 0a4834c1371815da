/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.evidence.Verdict;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.inline.LiveValueMiningProvider;
import org.fieldbridge.commissioning.ui.live.LiveColumn;
import org.fieldbridge.commissioning.ui.live.LiveRow;
import org.fieldbridge.commissioning.ui.live.LiveValuesView;
import org.fieldbridge.commissioning.ui.live.PollRate;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.trend.TrendLine;
import org.fieldbridge.commissioning.ui.verify.VerifyDialog;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Live Values, trend, inline values and Verify against the real simulator: the example plant's PLC4 on a free
 * loopback port (its clock stopped, so values are stable), a copy of examples/riverside opened in the window's
 * commissioning session and PLC4 connected, as an engineer would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveValuesViewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Simulator simulator;
    private static Path folder;
    private static CommissioningSession session;
    private static LiveValuesView view;

    @BeforeAll
    static void connectToTheSimulator() throws Exception {
        int port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) { // six simulated seconds: the rectifier currents have ramped up
            simulator.tick();
        }
        folder = Files.createTempDirectory("live-values");
        for (String name : List.of("riverside.plant", "riverside.twin")) {
            Files.copy(RepositoryRoot.riverside().resolve(name), folder.resolve(name));
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        session = CommissioningSession.of(window);
        session.setEndpointOverrides(List.of("PLC4=127.0.0.1:" + port));
        LiveUiWait.done(session.open(List.of(folder.resolve("riverside.twin"))), PATIENCE);
        assertTrue(session.model().isPresent(), () -> "not loaded: " + session.problem());
        Job connect = Job.create("Connecting PLC4", monitor -> {
            session.connect("PLC4");
        });
        connect.schedule();
        LiveUiWait.done(connect, PATIENCE);
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.fieldbridge.commissioning.ui.perspective"));
        // a Live Values view left open by another test follows that test's session: start afresh
        var earlier = window.getActivePage().findView(LiveValuesView.ID);
        if (earlier != null) {
            window.getActivePage().hideView(earlier);
        }
        view = (LiveValuesView) window.getActivePage().showView(LiveValuesView.ID);
        view.setRate(PollRate.QUICK);
    }

    @AfterAll
    static void stopTheSimulator() throws IOException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        if (simulator != null) {
            simulator.close();
        }
    }

    private static List<LiveValue> plc4Values() {
        return view.shown().values().stream().filter(v -> v.mapping().connection().equals("PLC4")).toList();
    }

    private static void awaitPlc4Good() {
        LiveUiWait.until("12 Good PLC4 values in Live Values", PATIENCE,
                () -> plc4Values().size() == 12 && plc4Values().stream().allMatch(v -> v.quality().isGood()),
                () -> "shown: " + plc4Values().stream().map(v -> v.mapping().signal() + " " + v.quality())
                        .collect(Collectors.joining(", ")));
    }

    @Test
    @Order(1)
    void liveValuesShowWhatTheSimulatorServesAfterScaling() throws Exception {
        awaitPlc4Good();
        Table table = view.table().control();
        int checked = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            String signal = table.getItem(i).getText(LiveColumn.SIGNAL.ordinal());
            String shown = table.getItem(i).getText(LiveColumn.VALUE.ordinal());
            LiveRow row = (LiveRow) table.getItem(i).getData();
            MappedValue mapping = row.value().mapping();
            if (!mapping.connection().equals("PLC4")) {
                continue;
            }
            double served = simulator.value(signal);
            double value = shown.equals("true") ? 1 : shown.equals("false") ? 0 : Double.parseDouble(shown);
            // what the controller holds is the simulation quantised by the mapping's scale (int16 tenths) or float32
            double quantum = mapping.spelledType().startsWith("float") ? 0.01 : mapping.conditioning().scale();
            assertEquals(served, value, quantum / 2 + 1e-6, signal + " shows " + shown);
            assertEquals("Good", table.getItem(i).getText(LiveColumn.QUALITY.ordinal()), signal);
            assertFalse(table.getItem(i).getText(LiveColumn.SOURCE_TIME.ordinal()).isEmpty(), signal);
            checked++;
        }
        assertEquals(12, checked, "PLC4 rows");
        assertTrue(view.table().control().getItem(0).getText(LiveColumn.UNIT.ordinal()).equals("°C"));
        maximised(true);
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "live-values");
        maximised(false);
    }

    @Test
    @Order(2)
    void filterAndSortKeepTheSelectionOnTheSameMapping() {
        awaitPlc4Good();
        String current = key("Tank3.RectifierCurrent");
        view.table().select(Set.of(current));
        view.filter().setText("tank3");
        EventLoop.settle(Duration.ofMillis(300));
        Table table = view.table().control();
        assertEquals(4, table.getItemCount(), "Tank3 has four mappings");
        table.getColumn(LiveColumn.VALUE.ordinal()).notifyListeners(SWT.Selection, null);
        EventLoop.settle(Duration.ofMillis(600));
        assertEquals(List.of(current), view.table().selectedRows().stream().map(LiveRow::key).toList());
        assertEquals(1, table.getSelectionCount());
        assertEquals("Tank3.RectifierCurrent",
                table.getItem(table.getSelectionIndex()).getText(LiveColumn.SIGNAL.ordinal()));
        view.filter().setText("");
        table.getColumn(LiveColumn.VALUE.ordinal()).notifyListeners(SWT.Selection, null); // descending
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(LiveColumn.VALUE, ((LiveColumn) table.getSortColumn().getData()));
    }

    @Test
    @Order(3)
    void trendShowsOneSeriesPerSelectedSignalWithItsUnit() throws Exception {
        awaitPlc4Good();
        view.table().select(Set.of(key("Tank1.RectifierCurrent"), key("Tank1.BathTemp")));
        for (int i = 0; i < 8; i++) { // the plant moves on: new values for the trend
            simulator.tick();
            EventLoop.settle(Duration.ofMillis(400));
        }
        LiveUiWait.until("two trend lines with several points", PATIENCE, () -> {
            List<TrendLine> lines = view.trend().chart().lines();
            return lines.size() == 2 && lines.stream().allMatch(l -> l.points().size() >= 4);
        }, () -> "lines " + view.trend().chart().lines());
        List<String> legends = view.trend().chart().lines().stream().map(TrendLine::legend).sorted().toList();
        assertEquals(List.of("Tank1.BathTemp (°C)", "Tank1.RectifierCurrent (A)"), legends);
        assertTrue(view.trend().chart().control().getSeriesSet().getSeries().length >= 2);
        maximised(true);
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "live-values-trend");
        maximised(false);
    }

    @Test
    @Order(4)
    void inlineValuesAppearBesideTheMappingsInTheEditor() throws Exception {
        awaitPlc4Good();
        IWorkbenchPage page = view.getSite().getPage();
        TwinEditor editor = (TwinEditor) IDE.openEditorOnFileStore(page,
                EFS.getLocalFileSystem().getStore(folder.resolve("riverside.twin").toUri()));
        ISourceViewer viewer = editor.viewer();
        LiveValueMiningProvider provider = new LiveValueMiningProvider();
        provider.setContext(editor);
        List<String> labels = new ArrayList<>();
        LiveUiWait.until("inline values of the PLC4 mappings", PATIENCE, () -> {
            labels.clear();
            List<? extends ICodeMining> minings = provider.provideCodeMinings(viewer, new NullProgressMonitor())
                    .join();
            minings.forEach(m -> labels.add(m.getLabel()));
            return labels.size() == 12;
        }, () -> "labels " + labels);
        String temp = labels.get(0);
        double served = Math.round(simulator.value("Tank1.BathTemp") * 10) / 10.0;
        assertTrue(temp.contains("= " + text(served) + " °C") && temp.contains("Good") && temp.contains(" ms"),
                temp);
        // what the editor draws: its own provider's minings, at the end of the map lines
        int line = viewer.getDocument().getLineOfOffset(viewer.getDocument().get().indexOf("-> Tank1.BathTemp"));
        int lineEnd = viewer.getDocument().getLineOffset(line) + viewer.getDocument().getLineLength(line) - 2;
        provider.dispose();
        editor.selectAndReveal(viewer.getDocument().getLineOffset(line), 0);
        // long lines: the views beside the editor out of the way, so the values after the mappings can be read
        List<org.eclipse.ui.IViewReference> aside = new ArrayList<>();
        for (String id : List.of(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER,
                "org.fieldbridge.commissioning.ui.connections")) {
            var reference = page.findViewReference(id);
            if (reference != null) {
                page.setPartState(reference, IWorkbenchPage.STATE_MINIMIZED);
                aside.add(reference);
            }
        }
        EventLoop.settle(Duration.ofSeconds(2));
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "twin-editor-inline-values");
        LiveUiWait.until("the inline value drawn after the Tank1.BathTemp line", Duration.ofSeconds(10),
                () -> drawnAfter(viewer, lineEnd), () -> "nothing drawn after offset " + lineEnd + " ("
                        + viewer.getDocument().get().substring(lineEnd - 10, lineEnd + 1) + "); minings installed: "
                        + ((org.eclipse.jface.text.source.ISourceViewerExtension5) viewer).hasCodeMiningProviders()
                        + "; styles " + java.util.Arrays.toString(viewer.getTextWidget().getStyleRanges(
                                lineEnd - 3, 5)));
        aside.forEach(reference -> page.setPartState(reference, IWorkbenchPage.STATE_RESTORED));
    }

    /** Maximises the view (as a double click on its tab does) or restores it, and lets it repaint. */
    private static void maximised(boolean maximise) {
        IWorkbenchPage page = view.getSite().getPage();
        page.setPartState(page.getReference(view), maximise ? IWorkbenchPage.STATE_MAXIMIZED
                : IWorkbenchPage.STATE_RESTORED);
        EventLoop.settle(Duration.ofMillis(800));
    }

    /** A line-content mining after a character widens that character's glyph (StyledText metrics). */
    private static boolean drawnAfter(ISourceViewer viewer, int offset) {
        for (var range : viewer.getTextWidget().getStyleRanges(offset, 2)) { // no folding: widget = model offsets
            if (range.metrics != null && range.metrics.width > 20) {
                return true;
            }
        }
        return false;
    }

    private static String text(double value) {
        return org.fieldbridge.commissioning.Numbers.text(value);
    }

    @Test
    @Order(5)
    void verifyRecordsTheVerdictIntoTheEvidenceFile() throws Exception {
        awaitPlc4Good();
        view.getSite().getPage().activate(view);
        view.table().select(Set.of(key("Tank3.BathTemp")));
        String hmi = view.table().selectedRows().get(0).value().valueText(); // the HMI shows what PLC4 holds
        Display display = Display.getCurrent();
        String[] screenshot = new String[1];
        display.timerExec(500, () -> {
            Shell dialog = display.getActiveShell();
            if (dialog != null && dialog.getData() instanceof VerifyDialog verify) {
                verify.fill(Verdict.PASS, hmi, "HMI panel 2 shows " + hmi + " °C");
                display.timerExec(400, () -> { // once the filled form is painted
                    try {
                        screenshot[0] = Screenshots.save(Screenshots.capture(dialog), "verify-dialog").toString();
                    } catch (IOException e) {
                        screenshot[0] = e.toString();
                    }
                    find(dialog, "&Record").notifyListeners(SWT.Selection, null);
                });
            }
        });
        view.verifyAction().run();
        Path evidence = folder.resolve("riverside.verification");
        LiveUiWait.until("a record in riverside.verification", PATIENCE,
                () -> Files.exists(evidence) && read(evidence).contains("Tank3.BathTemp\tPLC4\t"),
                () -> "dialog screenshot " + screenshot[0]);
        String line = read(evidence).lines().filter(l -> l.contains("Tank3.BathTemp\tPLC4")).findFirst().orElseThrow();
        String[] fields = line.split("\t");
        assertEquals("pass", fields[3], line);
        assertEquals(hmi, fields[5], line);
        assertEquals(System.getProperty("user.name"), fields[7], line);
        assertTrue(line.endsWith("HMI panel 2 shows " + hmi + " °C"), line);
        // the audit entry is appended right after the record, in the same Job: wait for it too
        LiveUiWait.until("the verification in riverside.audit", PATIENCE,
                () -> read(folder.resolve("riverside.audit")).contains("verify pass"),
                () -> read(folder.resolve("riverside.audit")));
        LiveUiWait.until("the row's verification shown as pass", PATIENCE, () -> view.table().selectedRows().stream()
                .anyMatch(r -> r.status() != null && r.status().state().name().equals("PASS")), () -> "rows "
                        + view.table().selectedRows());
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "live-values-verified");
    }

    @Test
    @Order(6)
    void aWrongWordOrderIsShownOnTheRowWithTheOptionsThatFixIt() throws Exception {
        awaitPlc4Good();
        Path twin = folder.resolve("riverside.twin");
        String original = Files.readString(twin);
        Files.writeString(twin, original.replace("\"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A }",
                "\"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A, word order big }"));
        try {
            LiveUiWait.done(session.reload(), PATIENCE);
            LiveUiWait.until("the wrong order found on Tank1.RectifierCurrent", PATIENCE,
                    () -> plc4Values().stream().anyMatch(v -> v.mapping().isNamed("Tank1.RectifierCurrent")
                            && v.fix().isPresent()), () -> "values " + plc4Values());
            view.filter().setText("Rect_Amps");
            view.table().select(Set.of(key("Tank1.RectifierCurrent")));
            EventLoop.settle(Duration.ofMillis(600));
            Table table = view.table().control();
            int row = table.getSelectionIndex();
            String fix = table.getItem(row).getText(LiveColumn.FIX.ordinal());
            assertTrue(fix.contains(" A as CDAB: write float32 { byte order big, word order little } at riverside.twin:"),
                    fix);
            assertFalse(table.getItem(row).getText(LiveColumn.QUALITY.ordinal()).startsWith("Good"));
            assertTrue(table.getColumn(LiveColumn.FIX.ordinal()).getWidth() > 300, "the column opened for the fix");
            maximised(true);
            Screenshots.save(Screenshots.capture(view.getSite().getShell()), "live-values-wrong-order");
            maximised(false);
        } finally {
            view.filter().setText("");
            Files.writeString(twin, original);
            LiveUiWait.done(session.reload(), PATIENCE);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static Button find(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && text.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = find(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String key(String shortName) {
        return view.shown().values().stream().filter(v -> v.mapping().isNamed(shortName)).map(LiveRow::keyOf)
                .findFirst().orElseThrow(() -> new AssertionError(shortName + " not read"));
    }
}
