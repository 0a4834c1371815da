/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the peer bench reads a run against issue 15's targets ({@code releng/peer-bench-targets.sh}, run by
 * {@code releng/peer-bench.sh} at its end): every target gets a line saying met, NOT-MET or not-measured, and the
 * count of those not met is printed last.
 */
class PeerBenchTargetsTest {

    /** A run in which every target is met (figures of the 2026-12-08 full round, RSS lowered to 149 MB). */
    private static final List<String> ALL_MET = List.of(
            "ratio.modbus.requests_per_cycle=0.890 -",
            "ratio.alignment.hold.vs_pandas_long=5.060 -",
            "ratio.alignment.linear.vs_pandas_long=16.347 -",
            "ratio.alignment.mean.vs_pandas_long=4.001 -",
            "e2e.p99=26.7 ms", "e2e.max=28.1 ms", "runtime.added.server.p99=2.88 ms",
            "ratio.gateway.cpu.1000=0.110 -", "ratio.gateway.cpu.100=0.184 -", "ratio.gateway.cpu.10000=0.088 -",
            "gateway.fieldbridge.10000.cpu=4.96 CPU-s/min", "gateway.fieldbridge.10000.rss=149 MB",
            "fanout.fieldbridge.overflow=0 notifications", "fanout.fieldbridge.changes_per_s=99999 1/s",
            "fanout.fieldbridge.notifications_per_s=99868 1/s", "ratio.fanout.notifications_per_s=1.003 -");

    @TempDir
    Path dir;

    private List<String> targets(List<String> reportLines) throws Exception {
        Files.writeString(dir.resolve("report.txt"), String.join("\n", reportLines) + "\n");
        Path script = RepositoryRoot.find().resolve("releng/peer-bench-targets.sh");
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder("sh", script.toString(), "report.txt").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "sh ends");
        String printed = Files.readString(out);
        assertEquals(0, process.exitValue(), "the script failed: " + printed);
        return printed.lines().toList();
    }

    private static List<String> with(String... changed) {
        List<String> lines = new ArrayList<>(ALL_MET);
        lines.addAll(List.of(changed));
        return lines;
    }

    @Test
    void aRunThatMeetsEveryTargetSaysSoForEachInTagOrder() throws Exception {
        List<String> out = targets(ALL_MET);
        assertEquals("targets.not_met=0 targets", out.get(out.size() - 1));
        assertEquals(15, out.size(), () -> String.join("\n", out));
        assertTrue(out.stream().limit(14).allMatch(line -> line.contains("=met ")), () -> String.join("\n", out));
        assertEquals(List.of("target.gateway.cpu.100=met 0.184 <= 0.2", "target.gateway.cpu.1000=met 0.110 <= 0.2",
                "target.gateway.cpu.10000=met 0.088 <= 0.2"),
                out.stream().filter(line -> line.startsWith("target.gateway.cpu.")).toList());
    }

    @Test
    void aFigureOverItsBoundIsNotMetAndTheLastLineOfANameCounts() throws Exception {
        List<String> out = targets(with("gateway.fieldbridge.10000.rss=187 MB", "ratio.gateway.cpu.100=0.257 -"));
        assertTrue(out.contains("target.gateway.10000.rss=NOT-MET 187 <= 150"), () -> String.join("\n", out));
        assertTrue(out.contains("target.gateway.cpu.100=NOT-MET 0.257 <= 0.2"), () -> String.join("\n", out));
        assertEquals("targets.not_met=2 targets", out.get(out.size() - 1));
    }

    @Test
    void aTargetWithoutItsFigureIsNotMeasuredAndCountsAsNotMet() throws Exception {
        List<String> lines = new ArrayList<>(ALL_MET);
        lines.removeIf(line -> line.startsWith("e2e.max=") || line.startsWith("ratio.gateway.cpu."));
        List<String> out = targets(lines);
        assertTrue(out.contains("target.e2e.max=not-measured"), () -> String.join("\n", out));
        assertTrue(out.contains("target.gateway.cpu=not-measured"), () -> String.join("\n", out));
        assertEquals("targets.not_met=2 targets", out.get(out.size() - 1));
    }

    @Test
    void aFanOutBelowNodeOpcuaIsMetOnlyWhenItDeliveredEveryChangeOffered() throws Exception {
        List<String> delivered = targets(with("ratio.fanout.notifications_per_s=0.998 -"));
        assertTrue(delivered.contains("target.fanout.notifications_per_s=met 0.9987 >= 0.99"),
                () -> String.join("\n", delivered));
        List<String> lost = targets(with("ratio.fanout.notifications_per_s=0.950 -",
                "fanout.fieldbridge.notifications_per_s=95000 1/s"));
        assertTrue(lost.contains("target.fanout.notifications_per_s=NOT-MET 0.9500 >= 0.99"),
                () -> String.join("\n", lost));
    }
}
