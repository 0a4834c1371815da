/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.simulator.modbus.FaultCommand;
import org.fieldbridge.tests.support.GatewayPlant;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator generated from a plant written only for this test ({@link GatewayPlant}): read back through the
 * runtime's acquisition and conditioning (commissioning's {@link LiveReader}) and by mbpoll, an independent
 * Modbus master. The clock does not run: values only change when the test steps the simulation.
 */
@Timeout(120)
@DisplayName("the simulator generated from any plant")
class GeneratedSimulatorTest {

    private static final Pattern VALUE = Pattern.compile("^\\[(\\d+)\\]:\\s+(\\S+)", Pattern.MULTILINE);

    @TempDir
    Path folder;
    private int port;
    private CommissioningModel model;
    private PlantSimulation simulation;

    @BeforeEach
    void simulateTheGatewayPlant() throws Exception {
        port = LoopbackPort.free();
        GatewayPlant.write(folder, port);
        RuntimeGenerator.Resolution resolution = RuntimeGenerator.standalone().resolve(List.of(folder));
        assertNotNull(resolution.model(), () -> "the test plant has errors: " + resolution.findings());
        model = CommissioningModel.of(resolution.model(), resolution.twins());
        simulation = PlantSimulation.of(resolution, model, 2, 1, Map.of());
        simulation.simulator().startControllers();
        for (int i = 0; i < 50; i++) {
            simulation.simulator().tick();
        }
    }

    @AfterEach
    void stop() {
        simulation.simulator().close();
    }

    @Test
    @DisplayName("the runtime's acquisition reads every mapping back as the simulator serves it, after scaling")
    void everyMappingReadsBackWhatTheSimulatorServes() {
        LiveReader reader = new LiveReader(Clock.systemUTC());
        try {
            List<LiveValue> values = reader.readAll(model);
            assertEquals(17, values.size());
            for (LiveValue v : values) {
                Object served = simulation.served(v.mapping());
                Object read = v.sample().value();
                String what = v.mapping().signal() + " " + v.mapping().written() + ": read " + read + " "
                        + v.rawText() + " " + v.quality() + ", served " + served;
                assertTrue(v.quality().isGood(), what);
                if (served instanceof Double d) {
                    assertEquals(d, ((Number) read).doubleValue(), Math.abs(d) * 1e-12 + 1e-12, what);
                } else {
                    assertEquals(served, read instanceof String s ? s.replace("\0", "").strip() : read, what);
                }
            }
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("the values move as the model says: the temperature follows its setpoint, counters count, states toggle")
    void valuesMoveAsTheModelSays() {
        ModelSignals signals = simulation.signals();
        assertEquals("measurement following its setpoint", signals.kinds().get("Test.Site.Area.Line.Unit1.Temp"));
        assertEquals("counter", signals.kinds().get("Test.Site.Area.Line.Unit1.PartsCount"));
        assertEquals("counter", signals.kinds().get("Test.Site.Area.Line.Unit1.RunSeconds"), "the plant's kind");
        assertEquals("measurement", signals.kinds().get("Test.Site.Area.Line.Unit2.Speed"));
        assertEquals("batch id", signals.kinds().get("Test.Site.Area.Line.Unit1.BatchId"));
        assertEquals("state", signals.kinds().get("Test.Site.Area.Line.Unit1.Running"));
        double setpoint = signals.value("Test.Site.Area.Line.Unit1.TempSetpoint");
        double count = signals.value("Test.Site.Area.Line.Unit1.PartsCount");
        double running = signals.value("Test.Site.Area.Line.Unit1.Running");
        signals.set("Unit1.Temp", 10);
        for (int i = 0; i < 2000; i++) { // 200 s: ten time constants
            simulation.simulator().tick();
        }
        assertEquals(setpoint, signals.value("Test.Site.Area.Line.Unit1.Temp"), 1.0);
        assertEquals(count + 200, signals.value("Test.Site.Area.Line.Unit1.PartsCount"), 1.0);
        assertEquals(running, signals.value("Test.Site.Area.Line.Unit1.Running"), "100 toggles later");
        int toggles = 0;
        for (int i = 0; i < 200; i++) { // 20 s
            double before = signals.value("Test.Site.Area.Line.Unit1.Running");
            simulation.simulator().tick();
            toggles += before != signals.value("Test.Site.Area.Line.Unit1.Running") ? 1 : 0;
        }
        assertTrue(toggles >= 9 && toggles <= 11, toggles + " toggles in 20 s, every 2 s");
    }

    @Test
    @DisplayName("mbpoll reads the registers of both unit ids at the mapped addresses in the mapped encodings")
    void mbpollReadsTheMappedEncodings() throws Exception {
        int[] unit1 = hex(mbpoll(1, "-t", "4:hex", "-r", "1", "-c", "20"));
        assertEquals(served("Unit1.Temp"), (short) unit1[0] * 0.1, 1e-9);
        assertEquals(served("Unit1.TempSetpoint"), unit1[1] * 0.1, 1e-9);
        assertEquals(served("Unit1.Flow"), floatOf(unit1[2], unit1[3]), 0); // ABCD
        assertEquals(served("Unit1.Pressure"), floatOf(unit1[5], unit1[4]) * 2 + 1, 1e-9); // CDAB
        assertEquals(served("Unit1.Level"), floatOf(swap(unit1[6]), swap(unit1[7])), 0); // BADC
        assertEquals(served("Unit1.Energy"), ByteBuffer.allocate(8).putShort((short) swap(unit1[11]))
                .putShort((short) swap(unit1[10])).putShort((short) swap(unit1[9])).putShort((short) swap(unit1[8]))
                .getDouble(0), 0); // DCBA
        assertEquals(served("Unit1.PartsCount"), ((long) unit1[13] << 16) | unit1[12], 0);
        assertEquals(served("Unit1.Position"), (((unit1[14] << 16) | unit1[15]) * 0.5) + 100, 1e-9);
        assertEquals(servedValue("Unit1.BatchId"), text(hex(mbpoll(1, "-t", "4:hex", "-r", "30", "-c", "4"))));
        assertEquals(served("Unit1.Voltage"), (short) swap(hex(mbpoll(1, "-t", "3:hex", "-r", "1", "-c", "1"))[0]) * 0.1,
                1e-9);
        int[] unit2 = hex(mbpoll(2, "-t", "4:hex", "-r", "1", "-c", "3"));
        assertEquals(served("Unit2.Temp"), (short) unit2[0] * 0.1 - 50, 1e-9);
        assertEquals(served("Unit2.Flow"), floatOf(unit2[2], unit2[1]), 0); // the connection's CDAB
        assertEquals(served("Unit2.Speed"), hex(mbpoll(2, "-t", "3:hex", "-r", "1", "-c", "1"))[0], 0);
    }

    @Test
    @DisplayName("the hole between mapped blocks and unmapped tables answer exception 02, as a real device does")
    void unmappedAddressesAnswerIllegalDataAddress() throws Exception {
        assertIllegalAddress(run(1, "-t", "4", "-r", "21", "-c", "1"));
        assertIllegalAddress(run(1, "-t", "4", "-r", "17", "-c", "14")); // a block across the hole
        assertIllegalAddress(run(2, "-t", "4", "-r", "4", "-c", "1")); // past unit 2's last register
        assertIllegalAddress(run(2, "-t", "0", "-r", "1", "-c", "1")); // unit 2 has no coils
        assertEquals(5, mbpoll(1, "-t", "4", "-r", "30", "-c", "5").size(), "the mapped block after the hole");
    }

    @Test
    @DisplayName("a fault command on one connection of the gateway affects the gateway, and heals")
    void faultCommandsWorkOnEveryControllerOfThePlant() throws Exception {
        assertSame(simulation.modbus().get("GW1"), simulation.modbus().get("GW2"), "one slave for one endpoint");
        assertEquals("GW2: exception 0 1", FaultCommand.apply("exception 0 1", simulation.modbus().get("GW2"), "GW2"));
        assertIllegalAddress(run(2, "-t", "4", "-r", "1", "-c", "1"));
        FaultCommand.apply("heal", simulation.modbus().get("GW2"), "GW2");
        assertEquals(1, mbpoll(2, "-t", "4", "-r", "1", "-c", "1").size());
    }

    private double served(String signal) {
        Object v = servedValue(signal);
        return ((Number) v).doubleValue();
    }

    private Object servedValue(String signal) {
        MappedValue m = model.mappingsNamed(signal).get(0);
        return simulation.served(m);
    }

    private static float floatOf(int high, int low) {
        return Float.intBitsToFloat((high << 16) | low);
    }

    private static int swap(int word) {
        return ((word & 0xFF) << 8) | (word >> 8);
    }

    private static String text(int[] words) {
        StringBuilder s = new StringBuilder();
        for (int w : words) {
            s.append((char) (w >> 8)).append((char) (w & 0xFF));
        }
        return s.toString().replace("\0", "").strip();
    }

    private static void assertIllegalAddress(String output) {
        assertTrue(output.toLowerCase().contains("illegal data address"), output);
    }

    private static int[] hex(List<String[]> values) {
        return values.stream().mapToInt(v -> Integer.parseInt(v[1].substring(2), 16)).toArray();
    }

    private List<String[]> mbpoll(int unit, String... args) throws IOException, InterruptedException {
        String output = run(unit, args);
        List<String[]> values = new ArrayList<>();
        Matcher m = VALUE.matcher(output);
        while (m.find()) {
            values.add(new String[] { m.group(1), m.group(2) });
        }
        assertTrue(!values.isEmpty(), "no values in mbpoll output:\n" + output);
        return values;
    }

    private String run(int unit, String... args) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin/mbpoll");
        if (!Files.isExecutable(executable)) {
            fail("mbpoll is not installed: apt-get install mbpoll (.ci/run installs it)");
        }
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-m", "tcp", "-a",
                String.valueOf(unit), "-1", "-o", "2", "-p", String.valueOf(port)));
        command.addAll(List.of(args));
        command.add("127.0.0.1");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "mbpoll hung");
        return output;
    }
}
