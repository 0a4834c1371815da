/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code fieldbridge scan} and {@code fieldbridge read} against the simulated PLC4 on a free loopback port. */
@Timeout(120)
@DisplayName("fieldbridge scan and read")
class CommissioningCommandsTest {

    private static Simulator simulator;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fieldbridge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("scan of PLC4's CDAB float prints CDAB and its .twin options on the first line")
    void scanNamesTheOrderFirst() throws Exception {
        Run r = run("scan", RepositoryRoot.riverside().toString(), "PLC4", "4x0003", "--endpoint",
                "PLC4=127.0.0.1:" + port);
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("CDAB  float32 { byte order big, word order little }"), first);
        assertTrue(r.err().contains("holding:2 (400003), unit 1"), r.err());
    }

    @Test
    @DisplayName("read prints one Good line per PLC4 mapping with raw registers, value, unit and age")
    void readPrintsOneLinePerMapping() throws Exception {
        Run r = run("read", RepositoryRoot.riverside().toString(), "--endpoint", "PLC4=127.0.0.1:" + port);
        String current = r.out().lines().filter(l -> l.startsWith("Tank1.RectifierCurrent")).findFirst().orElseThrow();
        assertTrue(current.matches("Tank1\\.RectifierCurrent\\s+\\S+ \\[[0-9A-F]{4} [0-9A-F]{4}\\]\\s+\\S+\\s+A\\s+Good\\s+\\d+ ms"),
                current);
        assertEquals(12, r.out().lines().filter(l -> l.startsWith("Tank") && l.contains(" Good ")).count(), r.out());
        assertTrue(r.err().contains("PLC4 127.0.0.1:" + port + " unit 1: connected"), r.err());
    }

    @Test
    @DisplayName("a controller that is not there: one line in plant words, exit 1")
    void unreachableControllerIsOneLine() throws Exception {
        Run r = run("scan", RepositoryRoot.riverside().toString(), "PLC4", "holding", "40021", "--endpoint",
                "PLC4=127.0.0.1:" + LoopbackPort.free());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("connection refused"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    @DisplayName("an override naming no connection is a usage error (exit 2)")
    void unknownOverrideIsAUsageError() throws Exception {
        Run r = run("read", RepositoryRoot.riverside().toString(), "--endpoint", "PLC9=127.0.0.1:1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("there is no connection PLC9"), r.err());
    }
}
