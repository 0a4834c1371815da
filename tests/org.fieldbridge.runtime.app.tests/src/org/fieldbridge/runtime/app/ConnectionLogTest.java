/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.runtime.diagnostics.ConnectionState;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.diagnostics.HealthSnapshot;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusPoller;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.simulator.modbus.DeviceFault;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import org.fieldbridge.tests.support.LogCapture;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * What the log says about controllers: every connection change once, with the reason in plant words, and no
 * flood while a controller stays down. Against the simulator's Modbus controller on a real loopback socket.
 */
@Timeout(120)
class ConnectionLogTest {

    @TempDir
    Path dir;

    private static final String PLC4 = "controller PLC4 (Modbus TCP 127.0.0.1:";

    @Test
    @DisplayName("connected, an illegal data address, lost with its reason, reconnect attempts without a flood, back after N s")
    void everyConnectionChangeIsLoggedOnce() throws Exception {
        int port = LoopbackPort.free();
        TagAddress count = TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 0, DataType.UINT16);
        TagAddress level = TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 19, DataType.UINT16);
        SimulatedModbusDevice device = new SimulatedModbusDevice(1, port, List.of(RegisterBinding.of("count", count),
                RegisterBinding.of("level", level)));
        ControllerHealth health = ControllerHealth.of("PLC4", "Modbus TCP");
        ModbusConnection connection = ModbusConnection.to("127.0.0.1", port).withPollPeriod(Duration.ofMillis(100))
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300))
                .withBackoff(new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(300), 2, 0.2));
        health.addListener(new ConnectionLog("PLC4 (Modbus TCP " + connection + ")", Duration.ofSeconds(1),
                System::nanoTime));
        String text;
        try (LogCapture log = new LogCapture(); device;
                ModbusPoller poller = new ModbusPoller(connection, List.of(ModbusTag.of("count", count),
                        ModbusTag.of("level", level)), (id, sample) -> { }, health)) {
            device.start();
            poller.start();
            waitingFor("connected").atMost(Duration.ofSeconds(10)).until(() -> log.text().contains(PLC4 + port + "): connected"));
            device.inject(DeviceFault.illegalAddress(19, 1));
            waitingFor("the refused address").atMost(Duration.ofSeconds(10)).until(() -> log.text().contains("illegal data address at holding 40020 (unit 1)"));
            Thread.sleep(500); // more cycles with the same refusal
            device.inject(DeviceFault.NONE);

            device.stop();
            waitingFor("lost").atMost(Duration.ofSeconds(10)).until(() -> log.text().contains("): connection lost: "));
            waitingFor("several failed attempts").atMost(Duration.ofSeconds(10)).until(() -> health.snapshot().reconnects() >= 6);
            Thread.sleep(1500);
            assertEquals(ConnectionState.RECONNECTING, health.snapshot().state());
            device.start();
            waitingFor("back").atMost(Duration.ofSeconds(10)).until(() -> log.text().contains("): back after "));
            text = log.text();
        }
        assertEquals(1, occurrences(text, "illegal data address at holding 40020 (unit 1)"), text);
        assertEquals(1, occurrences(text, "connection lost: "), text);
        assertTrue(Pattern.compile("WARN .*" + Pattern.quote(PLC4 + port) + "\\): connection lost: (connection closed by "
                + "the device|no answer within 300 ms); reconnecting in \\d+\\.\\d s").matcher(text).find(), text);
        // about 10 failed attempts in 2 s: at most two reminders with a 1 s reminder interval, no line per attempt
        int reminders = occurrences(text, "still unreachable after");
        assertTrue(reminders >= 1 && reminders <= 3, reminders + " reminders: " + text);
        assertTrue(Pattern.compile("still unreachable after \\d+\\.\\d s \\(\\d+ failed attempts, last: connection refused\\)")
                        .matcher(text).find(), text);
        assertFalse(Pattern.compile("(INFO|WARN) .*attempt \\d+ failed").matcher(text).find(), "each attempt is DEBUG only: " + text);
        Matcher back = Pattern.compile("INFO .*\\): back after (\\d+\\.\\d) s \\((\\d+) failed attempts\\)").matcher(text);
        assertTrue(back.find(), text);
        assertTrue(Double.parseDouble(back.group(1)) >= 2.0, back.group());
        assertFalse(text.contains("Exception"), "no Java class name in the connection lines: " + text);
    }

    @Test
    @DisplayName("with every controller unreachable the runtime says which signals are not Good instead of sounding healthy")
    void unreachableControllersAreNamedInTheFirstValueReport() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        Path file = fixture.writeConfiguration("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text;
        try (LogCapture log = new LogCapture()) {
            int code = RuntimeLauncher.run(new String[] { "--config", file.toString(), "--duration", "3" },
                    () -> fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)), fixture.env,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
            text = out.toString(StandardCharsets.UTF_8) + log.text();
        }
        Matcher first = Pattern.compile("All 4 acquired signals have a first value, [0-9.]+ s after the JVM started; "
                + "not Good yet: (.*)\\.").matcher(text);
        assertTrue(first.find(), text);
        assertTrue(first.group(1).contains("PLC4: 3 Bad_CommunicationError (connection refused)"), first.group());
        assertTrue(first.group(1).contains("Oven2: 1 Bad_NoCommunication (opc.tcp://127.0.0.1:"), first.group());
        assertTrue(first.group(1).contains(": connection refused; retrying in "), first.group());
        assertFalse(text.contains("first Good value"), text);
        assertEquals(1, occurrences(text, "WARN org.fieldbridge.runtime.app.ConnectionLog - " + PLC4),
                "one line above DEBUG for PLC4 in 3 s of retries: " + text);
        assertEquals(0, occurrences(text, "INFO org.fieldbridge.runtime.app.ConnectionLog - " + PLC4), text);
        assertTrue(text.contains("): unreachable: connection refused; reconnecting in "), text);
        assertEquals(1, occurrences(text, "WARN org.fieldbridge.runtime.app.ConnectionLog - controller Oven2 (OPC UA "), text);
        assertTrue(text.contains("controller Oven2 (OPC UA opc.tcp://127.0.0.1:"), text);
        assertFalse(Pattern.compile("ConnectionLog - .*(Exception|io\\.netty)").matcher(text).find(),
                "no Java class name in a connection line: " + text);
        assertFalse(first.group().contains("Exception"), first.group());
        HealthSnapshot never = ControllerHealth.of("x", "Modbus TCP").snapshot();
        assertEquals(ConnectionState.CONNECTING, never.state());
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
