/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.fieldbridge.tests.support.RepositoryRoot;

/**
 * How the peer bench reads its own report ({@code releng/peer-bench/report.sh}, sourced by
 * {@code releng/peer-bench.sh} and {@code releng/peer-bench/gateway.sh}): a ratio is made only of figures that
 * were measured, and a figure measured twice counts with its last value.
 */
class PeerBenchReportTest {

    @TempDir
    Path dir;

    /** Sources report.sh in {@code sh} and runs one command against a report of the given lines. */
    private String run(String command, String... reportLines) throws Exception {
        Files.writeString(dir.resolve("report.txt"), String.join("\n", reportLines) + "\n");
        Path script = RepositoryRoot.find().resolve("releng/peer-bench/report.sh");
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder("sh", "-c", ". \"$1\"; " + command, "sh", script.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "sh ends");
        assertEquals(0, process.exitValue(), () -> "sh failed: " + read(out));
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRatioOfTwoMeasuredFiguresHasThreeDecimals() throws Exception {
        assertEquals("ratio.gateway.cpu.100=0.289\n", run(
                "ratio gateway.cpu.100 gateway.fieldbridge.100.cpu gateway.nodered.100.cpu report.txt",
                "gateway.fieldbridge.100.cpu=0.97 CPU-s/min", "gateway.nodered.100.cpu=3.36 CPU-s/min"));
    }

    @Test
    void aFigureThatWasNotMeasuredGivesNoRatioRatherThanZero() throws Exception {
        assertEquals("", run("ratio modbus.cpu modbus.fieldbridge.cpu modbus.plc4x.cpu report.txt",
                "modbus.plc4x.cpu=1.52 s", "# modbus.fieldbridge failed"));
        assertEquals("", run("ratio modbus.cpu modbus.fieldbridge.cpu modbus.plc4x.cpu report.txt",
                "modbus.fieldbridge.cpu=0.29 s", "modbus.plc4x.cpu=0 s"));
    }

    @Test
    void aTagCountMeasuredTwiceCountsWithItsLastValue() throws Exception {
        assertEquals("1.37\n", run("value gateway.fieldbridge.100.cpu report.txt",
                "gateway.fieldbridge.100.cpu=0.92 CPU-s/min", "gateway.nodered.100.cpu=3.37 CPU-s/min",
                "gateway.fieldbridge.100.cpu=1.37 CPU-s/min"));
    }

    @Test
    void aNameIsMatchedAsWrittenNotAsAPattern() throws Exception {
        assertEquals("\n", run("echo \"$(value gateway.cpu.100 report.txt)\"",
                "gatewayXcpuX100=7 -", "gateway.cpu.1000=0.137 -"));
    }
}
