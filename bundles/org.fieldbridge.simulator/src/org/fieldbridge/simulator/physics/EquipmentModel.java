/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.physics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.core.text.EditDistance;

/**
 * An equipment model a scenario file can give a piece of equipment ({@code model Tank3 anodizing-bath
 * setpoint=21 heater=80kW}): its parameters with their units and defaults, the signals it computes, the events a
 * scenario can script ({@code 60 Tank3 heater stuck-on}) and the signals a scenario can {@code set}. The models
 * are the hand-written physics of this package; this class only names them for scenario files.
 */
public final class EquipmentModel {

    /**
     * One parameter of a model line.
     *
     * @param name         as written in the scenario ({@code setpoint})
     * @param unit         the unit its value is in ({@code °C}); a value may repeat it ({@code 80kW})
     * @param defaultValue the value when the line does not give one
     * @param meaning      what it sets, for the docs and the error messages
     */
    public record Parameter(String name, String unit, String defaultValue, String meaning) {
    }

    /** Builds the equipment from its name and its parameters' values (lists for list parameters). */
    private interface Factory {
        SimulatedEquipment create(String name, Map<String, double[]> values);
    }

    /** Applies an event (already checked) or a {@code set} to the equipment. */
    private interface Actions {
        void event(SimulatedEquipment equipment, String event);

        boolean set(SimulatedEquipment equipment, String signal, double value);

        boolean settable(String signal);
    }

    private static final Pattern VALUE = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)");

    private static final List<EquipmentModel> ALL = List.of(anodizingBath(), curingOven());

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final List<String> signals;
    private final List<String> events;
    private final Factory factory;
    private final Actions actions;

    private EquipmentModel(String name, String description, List<Parameter> parameters, List<String> signals,
            List<String> events, Factory factory, Actions actions) {
        this.name = name;
        this.description = description;
        this.parameters = parameters;
        this.signals = signals;
        this.events = events;
        this.factory = factory;
        this.actions = actions;
    }

    private static EquipmentModel anodizingBath() {
        return new EquipmentModel("anodizing-bath",
                "an anodizing tank: bath temperature from a heat balance (thermostat-controlled heater, anodizing "
                        + "current, loss to the ambient air), rectifier current ramping to its setpoint, agitator",
                List.of(new Parameter("setpoint", "°C", "20", "bath temperature setpoint"),
                        new Parameter("current", "A", "1200", "rectifier current setpoint"),
                        new Parameter("ambient", "°C", "18", "ambient temperature"),
                        new Parameter("heater", "kW", "80", "heater power")),
                List.of("BathTemp", "BathTempSetpoint", "RectifierCurrent", "AgitatorRunning", "HeaterOn"),
                List.of("heater stuck-on", "heater heal", "agitator stop", "agitator start"),
                (name, v) -> new AnodizingTank(name, v.get("setpoint")[0], v.get("current")[0], v.get("ambient")[0],
                        v.get("heater")[0] * 1000),
                new Actions() {
                    @Override
                    public void event(SimulatedEquipment equipment, String event) {
                        AnodizingTank tank = (AnodizingTank) equipment;
                        switch (event) {
                            case "heater stuck-on" -> tank.setHeaterStuckOn(true);
                            case "heater heal" -> tank.setHeaterStuckOn(false);
                            case "agitator stop" -> tank.setAgitatorRunning(false);
                            default -> tank.setAgitatorRunning(true);
                        }
                    }

                    @Override
                    public boolean set(SimulatedEquipment equipment, String signal, double value) {
                        AnodizingTank tank = (AnodizingTank) equipment;
                        switch (signal) {
                            case "BathTempSetpoint" -> tank.setSetpoint(value);
                            case "AgitatorRunning" -> tank.setAgitatorRunning(value != 0);
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    }

                    @Override
                    public boolean settable(String signal) {
                        return signal.equals("BathTempSetpoint") || signal.equals("AgitatorRunning");
                    }
                });
    }

    private static EquipmentModel curingOven() {
        return new EquipmentModel("curing-oven",
                "a gas-fired curing oven: zones following their setpoints as an underdamped second-order system, "
                        + "gas flow from the heat demand, a batch id advancing once per batch time",
                List.of(new Parameter("zones", "°C", "180,190,200",
                        "setpoint per zone (Zone1, Zone2, ...), comma-separated"),
                        new Parameter("ambient", "°C", "25", "start temperature of the zones"),
                        new Parameter("batch", "s", "300", "batch time: the batch id advances after each")),
                List.of("ZoneN.Temp", "ZoneN.Setpoint", "GasFlow", "BatchId"),
                List.of(),
                (name, v) -> new CuringOven(name, java.util.Arrays.stream(v.get("zones")).boxed().toList(),
                        v.get("ambient")[0], v.get("batch")[0]),
                new Actions() {
                    @Override
                    public void event(SimulatedEquipment equipment, String event) {
                        throw new IllegalStateException("the curing oven has no events");
                    }

                    @Override
                    public boolean set(SimulatedEquipment equipment, String signal, double value) {
                        Matcher zone = Pattern.compile("Zone(\\d+)\\.Setpoint").matcher(signal);
                        CuringOven oven = (CuringOven) equipment;
                        if (!zone.matches() || Integer.parseInt(zone.group(1)) < 1
                                || Integer.parseInt(zone.group(1)) > oven.zoneCount()) {
                            return false;
                        }
                        oven.setZoneSetpoint(Integer.parseInt(zone.group(1)), value);
                        return true;
                    }

                    @Override
                    public boolean settable(String signal) {
                        return signal.matches("Zone[1-9]\\d*\\.Setpoint");
                    }
                });
    }

    /** @return every model a scenario can name */
    public static List<EquipmentModel> all() {
        return ALL;
    }

    /**
     * @param name a model's name as written in a scenario
     * @return the model
     * @throws IllegalArgumentException naming the models there are (and the closest one)
     */
    public static EquipmentModel named(String name) {
        for (EquipmentModel m : ALL) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("there is no equipment model '" + name + "'" + closest(name,
                ALL.stream().map(EquipmentModel::name).toList()) + " (models: "
                + String.join(", ", ALL.stream().map(EquipmentModel::name).toList()) + ")");
    }

    /**
     * @param equipment the equipment's name
     * @param written   the parameters as written ({@code heater} -> {@code 80kW}); the others keep their defaults
     * @return the simulated equipment, at its start values
     * @throws IllegalArgumentException naming an unknown parameter or a value it cannot read
     */
    public SimulatedEquipment create(String equipment, Map<String, String> written) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            values.put(p.name(), values(p, p.defaultValue()));
        }
        for (Map.Entry<String, String> e : written.entrySet()) {
            Parameter p = parameter(e.getKey());
            values.put(p.name(), values(p, e.getValue()));
        }
        return factory.create(equipment, values);
    }

    private Parameter parameter(String key) {
        for (Parameter p : parameters) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException(name + " has no parameter '" + key + "'"
                + closest(key, parameters.stream().map(Parameter::name).toList()) + " (parameters: "
                + String.join(", ", parameters.stream().map(Parameter::name).toList()) + ")");
    }

    private double[] values(Parameter p, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length > 1 && !p.name().equals("zones")) {
            throw new IllegalArgumentException(p.name() + " takes one value, not '" + text + "'");
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Matcher m = VALUE.matcher(parts[i].strip());
            if (!m.matches() || !unitMatches(m.group(2), p.unit())) {
                throw new IllegalArgumentException(p.name() + " must be a number in " + p.unit() + " (" + p.meaning()
                        + "), e.g. " + p.name() + "=" + p.defaultValue() + ", not '" + text + "'");
            }
            values[i] = Double.parseDouble(m.group(1));
        }
        return values;
    }

    private static boolean unitMatches(String written, String unit) {
        if (written.isEmpty() || written.equalsIgnoreCase(unit)) {
            return true;
        }
        return unit.equals("°C") && (written.equalsIgnoreCase("degC") || written.equals("C"));
    }

    /**
     * @param words an event as written after the equipment's name ({@code heater stuck-on})
     * @return the event, its words separated by one space
     * @throws IllegalArgumentException naming the events the model knows
     */
    public String event(String words) {
        String event = String.join(" ", words.strip().split("\\s+")).toLowerCase(Locale.ROOT);
        if (events.contains(event)) {
            return event;
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException(name + " has no events (it knows 'set' of " + String.join(", ",
                    signals.stream().filter(s -> s.endsWith("Setpoint")).toList()) + "), not '" + words + "'");
        }
        throw new IllegalArgumentException(name + " has no event '" + words + "'" + closest(event, events)
                + " (events: " + String.join(", ", events) + ")");
    }

    /** Applies an event that {@link #event(String)} accepted to equipment this model created. */
    public void apply(SimulatedEquipment equipment, String event) {
        actions.event(equipment, event);
    }

    /**
     * A scenario's {@code set} of one of the equipment's signals (a setpoint, the agitator).
     *
     * @param signal the signal relative to the equipment ({@code BathTempSetpoint}, {@code Zone2.Setpoint})
     * @return false when the model computes that signal itself (it cannot be set)
     */
    public boolean set(SimulatedEquipment equipment, String signal, double value) {
        return actions.set(equipment, signal, value);
    }

    /**
     * @param signal the signal relative to the equipment
     * @return whether a scenario's {@code set} can change it (a setpoint, the agitator), not only the model
     */
    public boolean settable(String signal) {
        return actions.settable(signal);
    }

    private static String closest(String written, List<String> candidates) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = EditDistance.between(written, c);
            if (d < distance) {
                distance = d;
                best = c;
            }
        }
        return best != null && distance <= Math.max(2, written.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    /** @return the name a scenario writes, e.g. {@code anodizing-bath} */
    public String name() {
        return name;
    }

    /** @return what it simulates, in plant words */
    public String description() {
        return description;
    }

    /** @return its parameters, in the documented order */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** @return the signals it computes, relative to its equipment ({@code ZoneN} for each zone) */
    public List<String> signals() {
        return new ArrayList<>(signals);
    }

    /** @return the events a scenario can script */
    public List<String> events() {
        return events;
    }
}
