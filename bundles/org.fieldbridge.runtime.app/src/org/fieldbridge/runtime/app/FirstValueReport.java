/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * Says when every acquired signal has its first value (no longer Bad_WaitingForInitialData) and, separately,
 * when every one has had a first <em>Good</em> value, with the time since the JVM started: how long a (re)start
 * of the runtime leaves its clients without data. The first line says which signals are not Good yet, per
 * controller and quality, so that a runtime whose controllers are unreachable never looks healthy. Operators
 * read it in the log; the start-up benchmark parses "have a first value, N s after the JVM started".
 */
final class FirstValueReport implements RuntimeListener {

    private final Set<String> withoutValue = ConcurrentHashMap.newKeySet();
    private final Set<String> withoutGood = ConcurrentHashMap.newKeySet();
    private final Map<String, String> controllerOf;
    private final TwinRuntime runtime;
    private final PrintStream out;
    private final int total;
    private volatile boolean valuesReported;
    private volatile boolean goodReported;

    private FirstValueReport(TwinRuntime runtime, PrintStream out) {
        this.controllerOf = runtime.controllerOfSignals();
        this.withoutValue.addAll(runtime.acquiredSignals());
        this.withoutGood.addAll(withoutValue);
        this.total = withoutValue.size();
        this.runtime = runtime;
        this.out = out;
    }

    /** Registers a report with {@code runtime}; signals that already have a value count at once. */
    static void attach(TwinRuntime runtime, PrintStream out) {
        FirstValueReport report = new FirstValueReport(runtime, out);
        if (report.total == 0) {
            return;
        }
        runtime.addListener(report);
        for (Map.Entry<String, Sample> latest : runtime.latestSamples().entrySet()) {
            report.onSample(latest.getKey(), latest.getValue());
        }
    }

    @Override
    public void onSample(String id, Sample sample) {
        if (sample.quality().code() == Quality.BAD_WAITING_FOR_INITIAL_DATA.code() || !controllerOf.containsKey(id)) {
            return;
        }
        withoutValue.remove(id);
        if (sample.quality().isGood()) {
            withoutGood.remove(id);
        }
        // the lock only when there is something to say: this runs on every acquisition thread for every sample
        if (!valuesReported && withoutValue.isEmpty() || valuesReported && !goodReported && withoutGood.isEmpty()) {
            report();
        }
    }

    private synchronized void report() {
        if (!valuesReported && withoutValue.isEmpty()) {
            valuesReported = true;
            List<String> notGood = notGoodYet();
            print(String.format(Locale.ROOT, "All %d acquired signals have a first value, %.2f s after the JVM started%s",
                    total, secondsSinceJvmStart(), notGood.isEmpty() ? "; all Good."
                            : "; not Good yet: " + String.join(", ", notGood) + "."));
        }
        if (valuesReported && !goodReported && withoutGood.isEmpty()) {
            goodReported = true;
            print(String.format(Locale.ROOT, "All %d acquired signals have a first Good value, %.2f s after the JVM started.",
                    total, secondsSinceJvmStart()));
            // said both: off the acquisition threads' path from now on
            runtime.removeListener(this);
        }
    }

    /** @return e.g. {@code PLC4: 12 Bad_CommunicationError (connection refused)} per controller and quality */
    private List<String> notGoodYet() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, String> details = new TreeMap<>();
        for (String id : withoutGood) {
            Sample latest = runtime.latest(id);
            Quality quality = latest == null ? Quality.BAD_WAITING_FOR_INITIAL_DATA : latest.quality();
            String controller = controllerOf.get(id);
            counts.computeIfAbsent(controller, c -> new TreeMap<>()).merge(quality.symbolicName(), 1, Integer::sum);
            if (!quality.detail().isEmpty()) {
                details.putIfAbsent(controller + " " + quality.symbolicName(), quality.detail());
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((controller, byQuality) -> byQuality.forEach((quality, n) -> {
            String detail = details.get(controller + " " + quality);
            parts.add(controller + ": " + n + " " + quality + (detail == null ? "" : " (" + detail + ")"));
        }));
        return parts;
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static double secondsSinceJvmStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }
}
