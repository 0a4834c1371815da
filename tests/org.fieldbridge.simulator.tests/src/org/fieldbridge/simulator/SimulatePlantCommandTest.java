/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fieldbridge.tests.support.GatewayPlant;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
@DisplayName("fieldbridge simulate FOLDER")
class SimulatePlantCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path folder;

    private int run(String... args) throws Exception {
        return SimulatorMain.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("serves the plant's gateway on the overridden port and plays the scenario and the scheduled faults")
    void servesThePlantAndPlaysTheScenario() throws Exception {
        GatewayPlant.write(folder, 502);
        int port = LoopbackPort.free();
        Path scenario = Files.writeString(folder.resolve("scenario.txt"), """
                # a hotter setpoint, then a slow gateway
                1   set Unit1.TempSetpoint 40
                2   fault GW1 slow 10     # ms
                """);
        assertEquals(0, run(folder.toString(), "--port", "GW1=" + port, "--port", "GW2=127.0.0.1:" + port,
                "--scenario", scenario.toString(), "--fault", "3:GW2:heal", "--time-scale", "10", "--duration", "1"),
                err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("GW1, GW2 (Modbus TCP, unit 1, 2): 127.0.0.1:" + port + ", 17 mapped values"), text);
        assertTrue(text.contains("17 signals: 1 batch id, 2 counter, "), text);
        assertTrue(text.contains("Test.Site.Area.Line.Unit1.TempSetpoint = 40"), text);
        assertTrue(text.contains("GW1: slow 10"), text);
        assertTrue(text.contains("GW2: heal"), text);
    }

    @Test
    @DisplayName("a scenario line it cannot read is named by file and line, exit code 2")
    void aWrongScenarioLineIsNamed() throws Exception {
        GatewayPlant.write(folder, LoopbackPort.free());
        Path scenario = Files.writeString(folder.resolve("scenario.txt"), "10 set Unit1.TempSetpoint\n");
        assertEquals(2, run(folder.toString(), "--scenario", scenario.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("scenario.txt:1: write SECONDS set SIGNAL VALUE"),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        Files.writeString(scenario, "10 set Unit9.Temp 3\n");
        assertEquals(2, run(folder.toString(), "--scenario", scenario.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no mapped signal is named Unit9.Temp"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("plays a scenario's equipment models and events on the example plant, and names a wrong model line")
    void playsTheRiversideScenarioWithItsModels() throws Exception {
        Path riverside = org.fieldbridge.tests.support.RepositoryRoot.riverside();
        String fast = Files.readString(riverside.resolve("riverside.scenario")).replace("60   Tank3", "1   Tank3")
                .replace("210  Tank3", "2 Tank3");
        Path scenario = Files.writeString(folder.resolve("fast.scenario"), fast);
        assertEquals(0, run(riverside.toString(), "--scenario", scenario.toString(), "--port",
                "PLC4=" + LoopbackPort.free(), "--time-scale", "10", "--duration", "1"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("20 signals: 12 anodizing-bath model, 8 curing-oven model"), text);
        assertTrue(text.contains("t=    1 s  Tank3: heater stuck-on"), text);
        assertTrue(text.contains("t=    2 s  Tank3: heater heal"), text);
        Files.writeString(scenario, "model Tank3 anodizing-bath\nmodel Tank33 anodizing-bath\n");
        assertEquals(2, run(riverside.toString(), "--scenario", scenario.toString(), "--port",
                "PLC4=" + LoopbackPort.free()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "fieldbridge simulate: fast.scenario:2: the plant has no equipment Tank33 with mapped signals"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a scenario without FOLDER is refused: the built-in Riverside scenario would be played instead")
    void aScenarioWithoutFolderIsRefused() throws Exception {
        assertEquals(2, run("--scenario", "mine.scenario", "--plc4-port", String.valueOf(LoopbackPort.free())));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("fieldbridge simulate: --scenario needs FOLDER"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a wrong --port or an unnamed --fault connection is a usage problem, exit code 2")
    void wrongPortsAndFaultsAreUsageProblems() throws Exception {
        GatewayPlant.write(folder, LoopbackPort.free());
        assertEquals(2, run(folder.toString(), "--port", "GW7=15020"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("there is no connection GW7 (connections: GW1, GW2)"),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run(folder.toString(), "--fault", "3:silent"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("name the connection, e.g. --fault 120:PLC4:silent"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("two endpoints of different hosts on one port are refused with the --port that separates them")
    void endpointsOfDifferentHostsOnOnePortAreRefused() throws Exception {
        int port = LoopbackPort.free();
        GatewayPlant.write(folder, port);
        assertEquals(2, run(folder.toString(), "--port", "GW2=gw2.example:" + port));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("would both listen on port " + port
                + " of 127.0.0.1; give one of them another port, e.g. --port GW2=15020"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a plant with errors is not simulated: the checker's findings, exit code 1")
    void aPlantWithErrorsIsNotSimulated() throws Exception {
        GatewayPlant.write(folder, LoopbackPort.free());
        Files.writeString(folder.resolve("gateway.twin"), "map GW1 holding 1 int16 -> Unit1.Nothing\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, run(folder.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("gateway.twin:"), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing was simulated"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a console command names the connection; a command without one says how to write it")
    void consoleCommandsNameTheConnection() throws Exception {
        GatewayPlant.write(folder, LoopbackPort.free());
        var resolution = org.fieldbridge.codegen.RuntimeGenerator.standalone().resolve(java.util.List.of(folder));
        var model = org.fieldbridge.commissioning.CommissioningModel.of(resolution.model(), resolution.twins());
        var simulation = org.fieldbridge.simulator.plant.PlantSimulation.of(resolution.model(), model, 60, 1);
        assertEquals("GW2: slow 50", PlantSimulatorRun.command(simulation, "GW2: slow 50"));
        assertEquals(org.fieldbridge.simulator.modbus.DeviceFault.Kind.SLOW,
                simulation.modbus().get("GW1").fault().kind());
        assertEquals("write CONNECTION: COMMAND, e.g. GW1: silent", PlantSimulatorRun.command(simulation, "silent"));
        assertTrue(PlantSimulatorRun.command(simulation, "PLC9: drop").startsWith("there is no simulated Modbus "
                + "connection PLC9"));
    }
}
