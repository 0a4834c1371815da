/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;

import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.physics.AnodizingTank;
import org.fieldbridge.simulator.physics.SimulatedPlant;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario file: model lines, set/fault/event steps, and errors named by file and line. */
@DisplayName("scenario files")
class ScenarioTest {

    @TempDir
    Path folder;

    private String error(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("line.scenario"), text);
        return assertThrows(IllegalArgumentException.class, () -> Scenario.read(file)).getMessage();
    }

    @Test
    @DisplayName("the Riverside scenario parses: four equipment models and the heater fault at 60 s, healed at 210 s")
    void theRiversideScenarioParses() throws IOException {
        Scenario scenario = Scenario.read(RepositoryRoot.riverside().resolve("riverside.scenario"));
        assertEquals(List.of("Tank1", "Tank2", "Tank3", "CuringOven"),
                scenario.models().stream().map(Scenario.ModelLine::equipment).toList());
        assertEquals(List.of("anodizing-bath", "anodizing-bath", "anodizing-bath", "curing-oven"),
                scenario.models().stream().map(m -> m.model().name()).toList());
        assertEquals(Map.of("setpoint", "21.0degC", "current", "1250A", "ambient", "18degC", "heater", "80kW"),
                scenario.models().get(2).parameters());
        assertEquals(List.of(new Scenario.Step(60, "event", "Tank3", "heater stuck-on", "riverside.scenario:13"),
                new Scenario.Step(210, "event", "Tank3", "heater heal", "riverside.scenario:15")), scenario.steps());
    }

    @Test
    @DisplayName("the simulator's jar carries the example's scenario unchanged (one file, linked into the bundle)")
    void theBundledScenarioIsTheExamplesFile() throws IOException {
        try (InputStream in = RiversideSimulation.class.getResourceAsStream(RiversideSimulation.SCENARIO)) {
            assertEquals(Files.readString(RepositoryRoot.riverside().resolve("riverside.scenario")),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("an unknown model, parameter, unit or value is refused with file:line and what there is")
    void unknownModelsAndParametersAreRefusedWithTheirLine() throws IOException {
        assertEquals("line.scenario:2: there is no equipment model 'anodizing-bat'; did you mean 'anodizing-bath'? "
                + "(models: anodizing-bath, curing-oven)", error("# tanks\nmodel Tank3 anodizing-bat\n"));
        assertEquals("line.scenario:1: anodizing-bath has no parameter 'heatr'; did you mean 'heater'? "
                + "(parameters: setpoint, current, ambient, heater)", error("model Tank3 anodizing-bath heatr=80kW"));
        assertTrue(error("model Tank3 anodizing-bath heater=80A").startsWith(
                "line.scenario:1: heater must be a number in kW (heater power), e.g. heater=80, not '80A'"));
        assertTrue(error("model Tank3 anodizing-bath setpoint").startsWith("line.scenario:1: write PARAMETER=VALUE"));
        assertTrue(error("model Tank3").startsWith("line.scenario:1: write model EQUIPMENT MODEL"));
        assertTrue(error("model Tank3 curing-oven\nmodel Tank3 anodizing-bath\n")
                .startsWith("line.scenario:2: Tank3 has a model already (line.scenario:1)"));
    }

    @Test
    @DisplayName("an event of equipment without a model, or one its model does not know, is refused with file:line")
    void unknownEventsAreRefusedWithTheirLine() throws IOException {
        assertEquals("line.scenario:2: Tank3 (anodizing-bath has no event 'heater stuck'; did you mean "
                + "'heater stuck-on'? (events: heater stuck-on, heater heal, agitator stop, agitator start))",
                error("model Tank3 anodizing-bath\n60 Tank3 heater stuck\n"));
        assertTrue(error("model Tank3 anodizing-bath\n60 Tank9 heater stuck-on\n").startsWith(
                "line.scenario:2: a step is 'set', 'fault' or an event of equipment with a model line, and no model "
                        + "line names Tank9 (models: Tank3)"));
        assertTrue(error("model CuringOven curing-oven\n60 CuringOven door open\n")
                .startsWith("line.scenario:2: CuringOven (curing-oven has no events"));
        assertTrue(error("sixty Tank3 heater heal").startsWith("line.scenario:1: write SECONDS set SIGNAL VALUE"));
    }

    @Test
    @DisplayName("the physics of a scenario applies its events and setpoints at their time")
    void thePhysicsAppliesEventsAndSetpointsAtTheirTime() throws IOException {
        Path file = Files.writeString(folder.resolve("tank.scenario"), """
                model Tank7 anodizing-bath setpoint=20 heater=40kW
                10 set Tank7.BathTempSetpoint 30
                20 Tank7 agitator stop
                """);
        SimulatedPlant plant = Scenario.read(file).physics();
        for (int i = 0; i < 95; i++) {
            plant.step(0.1);
        }
        assertEquals(20.0, plant.value("Tank7.BathTempSetpoint"));
        assertEquals(1.0, plant.value("Tank7.AgitatorRunning"));
        for (int i = 0; i < 110; i++) {
            plant.step(0.1);
        }
        assertEquals(30.0, plant.value("Tank7.BathTempSetpoint"));
        assertEquals(0.0, plant.value("Tank7.AgitatorRunning"));
        assertEquals(1.0, plant.equipment("Tank7", AnodizingTank.class).value("HeaterOn"));
        Path computed = Files.writeString(folder.resolve("computed.scenario"),
                "model Tank7 anodizing-bath\n10 set Tank7.BathTemp 30\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scenario.read(computed).physics()).getMessage()
                .startsWith("computed.scenario:2: Tank7.BathTemp is computed by the anodizing-bath model"));
    }

    @Test
    @DisplayName("a heater of half the power heats the bath more slowly while stuck on")
    void theHeaterParameterChangesThePhysics() throws IOException {
        double strong = stuckHeaterAfter60s("80kW");
        double weak = stuckHeaterAfter60s("40kW");
        assertTrue(strong > weak + 0.5, strong + " °C with 80 kW, " + weak + " °C with 40 kW");
    }

    private double stuckHeaterAfter60s(String heater) throws IOException {
        Path file = Files.writeString(folder.resolve("heater.scenario"),
                "model Tank7 anodizing-bath heater=" + heater + "\n0 Tank7 heater stuck-on\n");
        SimulatedPlant plant = Scenario.read(file).physics();
        for (int i = 0; i < 600; i++) {
            plant.step(0.1);
        }
        return plant.value("Tank7.BathTemp");
    }

    @Test
    @DisplayName("the Riverside simulation plays a scenario's PLC4 faults at their time, and refuses other connections")
    void theRiversideSimulationPlaysPlc4Faults() throws Exception {
        String models = Files.readString(RepositoryRoot.riverside().resolve("riverside.scenario"));
        Path file = Files.writeString(folder.resolve("faults.scenario"), models + "1 fault PLC4 exception 20 1\n");
        Simulator simulator = RiversideSimulation.create(LoopbackPort.free(), null, 1, Scenario.read(file));
        ModbusTCPMaster master = null;
        try {
            simulator.startControllers();
            master = new ModbusTCPMaster("127.0.0.1", simulator.controller(SimulatedModbusDevice.class).port(), 2000,
                    false);
            master.setRetries(0);
            master.connect();
            assertEquals(1, master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 20, 1).length, "before 1 s");
            for (int i = 0; i < 10; i++) {
                simulator.tick();
            }
            ModbusTCPMaster connected = master;
            ModbusSlaveException e = assertThrows(ModbusSlaveException.class,
                    () -> connected.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 20, 1));
            assertEquals(2, e.getType(), "Illegal Data Address after 1 s");
        } finally {
            if (master != null) {
                master.disconnect();
            }
            simulator.close();
        }
        Files.writeString(file, models + "1 fault PLC9 silent\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RiversideSimulation.create(LoopbackPort.free(),
                null, 1, Scenario.read(file))).getMessage().startsWith("faults.scenario:16: the Riverside simulation's "
                        + "Modbus connection is PLC4, not PLC9"));
        Files.writeString(file, models + "1 set Tank9.BathTempSetpoint 30\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scenario.read(file).physics()).getMessage()
                .startsWith("faults.scenario:16: no model line computes Tank9.BathTempSetpoint"));
    }
}
