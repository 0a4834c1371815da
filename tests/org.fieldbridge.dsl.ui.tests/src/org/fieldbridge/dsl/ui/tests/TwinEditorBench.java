/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.dsl.ui.assist.TwinCompletionProcessor;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.outline.TwinOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.fieldbridge.dsl.ui.problems.ProblemMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: how the {@code .twin} editor keeps up on a file of 2,000 mappings (20 equipment x 100 temperature
 * signals, one scaled int16 register each, with a plant to match), inside the running workbench:
 * <ul>
 * <li>keystroke to updated markers: a character typed into a unit (an error) or removed again (fixed), until
 * the file's problem markers say so (the reconciler's pause after typing included);</li>
 * <li>content assist: the proposals for a unit and for a plant signal, computed as the content assistant does
 * (off the UI thread);</li>
 * <li>the UI thread's longest stall while the editor reconciles, measured by a heartbeat
 * ({@code Display.timerExec}) that is late by as long as the UI thread was busy.</li>
 * </ul>
 * Appends {@code name=value unit} lines to {@code target/workbench-bench.txt}. Runs only with
 * {@code -Dfieldbridge.bench=true}.
 */
@EnabledIfSystemProperty(named = "fieldbridge.bench", matches = "true")
class TwinEditorBench {

    private static final int EQUIPMENT = 20;
    private static final int PER_EQUIPMENT = 100;
    private static final int WARM_UP = 6;
    private static final int ROUNDS = 40;
    private static final long TIMEOUT_NS = 60_000_000_000L;
    /** After the markers: time for what else a reconcile brings to the UI (colours, outline). */
    private static final long SETTLE_NS = 600_000_000L;

    private final Heartbeat heartbeat = new Heartbeat();
    private TwinOutlinePage outline;
    private long outlineMaxNanos;

    @Test
    void keystrokesAssistAndUiThreadOn2000Mappings() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("twin-editor-bench");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        IFile twin = project.getFile("bench.twin");
        write(project.getFile("bench.plant"), plant());
        write(twin, twin());
        UnitMarkers markers = new UnitMarkers(twin);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(markers, IResourceChangeEvent.POST_CHANGE);
        try {
            TwinEditor editor = (TwinEditor) IDE.openEditor(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), twin, TwinEditor.ID);
            IDocument document = editor.viewer().getDocument();
            long opened = System.nanoTime();
            loop(() -> !editor.navigation().index().current(document).references().isEmpty(), "the file to be read");
            long firstCheck = (System.nanoTime() - opened) / 1_000_000;
            // the Outline view open with the file's 2,000 mappings listed, as an engineer works
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
            outline = (TwinOutlinePage) editor.getAdapter(IContentOutlinePage.class);
            loop(() -> outline.symbols().size() == 1
                    && outline.symbols().get(0).getChildren().size() > EQUIPMENT * PER_EQUIPMENT, "the outline");
            Tree tree = (Tree) outline.getControl();
            loop(() -> tree.getItemCount() == 1 && tree.getItem(0).getExpanded(), "the outline's mappings listed");
            editor.setFocus();
            heartbeat.start();
            StallSampler sampler = new StallSampler(Thread.currentThread(), heartbeat);
            sampler.start();
            List<Long> keystrokes = keystrokes(document, markers);
            List<Long> assists = assists(editor, document);
            heartbeat.stop();
            sampler.finish();
            write(firstCheck, keystrokes, assists, rechecks(editor, document));
        } finally {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(markers);
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    /** Alternately breaks and fixes the unit of a mapping spread over the file; time until the markers agree. */
    private List<Long> keystrokes(IDocument document, UnitMarkers markers) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            int mapping = 1 + (round / 2 * 97) % (EQUIPMENT * PER_EQUIPMENT);
            String line = "\"T" + mapping + "\" ->";
            int at = document.get().indexOf(line);
            at = document.get().indexOf("unit degC", at) + "unit degC".length();
            boolean breaking = round % 2 == 0;
            long start = System.nanoTime();
            if (breaking) {
                document.replace(at, 0, "x");
            } else {
                document.replace(at, 1, "");
            }
            heartbeat.measure(true);
            int expected = breaking ? 1 : 0;
            loop(() -> markers.countSince(start) == expected, "the markers after round " + round);
            long took = (markers.changedAt() - start) / 1_000_000;
            long settled = System.nanoTime() + SETTLE_NS;
            loop(() -> System.nanoTime() > settled, "the display to settle");
            heartbeat.measure(false);
            if (round >= WARM_UP) {
                times.add(took);
                outlineMaxNanos = Math.max(outlineMaxNanos, outline.lastUpdateNanos());
            }
        }
        return times;
    }

    /**
     * Profiling aid: how long the language server takes to re-check the file after a one-character change (the
     * part of keystroke-to-markers that is neither the reconciler's pause nor writing the markers): the change
     * is sent, then a read of the document waits for the server's re-check.
     */
    private static List<Long> rechecks(TwinEditor editor, IDocument document) throws Exception {
        int at = document.get().indexOf("unit degC", document.get().indexOf("\"T777\" ->")) + "unit degC".length();
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            if (round % 2 == 0) {
                document.replace(at, 0, "x");
            } else {
                document.replace(at, 1, "");
            }
            CompletableFuture<Long> took = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                var server = editor.session().flush();
                server.read(editor.session().uri(), context -> null).join();
                return (System.nanoTime() - start) / 1_000_000;
            });
            loop(took::isDone, "the server's re-check");
            times.add(took.get());
        }
        return times.subList(4, times.size());
    }

    /** Content assist after "unit " and after "-> E1", alternately, as the assistant runs it (a worker thread). */
    private List<Long> assists(TwinEditor editor, IDocument document) throws Exception {
        String text = document.get();
        int unit = text.indexOf("unit degC", text.indexOf("\"T1234\" ->")) + "unit ".length();
        int signal = text.indexOf("-> E1", text.indexOf("\"T1500\" ->")) + "-> E1".length();
        TwinCompletionProcessor processor = new TwinCompletionProcessor(editor::session);
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            int offset = round % 2 == 0 ? unit : signal;
            long start = System.nanoTime();
            CompletableFuture<ICompletionProposal[]> proposals = CompletableFuture
                    .supplyAsync(() -> processor.computeCompletionProposals(editor.viewer(), offset));
            loop(proposals::isDone, "proposals");
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(proposals.get().length > 0, "no proposals at " + offset);
            if (round >= WARM_UP) {
                times.add(took);
            }
        }
        return times;
    }

    private void write(long firstCheck, List<Long> keystrokes, List<Long> assists, List<Long> rechecks)
            throws Exception {
        List<String> lines = List.of(
                "twin-editor.keystroke-to-markers.p95=" + p95(keystrokes) + " ms",
                "twin-editor.keystroke-to-markers.median=" + median(keystrokes) + " ms",
                "twin-editor.content-assist.p95=" + p95(assists) + " ms",
                "twin-editor.content-assist.median=" + median(assists) + " ms",
                "twin-editor.ui-blocked.max=" + heartbeat.maxLateMs() + " ms",
                "twin-editor.ui-busy.max=" + heartbeat.maxBusyMs() + " ms",
                "twin-editor.outline-update.max=" + outlineMaxNanos / 1_000_000 + " ms",
                "twin-editor.server-recheck.median=" + median(rechecks) + " ms",
                "twin-editor.open-to-first-check=" + firstCheck + " ms",
                String.format(Locale.ROOT, "machine.load-average=%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println("[workbench-bench] keystroke-to-markers ms: " + keystrokes);
        System.out.println("[workbench-bench] content-assist ms: " + assists);
        Path out = Path.of(System.getProperty("fieldbridge.benchFile", "workbench-bench.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lines.forEach(line -> System.out.println("[workbench-bench] " + line));
    }

    private static long p95(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Runs the event loop as the workbench does (sleeping when idle) until the condition holds. */
    private static void loop(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TIMEOUT_NS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /**
     * A runnable the UI thread runs every few milliseconds: each run that comes later than asked measures how
     * long the UI thread was busy with something else.
     */
    private static final class Heartbeat implements Runnable {
        private static final int PERIOD_MS = 5;
        private long due;
        private boolean running;
        private volatile boolean measuring;
        private boolean skipNext;
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long maxLateNs;
        private long maxBusyNs;
        private long lastCpu;
        /** When the heartbeat last ran: a sampler thread reads it to catch the UI thread while it stalls. */
        volatile long lastRun;

        void start() {
            running = true;
            due = System.nanoTime() + PERIOD_MS * 1_000_000L;
            Display.getCurrent().timerExec(PERIOD_MS, this);
        }

        void stop() {
            running = false;
        }

        /** From the next heartbeat on (the one already due was held up by the keystroke itself, not counted). */
        void measure(boolean on) {
            measuring = on;
            skipNext = on;
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            if (measuring && !skipNext) {
                maxLateNs = Math.max(maxLateNs, now - due);
                maxBusyNs = Math.max(maxBusyNs, cpu - lastCpu);
            }
            lastCpu = cpu;
            skipNext = false;
            lastRun = now;
            if (running) {
                due = now + PERIOD_MS * 1_000_000L;
                Display.getCurrent().timerExec(PERIOD_MS, this);
            }
        }

        long maxLateMs() {
            return maxLateNs / 1_000_000;
        }

        /** The most CPU time the UI thread spent between two heartbeats: its own work, whatever the load. */
        long maxBusyMs() {
            return maxBusyNs / 1_000_000;
        }
    }

    /**
     * Profiling aid: while the heartbeat is more than 30 ms late, samples the UI thread's stack every 10 ms; the
     * most frequent stacks are printed at the end (where the UI thread spends its stalls).
     */
    private static final class StallSampler extends Thread {
        private final Thread ui;
        private final Heartbeat heartbeat;
        private final java.util.Map<String, Integer> stacks = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;

        StallSampler(Thread ui, Heartbeat heartbeat) {
            super("twin-editor-bench stall sampler");
            setDaemon(true);
            this.ui = ui;
            this.heartbeat = heartbeat;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
                if (heartbeat.measuring && System.nanoTime() - heartbeat.lastRun > 30_000_000L) {
                    StringBuilder stack = new StringBuilder();
                    int frames = 0;
                    for (StackTraceElement frame : ui.getStackTrace()) {
                        if (frames++ < 14) {
                            stack.append("\n      at ").append(frame);
                        }
                    }
                    stacks.merge(stack.toString(), 1, Integer::sum);
                }
            }
        }

        void finish() {
            running = false;
            stacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
                    .forEach(e -> System.out.println("[workbench-bench] UI stall samples: " + e.getValue() + e.getKey()));
        }
    }

    /** Counts the file's unit markers at each marker change, with the time of the change. */
    private static final class UnitMarkers implements IResourceChangeListener {
        private final IFile file;
        private volatile long changedAt;
        private volatile int count = -1;

        UnitMarkers(IFile file) {
            this.file = file;
        }

        @Override
        public void resourceChanged(IResourceChangeEvent event) {
            if (event.findMarkerDeltas(ProblemMarkers.TYPE, false).length == 0) {
                return;
            }
            try {
                IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
                int units = (int) Arrays.stream(markers)
                        .filter(m -> m.getAttribute(ProblemMarkers.CODE, "").startsWith("twin.unit.")).count();
                changedAt = System.nanoTime();
                count = units;
                Display.getDefault().wake();
            } catch (CoreException e) {
                // the file went away: the bench fails on its timeout
            }
        }

        /** @return the unit markers' count if they changed after the time, else -1 */
        int countSince(long time) {
            return changedAt > time ? count : -1;
        }

        long changedAt() {
            return changedAt;
        }
    }

    private static void write(IFile file, String text) throws CoreException {
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
    }

    private static String plant() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plant="https://fieldbridge.org/plant/1.0">
                  <enterprises name="Bench"><sites name="Site"><areas name="Area"><lines name="Line">
                """);
        for (int e = 0; e < EQUIPMENT; e++) {
            xml.append("    <equipment name=\"E").append(e).append("\">\n");
            for (int s = 0; s < PER_EQUIPMENT; s++) {
                xml.append("      <signals name=\"S").append(s).append("\" quantity=\"temperature\" unit=\"CEL\">")
                        .append("<validRange minimum=\"0.0\" maximum=\"100.0\"/></signals>\n");
            }
            xml.append("    </equipment>\n");
        }
        return xml.append("  </lines></areas></sites></enterprises>\n")
                .append("  <units commonCode=\"CEL\" displayName=\"°C\" description=\"degree Celsius\"/>\n")
                .append("</plant:Plant>\n").toString();
    }

    private static String twin() {
        StringBuilder text = new StringBuilder("package bench\nimport \"bench.plant\"\n"
                + "connection P modbus tcp \"127.0.0.1:5020\" unit 1 { poll 100 ms }\n");
        for (int n = 1; n <= EQUIPMENT * PER_EQUIPMENT; n++) {
            text.append("map P holding ").append(n).append(" int16 \"T").append(n).append("\" -> E")
                    .append((n - 1) / PER_EQUIPMENT).append(".S").append((n - 1) % PER_EQUIPMENT)
                    .append(" { scale 0.1, unit degC }\n");
        }
        return text.toString();
    }
}
