/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.alignment.AlignedSignal;
import org.fieldbridge.runtime.alignment.AlignedValue;
import org.fieldbridge.runtime.alignment.AlignmentGrid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the alignment grids of a twin on a thread of its own: every tick, each grid point that has
 * become complete (and has waited the settle time, so that samples delivered late by an OPC UA
 * subscription still count) is evaluated once, and each aligned output's value is published stamped
 * with the grid point. Acquisition threads feed the grids concurrently; a grid is locked while it is fed
 * or evaluated, never while values are published.
 */
final class AlignmentTicker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlignmentTicker.class);
    /** At most this many missed grid points are caught up after a stall; older ones are skipped. */
    private static final int MAX_CATCH_UP = 100;

    /** Where a signal's samples enter one grid. */
    static final class Feed {
        private final Object lock;
        private final AlignedSignal signal;

        Feed(Object lock, AlignedSignal signal) {
            this.lock = lock;
            this.signal = signal;
        }

        void observe(long sourceTimeNanos, double value, int quality) {
            synchronized (lock) {
                signal.observe(sourceTimeNanos, value, quality);
            }
        }
    }

    /** One {@code align} statement: its grid (whose signals are named by their output ids). */
    private static final class Grid {
        final AlignmentGrid grid;
        final Duration period;
        Instant lastEvaluated;

        Grid(Duration period) {
            this.grid = new AlignmentGrid(period);
            this.period = period;
        }
    }

    private final List<Grid> grids = new ArrayList<>();
    private final Map<String, List<Feed>> feeds = new LinkedHashMap<>();
    private final BiConsumer<String, Sample> output;
    private final Clock clock;
    private final Duration settle;
    private ScheduledExecutorService executor;

    /**
     * @param output receives each aligned value under its output id
     * @param settle how long after a grid point becomes complete it is evaluated
     */
    AlignmentTicker(List<TwinAssembly.Alignment> alignments, BiConsumer<String, Sample> output, Clock clock,
            Duration settle) {
        this.output = output;
        this.clock = clock;
        this.settle = settle;
        for (TwinAssembly.Alignment alignment : alignments) {
            Grid g = new Grid(alignment.period());
            for (AlignedOutput o : alignment.outputs()) {
                // the output id names the grid signal: one source may be aligned with several methods
                AlignedSignal signal = g.grid.add(o.outputId(), o.method(), o.staleAfter());
                feeds.computeIfAbsent(o.signalId(), k -> new ArrayList<>()).add(new Feed(g, signal));
            }
            grids.add(g);
        }
    }

    /** @return where the samples of {@code signalId} enter the grids (empty when it is aligned nowhere) */
    List<Feed> feedsOf(String signalId) {
        return feeds.getOrDefault(signalId, List.of());
    }

    /** Starts ticking (nothing to do without grids). */
    synchronized void start(String twinName) {
        if (grids.isEmpty() || executor != null) {
            return;
        }
        long shortest = grids.stream().mapToLong(g -> g.period.toMillis()).min().orElse(1000);
        long tick = Math.max(20, Math.min(250, shortest / 5));
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbridge-alignment-" + twinName);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Evaluates every grid point that became complete since the last tick. */
    void tick() {
        Instant now = clock.instant();
        for (Grid g : grids) {
            try {
                evaluate(g, now);
            } catch (RuntimeException e) {
                LOG.error("alignment grid of {} failed", g.grid.signals().stream().map(AlignedSignal::name).toList(), e);
            }
        }
    }

    private void evaluate(Grid g, Instant now) {
        List<Map<String, AlignedValue>> results = new ArrayList<>();
        synchronized (g) {
            Instant last = g.grid.lastCompleteGridPoint(now.minus(settle));
            Instant next = g.lastEvaluated == null ? last : g.lastEvaluated.plus(g.period);
            if (next.isBefore(last.minus(g.period.multipliedBy(MAX_CATCH_UP)))) {
                next = last.minus(g.period.multipliedBy(MAX_CATCH_UP - 1L));
            }
            for (Instant point = next; !point.isAfter(last); point = point.plus(g.period)) {
                results.add(g.grid.valuesAt(point));
                g.lastEvaluated = point;
            }
            if (!results.isEmpty()) {
                g.grid.discardBefore(g.lastEvaluated);
            }
        }
        Instant published = clock.instant();
        for (Map<String, AlignedValue> values : results) {
            values.forEach((outputId, v) -> output.accept(outputId, new Sample(
                    Double.isNaN(v.value()) ? null : v.value(), v.quality(), v.gridTime(), published)));
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
