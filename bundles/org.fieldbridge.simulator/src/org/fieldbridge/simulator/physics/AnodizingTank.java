/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.physics;

/**
 * An anodizing tank: bath temperature from a lumped heat balance (thermostat-controlled heater, heat from the
 * anodizing current, loss to the ambient air), a rectifier whose current ramps to its setpoint with a small
 * ripple, and an agitator. All deterministic: the same steps give the same values.
 */
public final class AnodizingTank implements SimulatedEquipment {

    private static final double HEAT_CAPACITY_J_PER_K = 2.0e6; // ~0.5 m³ of electrolyte: a small tank reacts within minutes
    /** The heater's power when none is given. */
    public static final double DEFAULT_HEATER_W = 80_000;
    private static final double LOSS_W_PER_K = 3_000;
    private static final double PROCESS_HEAT_W_PER_A = 3.0; // ~15 V across the cell, a fifth becomes heat
    private static final double THERMOSTAT_BAND_K = 0.3;

    private final String name;
    private final double ambient;
    private final double heaterWatts;
    private double bathTemp;
    private double setpoint;
    private double rectifierSetpoint;
    private double rectifierCurrent;
    private boolean heaterOn;
    private boolean heaterStuckOn;
    private boolean agitatorRunning = true;
    private double time;

    /**
     * @param name      the tank's name in the plant model, e.g. {@code Tank3}
     * @param setpoint  bath temperature setpoint in °C
     * @param current   rectifier current setpoint in A
     * @param ambient   ambient temperature in °C (also the bath's start temperature)
     */
    public AnodizingTank(String name, double setpoint, double current, double ambient) {
        this(name, setpoint, current, ambient, DEFAULT_HEATER_W);
    }

    /**
     * @param heaterWatts the heater's power in W
     * @see #AnodizingTank(String, double, double, double)
     */
    public AnodizingTank(String name, double setpoint, double current, double ambient, double heaterWatts) {
        this.name = name;
        this.heaterWatts = heaterWatts;
        this.setpoint = setpoint;
        this.rectifierSetpoint = current;
        this.ambient = ambient;
        this.bathTemp = setpoint - 0.5;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void step(double dtSeconds) {
        time += dtSeconds;
        if (heaterStuckOn) {
            heaterOn = true;
        } else if (bathTemp < setpoint - THERMOSTAT_BAND_K) {
            heaterOn = true;
        } else if (bathTemp > setpoint + THERMOSTAT_BAND_K) {
            heaterOn = false;
        }
        double ramp = 200 * dtSeconds; // A per second
        rectifierCurrent += Math.max(-ramp, Math.min(ramp, rectifierSetpoint - rectifierCurrent));
        double heat = (heaterOn ? heaterWatts : 0) + PROCESS_HEAT_W_PER_A * rectifierCurrent
                - LOSS_W_PER_K * (bathTemp - ambient) * (agitatorRunning ? 1.2 : 1.0);
        bathTemp += heat * dtSeconds / HEAT_CAPACITY_J_PER_K;
    }

    @Override
    public double value(String signal) {
        return switch (signal) {
            case "BathTemp" -> bathTemp;
            case "BathTempSetpoint" -> setpoint;
            case "RectifierCurrent" -> rectifierCurrent + 2.5 * Math.sin(time * 2 * Math.PI / 0.7);
            case "AgitatorRunning" -> agitatorRunning ? 1 : 0;
            case "HeaterOn" -> heaterOn ? 1 : 0;
            default -> throw new IllegalArgumentException(name + " has no signal " + signal);
        };
    }

    /** A stuck heater contactor: the heater stays on whatever the thermostat says (the demo's overheat). */
    public void setHeaterStuckOn(boolean stuck) {
        heaterStuckOn = stuck;
    }

    public void setAgitatorRunning(boolean running) {
        agitatorRunning = running;
    }

    public void setSetpoint(double celsius) {
        setpoint = celsius;
    }

    public void setRectifierSetpoint(double amperes) {
        rectifierSetpoint = amperes;
    }
}
