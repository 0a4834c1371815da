/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * Says once when every acquired signal has its first value (Good or not, but no longer
 * Bad_WaitingForInitialData), with the time since the JVM started: how long a (re)start of the runtime
 * leaves its clients without data. Operators read it in the log; the start-up benchmark parses it.
 */
final class FirstValueReport implements RuntimeListener {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final TwinRuntime runtime;
    private final PrintStream out;
    private final int total;

    private FirstValueReport(TwinRuntime runtime, PrintStream out) {
        this.pending.addAll(runtime.acquiredSignals());
        this.total = pending.size();
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
        if (sample.quality().code() == Quality.BAD_WAITING_FOR_INITIAL_DATA.code() || !pending.remove(id)
                || !pending.isEmpty()) {
            return;
        }
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        synchronized (out) {
            out.printf(Locale.ROOT, "All %d acquired signals have a first value, %.2f s after the JVM started.%n",
                    total, sinceJvmStart / 1000.0);
            out.flush();
        }
        // said once: off the acquisition threads' path from now on
        runtime.removeListener(this);
    }
}
