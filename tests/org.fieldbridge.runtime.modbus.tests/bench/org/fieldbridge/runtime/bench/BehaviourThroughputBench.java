/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.alignment.AlignedSignal;
import org.fieldbridge.runtime.alignment.AlignmentGrid;
import org.fieldbridge.runtime.alignment.AlignmentMethod;
import org.fieldbridge.runtime.behaviour.ThresholdAlarm;

/**
 * Alignment + alarm throughput: 10,000 signals sampled every 100 ms, each feeding an alignment grid (1 s,
 * mixed methods) and a threshold alarm; the grid is evaluated every second of source time. Prints samples
 * per second for one thread and for one grid per core (signals partitioned, as the runtime does per line).
 */
public final class BehaviourThroughputBench {

    public static void main(String[] args) throws Exception {
        int signals = 10_000;
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        run(1, signals, 10); // warm-up
        double single = run(1, signals, seconds);
        int cores = Runtime.getRuntime().availableProcessors();
        double parallel = run(cores, signals, seconds);
        System.out.printf("alignment+alarms, %d signals @ 100 ms, %d s of source time%n", signals, seconds);
        System.out.printf("  1 thread : %,.0f samples/s%n", single);
        System.out.printf("  %d threads: %,.0f samples/s (target >= 2,000,000)%n", cores, parallel);
    }

    static double run(int threads, int signals, int seconds) throws InterruptedException {
        LongAdder events = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        int perThread = signals / threads;
        long start = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            Thread t = new Thread(() -> partition(perThread, seconds, events));
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long samples = (long) perThread * threads * seconds * 10;
        if (events.sum() == 0) {
            throw new IllegalStateException("no alarm fired: the benchmark exercised nothing");
        }
        return samples / elapsed;
    }

    static void partition(int signals, int seconds, LongAdder events) {
        AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        AlignedSignal[] aligned = new AlignedSignal[signals];
        ThresholdAlarm[] alarms = new ThresholdAlarm[signals];
        AlignmentMethod[] methods = AlignmentMethod.values();
        for (int i = 0; i < signals; i++) {
            aligned[i] = grid.add("S" + i, methods[i % methods.length], Duration.ofSeconds(3));
            alarms[i] = new ThresholdAlarm("A" + i, ThresholdAlarm.Direction.ABOVE, 24.5, 24.0, Duration.ofSeconds(2),
                    500, e -> events.increment());
        }
        long t0 = EpochNanos.of(Instant.parse("2026-11-24T12:00:00Z"));
        int good = Quality.GOOD.code();
        double sink = 0;
        for (int tick = 0; tick < seconds * 10; tick++) {
            long t = t0 + tick * 100_000_000L;
            for (int i = 0; i < signals; i++) {
                double v = 20 + 5 * Math.sin((tick + i) * 0.01);
                aligned[i].observe(t, v, good);
                alarms[i].update(t, v, good);
            }
            if (tick % 10 == 9) {
                Instant point = EpochNanos.toInstant(t0 + (tick / 10 - 1) * 1_000_000_000L);
                if (tick >= 19) {
                    sink += grid.valuesAt(point).size();
                    grid.discardBefore(point);
                }
            }
        }
        if (sink < 0) {
            System.out.println(sink);
        }
    }
}
