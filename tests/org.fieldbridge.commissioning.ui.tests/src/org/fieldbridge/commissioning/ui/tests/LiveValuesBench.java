/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.commissioning.ui.live.LiveColumn;
import org.fieldbridge.commissioning.ui.live.LiveValuesView;
import org.fieldbridge.commissioning.ui.live.PollRate;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.SyntheticPlant;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: 1,000 mappings (int16 holding registers, scale 0.1) of a real j2mod slave on loopback, every register
 * changed at 10 Hz, shown in Live Values polling every 0.1 s. Measures the lag from a value's change at the slave to
 * the row on screen showing it (the rows painted after each refresh, read back as the user sees them) and how long
 * the UI thread was ever kept from a 10 ms heartbeat ({@code Display.timerExec}); prints and appends
 * {@code commissioning.live-1000x10hz.display-lag.p95} and {@code .ui-blocked.max} to
 * {@code target/workbench-bench.txt}. Runs only with {@code -Dfieldbridge.bench=true}.
 */
@EnabledIfSystemProperty(named = "fieldbridge.bench", matches = "true")
class LiveValuesBench {

    private static final int MAPPINGS = 1000;
    private static final int PER_EQUIPMENT = 100;
    private static final int VALUES = 1000; // the slave counts 0.0 .. 99.9 (tenths), then starts again
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(30);
    private static final int HEARTBEAT_MS = 10;

    private final AtomicLongArray changedAt = new AtomicLongArray(VALUES);
    private final Map<Integer, Integer> lastShown = new HashMap<>();
    private final List<Long> lags = new ArrayList<>();
    private volatile boolean measuring;
    private long heartbeatDue;
    private long worstBlock;
    private long worstPaint;
    private boolean beating;

    @Test
    void thousandMappingsAt10Hz() throws Exception {
        int port = LoopbackPort.free();
        List<RegisterBinding> bindings = new ArrayList<>();
        for (int n = 0; n < MAPPINGS; n++) {
            bindings.add(RegisterBinding.of("S" + n, new TagAddress(1, RegisterArea.HOLDING_REGISTER, n,
                    DataType.INT16, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST)));
        }
        SimulatedModbusDevice slave = new SimulatedModbusDevice(1, port, bindings);
        slave.start();
        Path folder = Files.createTempDirectory("live-bench");
        Files.writeString(folder.resolve("bench.plant"), SyntheticPlant.xmi(MAPPINGS / PER_EQUIPMENT, PER_EQUIPMENT,
                false));
        Files.writeString(folder.resolve("bench.twin"), twin(port));
        ScheduledExecutorService source = Executors.newSingleThreadScheduledExecutor();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        CommissioningSession session = CommissioningSession.of(window);
        try {
            session.setEndpointOverrides(List.of());
            LiveUiWait.done(session.open(List.of(folder.resolve("bench.twin"))), Duration.ofMinutes(2));
            assertTrue(session.model().isPresent(), () -> "bench.twin not loaded: " + session.problem());
            Job connect = Job.create("Connecting P", monitor -> {
                session.connect("P");
            });
            connect.schedule();
            LiveUiWait.done(connect, Duration.ofSeconds(30));
            AtomicInteger tick = new AtomicInteger();
            source.scheduleAtFixedRate(() -> {
                int value = tick.incrementAndGet() % VALUES;
                changedAt.set(value, System.nanoTime());
                slave.update(signal -> value);
            }, 0, 100, TimeUnit.MILLISECONDS);
            var earlier = window.getActivePage().findView(LiveValuesView.ID); // may follow another test's session
            if (earlier != null) {
                window.getActivePage().hideView(earlier);
            }
            LiveValuesView view = (LiveValuesView) window.getActivePage().showView(LiveValuesView.ID);
            view.setRate(PollRate.FAST);
            // as an engineer watching many values would: the view maximised, about 25 rows on screen
            window.getActivePage().setPartState(window.getActivePage().getReference(view),
                    IWorkbenchPage.STATE_MAXIMIZED);
            Runnable stopWatching = view.onRefresh(this::watch);
            startHeartbeat(Display.getCurrent());
            EventLoop.settle(WARM_UP);
            measuring = true;
            worstBlock = 0;
            view.takeLongestRefresh();
            EventLoop.settle(MEASURED);
            measuring = false;
            beating = false;
            stopWatching.run();
            report(view);
            window.getActivePage().setPartState(window.getActivePage().getReference(view),
                    IWorkbenchPage.STATE_RESTORED);
        } finally {
            source.shutdownNow();
            Job disconnect = Job.create("Disconnecting P", monitor -> {
                session.disconnect("P");
            });
            disconnect.schedule();
            LiveUiWait.done(disconnect, Duration.ofSeconds(30));
            slave.stop();
        }
    }

    private static String twin(int port) {
        StringBuilder text = new StringBuilder("package bench\nimport \"bench.plant\"\n"
                + "connection P modbus tcp \"127.0.0.1:" + port + "\" unit 1 { poll 100 ms, max registers 120 }\n");
        for (int n = 0; n < MAPPINGS; n++) {
            text.append("map P holding ").append(n + 1).append(" int16 \"T").append(n).append("\" -> E")
                    .append(n / PER_EQUIPMENT).append(".S").append(n % PER_EQUIPMENT)
                    .append(" { scale 0.1, unit degC }\n");
        }
        return text.toString();
    }

    /** After each refresh: the rows on screen, as painted; a row showing a value it did not show before measures. */
    private void watch(LiveValuesView view) {
        Table table = view.table().control();
        long paintStart = System.nanoTime();
        table.update(); // paint now what the refresh changed (fills the visible rows)
        long now = System.nanoTime();
        if (measuring) {
            worstPaint = Math.max(worstPaint, (now - paintStart) / 1_000_000);
        }
        int top = table.getTopIndex();
        int visible = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
        for (int i = top; i < Math.min(table.getItemCount(), top + visible); i++) {
            String text = table.getItem(i).getText(LiveColumn.VALUE.ordinal());
            if (text.isEmpty() || text.equals("-")) {
                continue;
            }
            int value = (int) Math.round(Double.parseDouble(text) * 10);
            Integer before = lastShown.put(i, value);
            if (measuring && before != null && before != value) {
                long lag = now - changedAt.get(value);
                if (lag >= 0) {
                    lags.add(lag / 1_000_000);
                }
            }
        }
    }

    private static int rowsOnScreen(Table table) {
        return (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
    }

    private void startHeartbeat(Display display) {
        beating = true;
        heartbeatDue = System.nanoTime() + HEARTBEAT_MS * 1_000_000L;
        display.timerExec(HEARTBEAT_MS, new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                worstBlock = Math.max(worstBlock, (now - heartbeatDue) / 1_000_000);
                if (beating) {
                    heartbeatDue = now + HEARTBEAT_MS * 1_000_000L;
                    display.timerExec(HEARTBEAT_MS, this);
                }
            }
        });
    }

    private void report(LiveValuesView view) throws Exception {
        assertTrue(lags.size() > 100, () -> "too few changes seen on screen: " + lags.size() + " (rows shown "
                + view.table().control().getItemCount() + ")");
        Collections.sort(lags);
        long p95 = lags.get((int) Math.ceil(lags.size() * 0.95) - 1);
        long median = lags.get(lags.size() / 2);
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        List<String> lines = List.of(
                "commissioning.live-1000x10hz.display-lag.p95=" + p95 + " ms",
                "commissioning.live-1000x10hz.display-lag.median=" + median + " ms",
                "commissioning.live-1000x10hz.display-lag.max=" + lags.get(lags.size() - 1) + " ms",
                "commissioning.live-1000x10hz.display-lag.samples=" + lags.size(),
                "commissioning.live-1000x10hz.ui-blocked.max=" + worstBlock + " ms",
                "commissioning.live-1000x10hz.table-paint.max=" + worstPaint + " ms",
                "commissioning.live-1000x10hz.refresh.max=" + view.takeLongestRefresh().toMillis() + " ms",
                "commissioning.live-1000x10hz.rows-on-screen=" + rowsOnScreen(view.table().control()),
                String.format(Locale.ROOT, "commissioning.live-1000x10hz.loadavg=%s", load));
        Path out = Path.of(System.getProperty("fieldbridge.benchFile", "target/workbench-bench.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lines.forEach(line -> System.out.println("[workbench-bench] " + line));
    }
}
