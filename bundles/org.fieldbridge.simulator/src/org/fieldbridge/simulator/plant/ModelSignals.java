/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.simulator.physics.SimulatedEquipment;

/**
 * Every mapped signal of a plant, simulated from what the model says about it (see {@link SignalKinds}):
 * one piece of simulated equipment named {@value #NAME}, whose signals are the plant signals' qualified names
 * ({@code model.Acme.Site.Area.Line.Tank1.BathTemp} in a {@code SimulatedPlant}).
 */
public final class ModelSignals implements SimulatedEquipment {

    /** The equipment name under which a {@code SimulatedPlant} holds the model's signals. */
    public static final String NAME = "model";

    private final Map<String, SignalBehaviour> behaviours;
    private double time;

    ModelSignals(Map<String, SignalBehaviour> behaviours) {
        this.behaviours = Collections.unmodifiableMap(new LinkedHashMap<>(behaviours));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void step(double dtSeconds) {
        time += dtSeconds;
        for (SignalBehaviour b : behaviours.values()) {
            b.step(time, dtSeconds);
        }
    }

    @Override
    public double value(String signal) {
        return behaviour(signal).value();
    }

    /**
     * Sets a signal's value (a scenario's {@code set}); the signal moves on from there as before.
     *
     * @param signal a qualified signal name or its tail at a dot
     */
    public void set(String signal, double value) {
        behaviours.get(resolve(signal)).set(value);
    }

    /**
     * @param name a qualified signal name or its tail at a dot, e.g. {@code Tank1.BathTemp}
     * @return the qualified name of the one simulated signal meant
     * @throws IllegalArgumentException when no or more than one signal has that name
     */
    public String resolve(String name) {
        if (behaviours.containsKey(name)) {
            return name;
        }
        List<String> matches = new ArrayList<>();
        for (String signal : behaviours.keySet()) {
            if (signal.endsWith("." + name)) {
                matches.add(signal);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException(matches.isEmpty() ? "no mapped signal is named " + name
                : name + " names " + matches.size() + " signals (" + String.join(", ", matches)
                        + "); write more of its name");
    }

    /** @return per qualified signal name how it is simulated, e.g. {@code measurement following its setpoint} */
    public Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        behaviours.forEach((name, b) -> kinds.put(name, b.kind()));
        return kinds;
    }

    private SignalBehaviour behaviour(String signal) {
        SignalBehaviour b = behaviours.get(signal);
        if (b == null) {
            throw new IllegalArgumentException("no simulated signal " + signal);
        }
        return b;
    }
}
