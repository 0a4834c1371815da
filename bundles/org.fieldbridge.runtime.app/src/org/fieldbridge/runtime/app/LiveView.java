/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.diagnostics.ConnectionState;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.diagnostics.HealthSnapshot;

/**
 * A compact console view of a running twin for people: every few seconds a block with one line per
 * acquired signal (short label, value and unit, quality, age of the value), and one line per alarm raise
 * or clear and per operator's action on an alarm (acknowledged, confirmed, commented, enabled, disabled: who, and
 * the comment) as it happens. Plain text with fixed column widths (computed once from the twin), so a CI log
 * reads well and a test can parse it; colours only when asked (a terminal).
 *
 * <pre>
 * == riverside  10:15:02  12 signals  alarms active: BathTooHot ==
 * -- PLC4 (Modbus TCP) connected since 10:14:58; cycle 12.1 ms, p99 31.0 ms; 10.0 requests/s; 0 failed; 0 reconnects
 *   Tank3.BathTemp              24.61 °C    Good                            0.2 s
 * 10:15:07  ALARM RAISED   BathTooHot  Tank3  value 24.61  severity 700
 * 10:15:31  ALARM ACKNOWLEDGED  BathTooHot  Tank3  by anna: "checked heater"
 * </pre>
 */
public final class LiveView implements RuntimeListener, AutoCloseable {

    static final int VALUE_WIDTH = 12;
    static final int QUALITY_WIDTH = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final TwinRuntime runtime;
    private final PrintStream out;
    private final Duration interval;
    private final boolean ansi;
    private final Clock clock;
    private final SignalLabels labels;
    private final List<String> rows = new ArrayList<>();
    private final int labelWidth;
    private final int unitWidth;
    private final Map<String, String> activeAlarms = new LinkedHashMap<>();
    private ScheduledExecutorService executor;

    /**
     * @param interval time between two blocks
     * @param ansi true to colour qualities and alarms (only for a terminal)
     */
    public LiveView(TwinRuntime runtime, PrintStream out, Duration interval, boolean ansi, Clock clock) {
        this.runtime = runtime;
        this.out = out;
        this.interval = interval;
        this.ansi = ansi;
        this.clock = clock;
        this.labels = new SignalLabels(runtime.twin().addressSpace());
        List<String> acquired = runtime.acquiredSignals();
        labels.signalIds().stream().filter(acquired::contains).forEach(rows::add);
        acquired.stream().filter(id -> !rows.contains(id)).forEach(rows::add);
        labelWidth = rows.stream().mapToInt(id -> labels.label(id).length()).max().orElse(10);
        unitWidth = rows.stream().mapToInt(id -> labels.unit(id).length()).max().orElse(0);
    }

    /** @return true when standard output is an interactive terminal (then colours are welcome) */
    public static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+: a Console exists even when redirected; isTerminal() tells
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }

    /** Listens to the runtime and prints a block every interval from now on. */
    public synchronized void start() {
        runtime.addListener(this);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbridge-live-view");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleAtFixedRate(this::print, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void print() {
        String block = block();
        synchronized (out) {
            out.print(block);
            out.flush();
        }
    }

    /** @return the block of the current values */
    String block() {
        Instant now = clock.instant();
        StringBuilder b = new StringBuilder();
        String alarms;
        synchronized (activeAlarms) {
            alarms = activeAlarms.isEmpty() ? "none" : String.join(", ", activeAlarms.keySet());
        }
        b.append(String.format(Locale.ROOT, "== %s  %s  %d signals  alarms active: %s ==%n", runtime.twin().name(),
                TIME.format(LocalDateTime.ofInstant(now, clock.getZone())), rows.size(), alarms));
        for (ControllerHealth health : runtime.controllerHealth()) {
            b.append(controllerLine(health.snapshot())).append(System.lineSeparator());
        }
        String sparkplug = runtime.sparkplugStatusLine();
        if (sparkplug != null) {
            b.append(sparkplug).append(System.lineSeparator());
        }
        String latency = runtime.publishLatencyLine();
        if (latency != null) {
            b.append(latency).append(System.lineSeparator());
        }
        for (String id : rows) {
            b.append(row(id, runtime.latest(id), runtime.confirmedAt(id), now)).append(System.lineSeparator());
        }
        return b.toString();
    }

    /**
     * @param confirmed when the controller last confirmed the value (read it again, sent a keep-alive), null if
     *        it never delivered one: the age is the time since then, not since the value last changed
     */
    String row(String id, Sample sample, Instant confirmed, Instant now) {
        String value = sample == null ? "-" : value(sample.value());
        String quality = sample == null ? "Bad_WaitingForInitialData" : sample.quality().symbolicName();
        String age = confirmed == null ? "never" : age(Duration.between(confirmed, now));
        String qualityText = pad(quality, QUALITY_WIDTH);
        if (ansi) {
            String colour = quality.startsWith("Good") ? "\u001B[32m" : quality.startsWith("Uncertain") ? "\u001B[33m"
                    : "\u001B[31m";
            qualityText = colour + qualityText + "\u001B[0m";
        }
        return "  " + pad(labels.label(id), labelWidth) + "  " + " ".repeat(Math.max(0, VALUE_WIDTH - value.length()))
                + value + " " + pad(labels.unit(id), unitWidth) + "  " + qualityText + "  " + age;
    }

    /**
     * @return a header line per controller, e.g. {@code -- PLC4 (Modbus TCP) connected since 10:15:00; cycle 12.1 ms,
     *         p99 31.0 ms; 10.0 requests/s; 0 failed; 0 reconnects}; a controller that is down shows its last error
     */
    String controllerLine(HealthSnapshot h) {
        StringBuilder b = new StringBuilder("-- ").append(h.controller()).append(" (").append(h.protocol()).append(") ")
                .append(h.state().text()).append(" since ").append(TIME.format(LocalDateTime.ofInstant(h.stateSince(),
                        clock.getZone())));
        if (h.lastCycle() != null) {
            b.append(String.format(Locale.ROOT, "; cycle %.1f ms, p99 %.1f ms", h.lastCycle().toNanos() / 1e6,
                    h.cycleP99().toNanos() / 1e6));
        }
        if (h.subscriptionState() != null) {
            b.append("; subscription ").append(h.subscriptionState());
        }
        b.append(String.format(Locale.ROOT, "; %.1f %s/s; %d failed; %d reconnects", h.requestsPerSecond(),
                h.subscriptionState() != null ? "notifications" : "requests", h.failedRequests(), h.reconnects()));
        if (h.state() != ConnectionState.CONNECTED && h.lastError() != null) {
            String line = "; last error " + TIME.format(LocalDateTime.ofInstant(h.lastErrorTime(), clock.getZone()))
                    + " " + h.lastError();
            b.append(ansi ? "\u001B[31m" + line + "\u001B[0m" : line);
        }
        return b.toString();
    }

    @Override
    public void onEvent(String sourceId, BehaviourEvent event) {
        synchronized (activeAlarms) {
            if (event.type() == BehaviourEvent.Type.RAISED) {
                activeAlarms.put(event.source(), sourceId);
            } else if (event.type() == BehaviourEvent.Type.CLEARED) {
                activeAlarms.remove(event.source());
            }
        }
        String line = eventLine(sourceId, event);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    String eventLine(String sourceId, BehaviourEvent event) {
        String what = switch (event.type()) {
            case RAISED -> "ALARM RAISED ";
            case CLEARED -> "ALARM CLEARED";
            case BATCH_COMPLETED -> "BATCH DONE   ";
        };
        if (ansi) {
            what = (event.type() == BehaviourEvent.Type.RAISED ? "\u001B[31;1m" : "\u001B[32m") + what + "\u001B[0m";
        }
        LocalTime time = LocalDateTime.ofInstant(event.time(), clock.getZone()).toLocalTime();
        return String.format(Locale.ROOT, "%s  %s  %s  %s  value %s  severity %d", TIME.format(time), what,
                event.source(), labels.label(sourceId), value(event.value()), event.severity());
    }

    /** Operators' actions on alarms; raises and clears are printed from the behaviour's event ({@link #onEvent}). */
    @Override
    public void onCondition(ConditionEvent event) {
        String line = conditionLine(event);
        if (line == null) {
            return;
        }
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /**
     * @return e.g. {@code 10:15:31  ALARM ACKNOWLEDGED  BathTooHot  Tank3  by anna: "checked heater"}, with
     *         {@code (earlier activation)} for a branch; null for transitions that are no operator's action
     */
    String conditionLine(ConditionEvent event) {
        String what = switch (event.transition()) {
            case ACKNOWLEDGED -> "ALARM ACKNOWLEDGED";
            case CONFIRMED -> "ALARM CONFIRMED";
            case COMMENTED -> "ALARM COMMENTED";
            case ENABLED -> "ALARM ENABLED";
            case DISABLED -> "ALARM DISABLED";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        String equipment = event.conditionId().contains(".")
                ? event.conditionId().substring(0, event.conditionId().lastIndexOf('.')) : event.conditionId();
        StringBuilder line = new StringBuilder(TIME.format(LocalDateTime.ofInstant(event.time(), clock.getZone())))
                .append("  ").append(ansi ? "\u001B[36m" + what + "\u001B[0m" : what).append("  ")
                .append(event.sourceName()).append("  ").append(labels.label(equipment));
        if (event.isBranch()) {
            line.append("  (earlier activation)");
        }
        line.append("  by ").append(event.user().isEmpty() ? "unknown user" : event.user());
        if (!event.comment().isEmpty()) {
            line.append(": \"").append(event.comment().replaceAll("\\p{Cntrl}", " ")).append('"');
        }
        return line.toString();
    }

    static String value(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isNaN(d) ? "NaN" : String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(v);
    }

    static String age(Duration age) {
        long ms = Math.max(0, age.toMillis());
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (ms < 120_000) {
            return ms / 1000 + " s";
        }
        return ms / 60_000 + " min";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    @Override
    public synchronized void close() {
        runtime.removeListener(this);
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
