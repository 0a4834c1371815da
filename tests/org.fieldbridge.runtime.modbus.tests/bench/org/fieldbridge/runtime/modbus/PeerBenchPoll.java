/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.fieldbridge.runtime.bench.RuntimeBench;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * Fieldbridge's side of the Modbus acquisition comparison of releng/peer-bench.sh: polls the 10,000-tag map from
 * the {@link PeerBenchSlave} with a default {@link ModbusConnection} (gaps by measured cost), one cycle after the
 * other as fast as the device answers, and prints {@code name=value unit} lines: requests per cycle counted at the
 * device, cycle time p50/p99, CPU seconds of this process per 1,000,000 tag reads. Not a test.
 *
 * <p>Arguments: the slave's folder, warm-up cycles, measured cycles, and optionally {@code bridge-all} or
 * {@code gap-free} for explicit limits instead of the default (their lines are named after the variant).</p>
 */
public final class PeerBenchPoll {

    private PeerBenchPoll() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int cycles = Integer.parseInt(args[2]);
        int port = Integer.parseInt(Files.readString(folder.resolve("port")).trim());
        List<TagAddress> map = RuntimeBench.registerMap(10_000, new Random(20261124));
        List<ModbusTag> tags = new ArrayList<>(map.size());
        for (int i = 0; i < map.size(); i++) {
            tags.add(ModbusTag.of("tag" + i, map.get(i)));
        }
        AtomicLong samples = new AtomicLong();
        ModbusConnection connection = ModbusConnection.to("127.0.0.1", port)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        String variant = args.length > 3 ? args[3] : "default";
        if (variant.equals("bridge-all")) {
            connection = connection.withLimits(new PollLimits(125, 2000, 125, 2000));
        } else if (variant.equals("gap-free")) {
            connection = connection.withLimits(PollLimits.PROTOCOL);
        }
        try (ModbusPoller poller = new ModbusPoller(connection, tags, (t, s) -> samples.incrementAndGet())) {
            for (int i = 0; i < warmUp; i++) {
                poller.pollOnce();
            }
            long[] before = PeerBenchCounter.settled(folder);
            long cpuBefore = processCpuNanos();
            long[] cycleNanos = new long[cycles];
            for (int i = 0; i < cycles; i++) {
                long start = System.nanoTime();
                poller.pollOnce();
                cycleNanos[i] = System.nanoTime() - start;
            }
            long cpu = processCpuNanos() - cpuBefore;
            long[] after = PeerBenchCounter.settled(folder);
            Arrays.sort(cycleNanos);
            long good = tags.stream().filter(t -> poller.latest(t.name()).quality().isGood()).count();
            String p = variant.equals("default") ? "modbus.fieldbridge." : "modbus.fieldbridge_" + variant.replace('-', '_') + ".";
            line(p + "requests_per_cycle", (after[0] - before[0]) / (double) cycles, "requests");
            line(p + "refused_per_cycle", (after[1] - before[1]) / (double) cycles, "requests");
            line(p + "cycle.p50", cycleNanos[cycles / 2] / 1e6, "ms");
            line(p + "cycle.p99", cycleNanos[(int) Math.ceil(cycles * 0.99) - 1] / 1e6, "ms");
            line(p + "cpu_per_million_reads", cpu / 1e9 / (cycles * (double) tags.size()) * 1e6, "s");
            line(p + "good_tags", good, "tags");
            line(p + "tags", tags.size(), "tags");
            System.out.println("# Fieldbridge plan: " + poller.currentBlocks().size() + " requests, "
                    + poller.plannedLimits() + ", measured " + poller.measuredCost().map(Object::toString).orElse("nothing"));
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void line(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "%s=%.4g %s%n", name, value, unit);
    }
}
