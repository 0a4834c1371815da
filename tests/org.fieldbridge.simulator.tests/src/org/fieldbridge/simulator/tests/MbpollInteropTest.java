/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.physics.SimulatedPlant;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interoperability: mbpoll (Debian package, an independent Modbus master written in C on libmodbus) reads the
 * simulated PLC4. The simulation clock is not running, so the values are stable between the reads.
 */
@Timeout(60)
@DisplayName("mbpoll reads the simulated PLC4")
class MbpollInteropTest {

    private static final Pattern VALUE = Pattern.compile("^\\[(\\d+)\\]:\\s+(\\S+)", Pattern.MULTILINE);
    private SimulatedPlant plant;
    private SimulatedModbusDevice plc4;

    @BeforeEach
    void startController() throws Exception {
        plant = RiversideSimulation.plant();
        for (int i = 0; i < 300; i++) {
            plant.step(0.1);
        }
        plc4 = new SimulatedModbusDevice(RiversideSimulation.PLC4_UNIT, LoopbackPort.free(),
                RiversideSimulation.plc4Registers());
        plc4.update(plant::value);
        plc4.start();
    }

    @AfterEach
    void stopController() {
        plc4.close();
    }

    @Test
    @DisplayName("Tank3's bath temperature at Modicon 40021 in tenths of a degree")
    void readsTank3BathTemperature() throws Exception {
        List<String[]> values = mbpoll("-t", "4", "-r", "21", "-c", "1");
        assertEquals("21", values.get(0)[0]);
        assertEquals(Math.round(plant.value("Tank3.BathTemp") * 10), Long.parseLong(values.get(0)[1]));
    }

    @Test
    @DisplayName("the rectifier currents as 32-bit floats: CDAB holding registers in mbpoll's default word order, ABCD input registers with -B")
    void readsTheRectifierCurrentsAsFloats() throws Exception {
        assertCurrent("Tank1", mbpoll("-t", "4:float", "-r", "3", "-c", "1"));
        assertCurrent("Tank3", mbpoll("-t", "4:float", "-r", "23", "-c", "1"));
        assertCurrent("Tank2", mbpoll("-t", "3:float", "-B", "-r", "13", "-c", "1"));
    }

    private void assertCurrent(String tank, List<String[]> values) {
        assertEquals(plant.value(tank + ".RectifierCurrent"), Double.parseDouble(values.get(0)[1]), 0.01,
                tank + " (mbpoll prints 6 significant digits)");
    }

    @Test
    @DisplayName("the agitators of Tank1 and Tank2 as coil 1 and discrete input 2")
    void readsTheAgitators() throws Exception {
        assertEquals("1", mbpoll("-t", "0", "-r", "1", "-c", "1").get(0)[1]);
        assertEquals("1", mbpoll("-t", "1", "-r", "2", "-c", "1").get(0)[1]);
    }

    private List<String[]> mbpoll(String... args) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin/mbpoll");
        if (!Files.isExecutable(executable)) {
            fail("mbpoll is not installed: apt-get install mbpoll (.ci/run installs it)");
        }
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-m", "tcp", "-a", "1", "-1", "-o", "2",
                "-p", String.valueOf(plc4.port())));
        command.addAll(List.of(args));
        command.add("127.0.0.1");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "mbpoll hung");
        assertEquals(0, process.exitValue(), output);
        List<String[]> values = new ArrayList<>();
        Matcher m = VALUE.matcher(output);
        while (m.find()) {
            values.add(new String[] { m.group(1), m.group(2) });
        }
        assertTrue(!values.isEmpty(), "no values in mbpoll output:\n" + output);
        return values;
    }
}
