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
        plant = SimulatedPlant.riverside();
        for (int i = 0; i < 300; i++) {
            plant.step(0.1);
        }
        plc4 = new SimulatedModbusDevice(RiversideSimulation.PLC4_UNIT, SimulatedModbusDeviceTest.freeLoopbackPort(),
                RiversideSimulation.plc4Registers());
        plc4.update(plant::value);
        plc4.start();
    }

    @AfterEach
    void stopController() {
        plc4.close();
    }

    @Test
    @DisplayName("Tank3's bath temperature at Modicon 40007 in tenths of a degree")
    void readsTank3BathTemperature() throws Exception {
        List<String[]> values = mbpoll("-t", "4", "-r", "7", "-c", "1");
        assertEquals("7", values.get(0)[0]);
        assertEquals(Math.round(plant.value("Tank3.BathTemp") * 10), Long.parseLong(values.get(0)[1]));
    }

    @Test
    @DisplayName("the rectifier currents as 32-bit floats in mbpoll's default (little-endian, CDAB) word order")
    void readsTheRectifierCurrentsAsCdabFloats() throws Exception {
        List<String[]> values = mbpoll("-t", "4:float", "-r", "21", "-c", "3");
        for (int tank = 1; tank <= 3; tank++) {
            double expected = plant.value("Tank" + tank + ".RectifierCurrent");
            assertEquals(expected, Double.parseDouble(values.get(tank - 1)[1]), 0.01, "mbpoll prints 6 significant digits");
        }
    }

    @Test
    @DisplayName("the agitators as coils 15 to 17")
    void readsTheAgitatorCoils() throws Exception {
        List<String[]> values = mbpoll("-t", "0", "-r", "15", "-c", "3");
        assertEquals(List.of("1", "1", "1"), values.stream().map(v -> v[1]).toList());
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
