/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.physics;

import java.util.List;

/**
 * A powder-coating curing oven: zones whose temperature follows the zone setpoint as a slightly underdamped
 * second-order system (so a setpoint step overshoots by a few kelvin, as real gas-fired zones do), a gas
 * flow that follows the heat demand, and a batch counter that advances at a fixed batch time.
 */
public final class CuringOven implements SimulatedEquipment {

    private static final double NATURAL_FREQUENCY = 0.02; // rad/s: ~5 min to settle
    private static final double DAMPING = 0.8; // ~1.5 % overshoot of the step

    private final String name;
    private final Zone[] zones;
    private final double batchSeconds;
    private double time;
    private double gasFlow;

    /** One oven zone. */
    private static final class Zone {
        final String name;
        double setpoint;
        double temp;
        double rate;

        Zone(String name, double setpoint, double start) {
            this.name = name;
            this.setpoint = setpoint;
            this.temp = start;
        }
    }

    /**
     * @param zoneSetpoints setpoint per zone in °C; zones are named Zone1, Zone2, ...
     * @param ambient       start temperature of the zones in °C
     * @param batchSeconds  length of one batch; the batch id increments after each
     */
    public CuringOven(String name, List<Double> zoneSetpoints, double ambient, double batchSeconds) {
        this.name = name;
        this.zones = new Zone[zoneSetpoints.size()];
        for (int i = 0; i < zones.length; i++) {
            zones[i] = new Zone("Zone" + (i + 1), zoneSetpoints.get(i), ambient);
        }
        this.batchSeconds = batchSeconds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void step(double dtSeconds) {
        time += dtSeconds;
        double demand = 0;
        for (Zone z : zones) {
            double w = NATURAL_FREQUENCY;
            double acceleration = w * w * (z.setpoint - z.temp) - 2 * DAMPING * w * z.rate;
            z.rate += acceleration * dtSeconds;
            z.temp += z.rate * dtSeconds;
            // heating up plus holding losses: ~50 m³/h at the peak of a cold start, ~28 m³/h holding
            demand += Math.max(0, z.rate) * 8 + (z.temp - 20) * 0.05;
        }
        gasFlow = 4.0 + demand;
    }

    @Override
    public double value(String signal) {
        return switch (signal) {
            case "GasFlow" -> gasFlow;
            case "BatchId" -> 1000 + Math.floor(time / batchSeconds);
            default -> zoneValue(signal);
        };
    }

    private double zoneValue(String signal) {
        int dot = signal.indexOf('.');
        if (dot > 0) {
            for (Zone z : zones) {
                if (z.name.equals(signal.substring(0, dot))) {
                    return switch (signal.substring(dot + 1)) {
                        case "Temp" -> z.temp;
                        case "Setpoint" -> z.setpoint;
                        default -> throw new IllegalArgumentException(name + " has no signal " + signal);
                    };
                }
            }
        }
        throw new IllegalArgumentException(name + " has no signal " + signal);
    }

    /** @return how many zones the oven has */
    public int zoneCount() {
        return zones.length;
    }

    /** @param zone 1-based zone number */
    public void setZoneSetpoint(int zone, double celsius) {
        zones[zone - 1].setpoint = celsius;
    }
}
