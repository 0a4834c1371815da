/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbridge.runtime.app.CommandExecution;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code fieldbridge write}, {@code --config} and {@code read --watch} against the simulated PLC4 on a free loopback
 * port, with the riverside files copied into a test folder (the audit log is written beside them).
 */
@Timeout(120)
@DisplayName("fieldbridge write, --config and read --watch")
class WriteAndWatchCommandTest {

    @TempDir
    Path folder;
    private Simulator simulator;
    private SimulatedModbusDevice plc4;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        plc4 = simulator.controller(SimulatedModbusDevice.class);
        for (String file : new String[] { "riverside.plant", "riverside.twin" }) {
            Files.copy(RepositoryRoot.riverside().resolve(file), folder.resolve(file));
        }
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(WriteConfirmationPrompt prompt, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = CommandExecution.execute(new CommandLine(new WriteCommand(o, e, Map.of(), prompt)), args, o, e);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fieldbridge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String audit() throws Exception {
        return Files.readString(folder.resolve("riverside.audit"), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("without --allow-writes nothing is written: refused in one line naming the option, audited, exit 1")
    void refusedWithoutAllowWrites() throws Exception {
        int before = plc4.holdingRegister(2);
        Run r = run("write", folder.toString(), "Tank1.RectifierCurrent", "1250", "--yes", "--endpoint",
                "PLC4=127.0.0.1:" + port);
        assertEquals(1, r.code(), r.err());
        assertEquals("fieldbridge write: refused: writing to PLC4 is not enabled (reading is the default; enable"
                + " writes for this connection first) (--allow-writes PLC4)", r.err().strip());
        assertEquals(before, plc4.holdingRegister(2));
        assertTrue(audit().contains("\trefused: writing to PLC4 is not enabled"), audit());
    }

    @Test
    @DisplayName("with --allow-writes and --yes: the confirmation, the CDAB words in the slave, the value read back, exit 0")
    void writesWithAllowWritesAndYes() throws Exception {
        Run r = run("write", folder.toString(), "Tank1.RectifierCurrent", "1250", "--allow-writes", "PLC4", "--yes",
                "--by", "alice", "--endpoint", "PLC4=127.0.0.1:" + port);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Controller: PLC4 (127.0.0.1:" + port + " unit 1)"), r.out());
        assertTrue(r.out().contains("Address:    holding:2 (400003)"), r.out());
        assertTrue(r.out().contains("New value:  1250 A"), r.out());
        assertTrue(r.out().contains("Data type:  float32 CDAB"), r.out());
        assertTrue(r.out().contains("Registers:  4000 449C"), r.out());
        assertTrue(r.out().contains("written: reads back 1250 A"), r.out());
        assertEquals(0x4000, plc4.holdingRegister(2));
        assertEquals(0x449C, plc4.holdingRegister(3));
        assertTrue(audit().contains("\talice\tPLC4 holding:2 (400003) -> "), audit());
        assertTrue(audit().contains("words 4000 449C\twritten: reads back 1250 A"), audit());
    }

    @Test
    @DisplayName("not on a terminal and without --yes: not written, says to add --yes, audited as cancelled")
    void needsYesWithoutATerminal() throws Exception {
        int before = plc4.holdingRegister(1);
        Run r = run(q -> Optional.empty(), folder.toString(), "Tank1.BathTempSetpoint", "21.5", "--allow-writes",
                "PLC4", "--endpoint", "PLC4=127.0.0.1:" + port);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("there is no terminal to confirm on; add --yes to confirm"), r.err());
        assertEquals(before, plc4.holdingRegister(1));
        assertTrue(audit().contains("\tcancelled: not confirmed"), audit());
    }

    @Test
    @DisplayName("on a terminal the answer decides: n keeps the value, y writes 21.5 °C as 215")
    void theTerminalAnswerDecides() throws Exception {
        int before = plc4.holdingRegister(1);
        AtomicInteger asked = new AtomicInteger();
        Run no = run(q -> {
            asked.incrementAndGet();
            assertEquals("Write? [y/N] ", q);
            return Optional.of(false);
        }, folder.toString(), "Tank1.BathTempSetpoint", "21.5", "--allow-writes", "PLC4", "--endpoint",
                "PLC4=127.0.0.1:" + port);
        assertEquals(1, no.code());
        assertEquals(before, plc4.holdingRegister(1));
        Run yes = run(q -> Optional.of(true), folder.toString(), "Tank1.BathTempSetpoint", "21.5", "--allow-writes",
                "PLC4", "--endpoint", "PLC4=127.0.0.1:" + port);
        assertEquals(0, yes.code(), yes.err());
        assertEquals(215, plc4.holdingRegister(1));
        assertEquals(1, asked.get());
    }

    @Test
    @DisplayName("--config takes a runtime's fieldbridge-runtime.properties: connection.PLC4.port moves PLC4, server keys are skipped")
    void configFileOverridesConnections() throws Exception {
        Path config = Files.writeString(folder.resolve("fieldbridge-runtime.properties"), String.join("\n",
                "# SPDX-License-Identifier: EPL-2.0", "server.port=4840", "server.keyStorePassword=env:FB_KS",
                "users=operator", "user.operator.password=env:FB_OP", "connection.PLC4.host=127.0.0.1",
                "connection.PLC4.port=" + port, ""));
        Run r = run("read", folder.toString(), "--config", config.toString());
        assertTrue(r.err().contains("PLC4 127.0.0.1:" + port + " unit 1: connected"), r.err());
        assertEquals(12, r.out().lines().filter(l -> l.startsWith("Tank") && l.contains(" Good ")).count(), r.out());
    }

    @Test
    @DisplayName("a wrong key in --config is refused with the file, the line and how to write it (exit 2)")
    void wrongConfigKeyNamesItsLine() throws Exception {
        Path config = Files.writeString(folder.resolve("site.properties"), "connection.PLC4.port=5020\n"
                + "connection.PLC4.endpoint=opc.tcp://plc4.example:4840\n");
        Run r = run("read", folder.toString(), "--config", config.toString());
        assertEquals(2, r.code());
        assertEquals("fieldbridge read: " + config + ":2: connection.PLC4.endpoint: PLC4 is a Modbus connection; its"
                + " keys are host, port", r.err().strip());
        Files.writeString(config, "connection.Oven2.password=hunter2-literal\n");
        Run literal = run("read", folder.toString(), "--config", config.toString());
        assertEquals(2, literal.code());
        assertTrue(literal.err().contains(":1: connection.Oven2.password: has no scheme"), literal.err());
        assertFalse(literal.err().contains("hunter2"), literal.err());
    }

    @Test
    @DisplayName("read --watch reads again every --interval until stopped, and stops cleanly with exit 0")
    void watchRepeatsUntilStopped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger code = new AtomicInteger(-1);
        Thread watch = new Thread(() -> {
            try {
                code.set(Fieldbridge.run(new String[] { "read", folder.toString(), "--watch", "--interval", "200ms",
                        "--endpoint", "PLC4=127.0.0.1:" + port }, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
            } catch (Exception e) {
                code.set(99);
            }
        });
        watch.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> out.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("-- ")).count() >= 3);
        watch.interrupt();
        watch.join(10_000);
        assertFalse(watch.isAlive());
        assertEquals(0, code.get(), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().filter(l -> l.startsWith("Tank1.RectifierCurrent")).count() >= 3, text);
        assertTrue(text.lines().findFirst().orElseThrow().matches("-- \\d\\d:\\d\\d:\\d\\d UTC"), text);
    }

    @Test
    @DisplayName("--interval takes 1s, 500ms or seconds, and refuses less than 100ms")
    void intervalIsReadAsAPersonWritesIt() {
        WatchInterval interval = new WatchInterval();
        assertEquals(Duration.ofSeconds(1), interval.convert("1s"));
        assertEquals(Duration.ofMillis(500), interval.convert("500ms"));
        assertEquals(Duration.ofMillis(2500), interval.convert("2.5"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(CommandLine.TypeConversionException.class,
                () -> interval.convert("10ms")).getMessage().contains("at least 100ms"));
    }
}
