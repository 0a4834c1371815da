/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.physics.SimulatedPlant;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/riverside/riverside.scenario played by the generated simulator of the example plant (what
 * {@code fieldbridge simulate examples/riverside --scenario examples/riverside/riverside.scenario} runs) gives the
 * values of the built-in Riverside simulation ({@code fieldbridge simulate}, {@code fieldbridge demo}), and both
 * give what the hand-written Riverside plant gave before it became a scenario.
 */
@Timeout(180)
@DisplayName("the Riverside scenario")
class RiversideScenarioTest {

    private static final String TANK3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    private static final String ZONE1 = "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone1.Temp";

    /**
     * Tank3's bath, Tank1's bath and oven zone 1 at eleven times, as {@code SimulatedPlant.riverside()} computed them
     * before the physics moved into the scenario file (same 100 ms steps).
     */
    private static final double[][] BEFORE = {
            { 30, 21.2683903638, 20.2798106261, 45.2663431639 },
            { 60, 21.1553259355, 20.2125277838, 83.3107452940 },
            { 90, 22.2124833324, 20.1487821686, 119.5970239128 },
            { 120, 23.2140633236, 20.0883878197, 147.0517545529 },
            { 150, 24.1629877521, 20.0311685527, 164.9566198541 },
            { 180, 25.0620248525, 19.9769574454, 175.1844074397 },
            { 210, 25.9137973262, 19.9255963515, 180.1773755841 },
            { 240, 25.5525122470, 19.8769354387, 182.0463220148 },
            { 300, 24.8859245224, 19.7871537979, 181.8805946510 },
            { 390, 24.0117918835, 20.2825564694, 180.4096648607 },
            { 420, 23.7504999827, 20.2151292712, 180.1750567611 } };

    private static RuntimeGenerator.Resolution resolution;

    @TempDir
    Path folder;

    @BeforeAll
    static void resolve() throws IOException {
        resolution = RuntimeGenerator.standalone().resolve(List.of(RepositoryRoot.riverside()));
        assertNotNull(resolution.model(), () -> resolution.findings().toString());
    }

    private static CommissioningModel model(int plc4Port) {
        CommissioningModel model = CommissioningModel.of(resolution.model(), resolution.twins());
        return model.with(EndpointOverrides.parse(List.of("PLC4=127.0.0.1:" + plc4Port), model));
    }

    private static PlantSimulation generated(int plc4Port, List<String> log) throws IOException {
        // no FB_OVEN2_PASSWORD: Oven2 is not served (a note says so); its signals are still simulated
        PlantSimulation simulation = PlantSimulation.of(resolution, model(plc4Port), 60, 1, Map.of());
        simulation.play(Scenario.read(RepositoryRoot.riverside().resolve("riverside.scenario")), log::add);
        return simulation;
    }

    @Test
    @DisplayName("the built-in simulation computes what the hand-written Riverside plant computed before")
    void theBuiltInSimulationIsUnchanged() {
        SimulatedPlant plant = RiversideSimulation.plant();
        int row = 0;
        for (int step = 1; step <= 4200; step++) {
            plant.step(0.1);
            if (row < BEFORE.length && step == Math.round(BEFORE[row][0] * 10)) {
                String at = " at " + BEFORE[row][0] + " s";
                assertEquals(BEFORE[row][1], plant.value("Tank3.BathTemp"), 1e-9, "Tank3" + at);
                assertEquals(BEFORE[row][2], plant.value("Tank1.BathTemp"), 1e-9, "Tank1" + at);
                assertEquals(BEFORE[row][3], plant.value("CuringOven.Zone1.Temp"), 1e-9, "Zone1" + at);
                row++;
            }
        }
        assertEquals(BEFORE.length, row);
    }

    @Test
    @DisplayName("the generated simulator playing riverside.scenario gives the built-in trace, heater fault and "
            + "BathTooHot times, and PLC4 serves it at holding 40021")
    void theGeneratedSimulatorPlaysTheBuiltInTrace() throws Exception {
        List<String> log = new ArrayList<>();
        int port = LoopbackPort.free();
        PlantSimulation simulation = generated(port, log);
        assertEquals("anodizing-bath model", simulation.signals().kinds().get(TANK3));
        assertEquals("curing-oven model", simulation.signals().kinds().get(ZONE1));
        SimulatedPlant builtIn = RiversideSimulation.plant();
        simulation.simulator().startControllers(); // steps once, as the built-in plant's first step below
        try {
            builtIn.step(0.1);
            double raisedGenerated = -1;
            double raisedBuiltIn = -1;
            double clearedGenerated = -1;
            for (int step = 2; step <= 4200; step++) {
                simulation.simulator().tick();
                builtIn.step(0.1);
                double generated = simulation.simulator().value(ModelSignals.NAME + "." + TANK3);
                double expected = builtIn.value("Tank3.BathTemp");
                assertEquals(expected, generated, 1e-9, "Tank3.BathTemp at " + step / 10.0 + " s");
                assertEquals(builtIn.value("CuringOven.Zone1.Temp"),
                        simulation.simulator().value(ModelSignals.NAME + "." + ZONE1), 1e-9, "Zone1 at " + step / 10.0);
                raisedGenerated = raisedGenerated < 0 && generated > 24.5 ? step / 10.0 : raisedGenerated;
                raisedBuiltIn = raisedBuiltIn < 0 && expected > 24.5 ? step / 10.0 : raisedBuiltIn;
                clearedGenerated = raisedGenerated > 0 && clearedGenerated < 0 && generated < 24.0 ? step / 10.0
                        : clearedGenerated;
                if (step == 2000) {
                    assertServedAtHolding40021(port, expected);
                }
            }
            assertEquals(161.1, raisedGenerated, 1e-9, "BathTooHot's 24.5 °C crossed as before");
            assertEquals(raisedBuiltIn, raisedGenerated);
            assertEquals(391.4, clearedGenerated, 1e-9, "below 24.0 °C again as before");
            assertEquals(List.of("t=   60 s  Tank3: heater stuck-on", "t=  210 s  Tank3: heater heal"), log);
        } finally {
            simulation.simulator().close();
        }
    }

    private void assertServedAtHolding40021(int port, double expected) throws Exception {
        CommissioningModel model = model(port);
        List<MappedValue> tank3 = model.mappings().stream().filter(m -> m.signal().equals(TANK3)).toList();
        LiveReader reader = new LiveReader(Clock.systemUTC());
        try (ModbusLink link = new ModbusLink((Controller.Modbus) model.controller("PLC4").orElseThrow(),
                Clock.systemUTC())) {
            LiveValue read = reader.readModbus(link, tank3).get(0);
            assertTrue(read.quality().isGood(), read.toString());
            assertEquals(Math.round(expected * 10) / 10.0, ((Number) read.sample().value()).doubleValue(), 1e-9,
                    "holding 40021 (0.1 °C) at 200 s");
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("a model line for equipment the plant does not have, or a set of a computed signal, names its line")
    void equipmentTheScenarioCannotPlayIsNamedWithItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("wrong.scenario"),
                "# a tank too many\nmodel Tank9 anodizing-bath\n");
        PlantSimulation simulation = PlantSimulation.of(resolution, model(LoopbackPort.free()), 60, 1, Map.of());
        assertEquals("wrong.scenario:2: the plant has no equipment Tank9 with mapped signals",
                assertThrows(IllegalArgumentException.class, () -> simulation.play(Scenario.read(file), s -> {
                })).getMessage());
        Files.writeString(file, "model CuringOven anodizing-bath\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlantSimulation.of(resolution,
                model(LoopbackPort.free()), 60, 1, Map.of()).play(Scenario.read(file), s -> {
                })).getMessage()
                .startsWith("wrong.scenario:1: the anodizing-bath model computes none of CuringOven's"));
        Files.writeString(file, "model Tank3 anodizing-bath\n30 set Tank3.BathTemp 30\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlantSimulation.of(resolution,
                model(LoopbackPort.free()), 60, 1, Map.of()).play(Scenario.read(file), s -> {
                })).getMessage()
                .startsWith("wrong.scenario:2: " + TANK3 + " is computed by the anodizing-bath model"));
    }
}
