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

import org.fieldbridge.simulator.physics.EquipmentModel;
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
    // signals an equipment model computes (a scenario's model line): these win over their behaviour
    private final Map<String, Modelled> modelled = new LinkedHashMap<>();
    private double time;

    /** A signal computed by an equipment model: {@code local} is its name relative to the equipment. */
    private record Modelled(SimulatedEquipment equipment, EquipmentModel model, String local) {
    }

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
        Modelled m = modelled.get(signal);
        return m != null ? m.equipment().value(m.local()) : behaviour(signal).value();
    }

    /**
     * Sets a signal's value (a scenario's {@code set}); the signal moves on from there as before. A signal an
     * equipment model computes is set through the model (a setpoint, the agitator).
     *
     * @param signal a qualified signal name or its tail at a dot
     * @throws IllegalArgumentException when an equipment model computes the signal and cannot set it
     */
    public void set(String signal, double value) {
        String name = resolve(signal);
        Modelled m = modelled.get(name);
        if (m == null) {
            behaviours.get(name).set(value);
        } else if (!m.model().settable(m.local()) || !m.model().set(m.equipment(), m.local(), value)) {
            throw new IllegalArgumentException(notSettable(name));
        }
    }

    /**
     * @param signal a qualified signal name or its tail at a dot
     * @return null when a scenario can {@code set} it, else why not
     */
    public String whyNotSettable(String signal) {
        String name = resolve(signal);
        Modelled m = modelled.get(name);
        return m == null || m.model().settable(m.local()) ? null : notSettable(name);
    }

    private String notSettable(String name) {
        return name + " is computed by the " + modelled.get(name).model().name()
                + " model of its equipment; set a setpoint or script an event instead";
    }

    /**
     * Lets an equipment model compute one of the signals (a scenario's {@code model} line).
     *
     * @param signal    a qualified signal name
     * @param equipment the model's equipment, stepped by the plant it belongs to
     * @param local     the signal's name relative to the equipment ({@code Zone1.Temp})
     */
    void bind(String signal, SimulatedEquipment equipment, EquipmentModel model, String local) {
        behaviour(signal);
        modelled.put(signal, new Modelled(equipment, model, local));
    }

    /**
     * @param name an equipment's qualified name or its tail at a dot, e.g. {@code Tank3}
     * @return the qualified name of the one equipment with mapped signals meant
     * @throws IllegalArgumentException when no or more than one equipment has that name
     */
    public String equipment(String name) {
        java.util.Set<String> matches = new java.util.TreeSet<>();
        for (String signal : behaviours.keySet()) {
            for (int dot = signal.indexOf('.'); dot > 0; dot = signal.indexOf('.', dot + 1)) {
                String prefix = signal.substring(0, dot);
                if (prefix.equals(name) || prefix.endsWith("." + name)) {
                    matches.add(prefix);
                }
            }
        }
        if (matches.size() == 1) {
            return matches.iterator().next();
        }
        throw new IllegalArgumentException(matches.isEmpty() ? "the plant has no equipment " + name
                + " with mapped signals" : name + " names " + matches.size() + " equipment (" + String.join(", ",
                        matches) + "); write more of its name");
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
        behaviours.forEach((name, b) -> kinds.put(name, modelled.containsKey(name)
                ? modelled.get(name).model().name() + " model" : b.kind()));
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
