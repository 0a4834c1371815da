/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.conditioning.SignalConditioner;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlan;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterCodec;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * Prints the runtime's figures (not a test: nothing is asserted, run it with releng/bench.sh):
 * requests per poll cycle against the physical minimum for a 10,000-tag register map, and conditioning
 * throughput in samples per second on one and on two threads.
 */
public final class RuntimeBench {

    private static final int TAGS = 10_000;

    private RuntimeBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Fieldbridge runtime bench (%s, %d cores available)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        planning("mixed plant map", registerMap(TAGS, new Random(20261124)));
        planning("dense FLOAT32 map (energy meters)", denseFloatMap(TAGS, new Random(4242)));
        decoding();
        conditioning(1);
        conditioning(2);
    }

    /**
     * A plant-like map: per unit and table, clusters of 5..300 mapped registers (mixed types, a few bits
     * and strings) separated by unmapped gaps of 1..200 registers.
     */
    public static List<TagAddress> registerMap(int count, Random random) {
        List<TagAddress> tags = new ArrayList<>(count);
        int[] next = new int[8 * 4];
        while (tags.size() < count) {
            int unit = 1 + random.nextInt(8);
            RegisterArea area = random.nextInt(10) < 7 ? (random.nextBoolean() ? RegisterArea.HOLDING_REGISTER
                    : RegisterArea.INPUT_REGISTER) : (random.nextBoolean() ? RegisterArea.COIL : RegisterArea.DISCRETE_INPUT);
            int slot = (unit - 1) * 4 + area.ordinal();
            int offset = next[slot] + 1 + random.nextInt(200);
            int cluster = 5 + random.nextInt(296);
            int end = offset + cluster;
            while (offset < end && tags.size() < count && offset < 60_000) {
                DataType type = area.isBits() ? DataType.BOOL : randomType(random);
                TagAddress tag = TagAddress.of(unit, area, offset, type);
                tags.add(tag);
                offset += tag.quantity();
            }
            next[slot] = offset;
        }
        return tags;
    }

    private static DataType randomType(Random random) {
        int r = random.nextInt(100);
        if (r < 45) {
            return DataType.UINT16;
        } else if (r < 60) {
            return DataType.INT16;
        } else if (r < 85) {
            return DataType.FLOAT32;
        } else if (r < 92) {
            return DataType.INT32;
        } else if (r < 96) {
            return DataType.FLOAT64;
        } else if (r < 98) {
            return DataType.string(8);
        }
        return DataType.bit(random.nextInt(16));
    }

    /**
     * The hardest realistic case for a 125-register limit: runs of 50..500 contiguous FLOAT32 values. A
     * request holds at most 62 of them (124 registers), as a value is never split over two requests.
     */
    static List<TagAddress> denseFloatMap(int count, Random random) {
        List<TagAddress> tags = new ArrayList<>(count);
        int unit = 1;
        int offset = 0;
        while (tags.size() < count) {
            int run = 50 + random.nextInt(451);
            for (int i = 0; i < run && tags.size() < count; i++) {
                tags.add(TagAddress.of(unit, RegisterArea.HOLDING_REGISTER, offset, DataType.FLOAT32));
                offset += 2;
            }
            offset += 1 + random.nextInt(50);
            if (offset > 60_000) {
                unit++;
                offset = 0;
            }
        }
        return tags;
    }

    private static void planning(String name, List<TagAddress> map) {
        int minimum = PollPlan.physicalMinimum(map);
        System.out.printf(Locale.ROOT, "%nPoll planning, %s, %,d tags, physical minimum %,d requests (sum over contiguous runs of ceil(n/125|2000))%n",
                name, map.size(), minimum);
        for (PollLimits limits : List.of(PollLimits.PROTOCOL, new PollLimits(125, 2000, 8, 64),
                new PollLimits(100, 2000, 0, 0))) {
            PollPlanner planner = new PollPlanner(limits);
            long start = System.nanoTime();
            PollPlan plan = null;
            for (int i = 0; i < 20; i++) {
                plan = planner.plan(map);
            }
            double millis = (System.nanoTime() - start) / 20 / 1e6;
            System.out.printf(Locale.ROOT, "  limits %-45s %,6d requests/cycle  ratio %.3f  (planned in %.1f ms)%n",
                    limits, plan.requestCount(), plan.requestCount() / (double) minimum, millis);
        }
    }

    private static void decoding() {
        int[] words = RegisterCodec.encode(DataType.FLOAT32, org.fieldbridge.runtime.register.ByteOrder.LITTLE_ENDIAN,
                org.fieldbridge.runtime.register.WordOrder.LOW_WORD_FIRST, 123.456f);
        TagAddress tag = new TagAddress(1, RegisterArea.HOLDING_REGISTER, 0, DataType.FLOAT32,
                org.fieldbridge.runtime.register.ByteOrder.LITTLE_ENDIAN, org.fieldbridge.runtime.register.WordOrder.LOW_WORD_FIRST);
        double sink = 0;
        long n = 0;
        long start = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            start = System.nanoTime();
            n = 0;
            for (int i = 0; i < 5_000_000; i++) {
                sink += ((Float) RegisterCodec.decode(tag, words, 0));
                n++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nDecoding FLOAT32 DCBA: %,.0f values/s (checksum %.0f)%n", n / seconds, sink);
    }

    /** Scale, range check and deadband on 1,000 signals per thread, noisy values around a setpoint. */
    private static void conditioning(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] result = new long[2];
            for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up
                List<Future<Long>> futures = new ArrayList<>();
                long start = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    int seed = t;
                    futures.add(pool.submit(() -> conditionSignals(seed, 1_000, 2_000)));
                }
                long reported = 0;
                for (Future<Long> f : futures) {
                    reported += f.get();
                }
                result[0] = System.nanoTime() - start;
                result[1] = reported;
            }
            long samples = (long) threads * 1_000 * 2_000;
            double seconds = result[0] / 1e9;
            System.out.printf(Locale.ROOT, "Conditioning (scale+range+deadband), %d thread(s): %,.0f samples/s (%,d samples, %,d reported)%n",
                    threads, samples / seconds, samples, result[1]);
        } finally {
            pool.shutdown();
        }
    }

    private static long conditionSignals(int seed, int signals, int samplesPerSignal) {
        Random random = new Random(seed);
        SignalConditioner[] conditioners = new SignalConditioner[signals];
        Conditioning conditioning = Conditioning.IDENTITY.withScaling(0.1, -20).withValidRange(0, 120).withDeadband(0.2);
        for (int i = 0; i < signals; i++) {
            conditioners[i] = new SignalConditioner(conditioning);
        }
        Instant t0 = Instant.parse("2026-11-24T00:00:00Z");
        long reported = 0;
        for (int k = 0; k < samplesPerSignal; k++) {
            Instant at = t0.plusMillis(100L * k);
            for (int i = 0; i < signals; i++) {
                int raw = 800 + random.nextInt(20) + (k % 50 == 0 ? 1000 : 0);
                if (conditioners[i].condition(new Sample(raw, Quality.GOOD, at, at)) != null) {
                    reported++;
                }
            }
        }
        return reported;
    }
}
