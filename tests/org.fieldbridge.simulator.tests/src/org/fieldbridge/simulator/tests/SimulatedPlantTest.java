/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.physics.SimulatedPlant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Simulated Riverside plant (physics)")
class SimulatedPlantTest {

    private static final double STEP = 0.1;

    private static List<Double> trace(String signal, int seconds) {
        SimulatedPlant plant = RiversideSimulation.plant();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < seconds / STEP; i++) {
            plant.step(STEP);
            if (i % 10 == 9) {
                values.add(plant.value(signal));
            }
        }
        return values;
    }

    @Test
    @DisplayName("is deterministic: two runs give the same values to the bit")
    void isDeterministic() {
        assertEquals(trace("Tank3.BathTemp", 300), trace("Tank3.BathTemp", 300));
        assertEquals(trace("CuringOven.GasFlow", 300), trace("CuringOven.GasFlow", 300));
    }

    @Test
    @DisplayName("holds a healthy bath within the thermostat band of its setpoint")
    void holdsAHealthyBathNearItsSetpoint() {
        List<Double> tank1 = trace("Tank1.BathTemp", 600);
        for (double t : tank1.subList(60, tank1.size())) {
            assertTrue(Math.abs(t - 20.0) < 0.6, "Tank1 at " + t + " °C, setpoint 20.0");
        }
    }

    @Test
    @DisplayName("overheats Tank3 past 24.5 °C while its heater contactor sticks and cools it below 24.0 °C afterwards")
    void overheatsTank3AndCoolsItAgain() {
        List<Double> tank3 = trace("Tank3.BathTemp", 420);
        double peak = tank3.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        int peakAt = tank3.indexOf(peak);
        assertTrue(peak > 25.0, "peak " + peak);
        assertTrue(peakAt > 150 && peakAt < 260, "peak at " + peakAt + " s");
        assertTrue(tank3.get(tank3.size() - 1) < 24.0, "at the end " + tank3.get(tank3.size() - 1));
        assertTrue(tank3.get(50) < 22.0, "before the fault " + tank3.get(50));
    }

    @Test
    @DisplayName("brings the oven zones to their setpoints with an overshoot of 1 to 3 K")
    void bringsTheOvenZonesToSetpointWithAFewKelvinOvershoot() {
        List<Double> zone1 = trace("CuringOven.Zone1.Temp", 900);
        double peak = zone1.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertTrue(peak - 180 > 1.0 && peak - 180 < 3.0, "overshoot " + (peak - 180));
        assertEquals(180.0, zone1.get(zone1.size() - 1), 0.2);
    }

    @Test
    @DisplayName("starts a new batch every 300 s")
    void startsANewBatchEvery300Seconds() {
        List<Double> batch = trace("CuringOven.BatchId", 650);
        assertEquals(1000.0, batch.get(0));
        assertEquals(1000.0, batch.get(298));
        assertEquals(1001.0, batch.get(300));
        assertEquals(1002.0, batch.get(600));
    }

    @Test
    @DisplayName("names the signal it does not know")
    void namesTheSignalItDoesNotKnow() {
        SimulatedPlant plant = RiversideSimulation.plant();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plant.value("Tank3.Colour"));
        assertTrue(e.getMessage().contains("Colour"));
        assertThrows(IllegalArgumentException.class, () -> plant.value("Tank9.BathTemp"));
    }
}
