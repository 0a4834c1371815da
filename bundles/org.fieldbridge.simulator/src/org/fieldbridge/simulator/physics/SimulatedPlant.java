/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.physics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The simulated equipment of a plant, advanced in fixed steps of simulated time, with scheduled scenario
 * actions (e.g. "at 60 s the heater contactor of Tank3 sticks"). Signals are addressed as
 * {@code Equipment.Signal} (e.g. {@code Tank3.BathTemp}, {@code CuringOven.Zone1.Temp}).
 */
public final class SimulatedPlant {

    private final Map<String, SimulatedEquipment> equipment = new LinkedHashMap<>();
    private final List<ScheduledAction> schedule = new ArrayList<>();
    private double time;

    private record ScheduledAction(double atSeconds, String description, Consumer<SimulatedPlant> action) {
    }

    /** Adds equipment; its name must be unique in the plant. */
    public SimulatedPlant add(SimulatedEquipment item) {
        if (equipment.putIfAbsent(item.name(), item) != null) {
            throw new IllegalArgumentException("equipment " + item.name() + " is already simulated");
        }
        return this;
    }

    /** Schedules an action at a simulated time (seconds since the start). */
    public SimulatedPlant at(double seconds, String description, Consumer<SimulatedPlant> action) {
        schedule.add(new ScheduledAction(seconds, description, action));
        schedule.sort((a, b) -> Double.compare(a.atSeconds(), b.atSeconds()));
        return this;
    }

    /** Advances every piece of equipment by one step, running the actions that fall due first. */
    public void step(double dtSeconds) {
        double next = time + dtSeconds;
        while (!schedule.isEmpty() && schedule.get(0).atSeconds() <= next) {
            schedule.remove(0).action().accept(this);
        }
        for (SimulatedEquipment item : equipment.values()) {
            item.step(dtSeconds);
        }
        time = next;
    }

    /** @return simulated seconds since the start */
    public double time() {
        return time;
    }

    /** @param signal {@code Equipment.Signal}, e.g. {@code Tank3.BathTemp} */
    public double value(String signal) {
        int dot = signal.indexOf('.');
        SimulatedEquipment item = dot < 0 ? null : equipment.get(signal.substring(0, dot));
        if (item == null) {
            throw new IllegalArgumentException("no simulated equipment for signal " + signal);
        }
        return item.value(signal.substring(dot + 1));
    }

    /** @return the simulated equipment of that name */
    public <T extends SimulatedEquipment> T equipment(String name, Class<T> type) {
        SimulatedEquipment item = equipment.get(name);
        if (!type.isInstance(item)) {
            throw new IllegalArgumentException("no simulated " + type.getSimpleName() + " named " + name);
        }
        return type.cast(item);
    }
}
