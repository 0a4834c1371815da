/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.codegen.model.MappedSignal;
import org.fieldbridge.codegen.model.RuntimeModel;
import org.fieldbridge.codegen.model.ValueType;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.simulator.SimulatedController;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.FaultCommand;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.simulator.physics.SimulatedEquipment;
import org.fieldbridge.simulator.physics.SimulatedPlant;

/**
 * A simulator generated from any plant's resolved model: one Modbus TCP slave on 127.0.0.1 per endpoint its
 * connections name (connections sharing an endpoint, as unit ids behind one gateway, share one slave that
 * answers each unit id), serving every mapped address in the mapping's type and byte/word order with scale
 * and offset inverted, and refusing every other address with exception 02; values from {@link SignalKinds}.
 */
public final class PlantSimulation {

    /** Wall-clock milliseconds between two steps. */
    private static final long TICK_MILLIS = 100;

    private final Simulator simulator;
    private final ModelSignals signals;
    private final Map<String, SimulatedModbusDevice> byConnection;
    private final List<MappedValue> mappings;
    private final Map<MappedValue, ValueType> nodeTypes; // the data type each OPC UA mapping's node is served in
    private final List<String> notes; // grows with useModels
    // equipment a scenario gave a model, by the name its model line writes
    private final Map<String, Modelled> modelled = new LinkedHashMap<>();

    private record Modelled(SimulatedEquipment equipment, Scenario.ModelLine line) {
    }

    private PlantSimulation(Simulator simulator, ModelSignals signals, Map<String, SimulatedModbusDevice> byConnection,
            List<MappedValue> mappings, Map<MappedValue, ValueType> nodeTypes, List<String> notes) {
        this.simulator = simulator;
        this.signals = signals;
        this.byConnection = byConnection;
        this.mappings = mappings;
        this.nodeTypes = nodeTypes;
        this.notes = notes;
    }

    /**
     * @param model       the generator's model (signal types and units)
     * @param controllers the same model as commissioning reads it, with any endpoint overrides applied (the
     *                    ports the slaves listen on)
     * @param statePeriod seconds between two toggles of a state
     * @param timeScale   simulated seconds per wall-clock second
     * @return the simulation, not started
     * @throws IllegalArgumentException when two endpoints would need the same port of 127.0.0.1
     */
    public static PlantSimulation of(RuntimeModel model, CommissioningModel controllers, double statePeriod,
            double timeScale) {
        return of(model, controllers, statePeriod, timeScale, Map.of());
    }

    /**
     * @param env the environment the OPC UA servers' {@code env:} password references are read from
     * @see #of(RuntimeModel, CommissioningModel, double, double)
     */
    public static PlantSimulation of(RuntimeModel model, CommissioningModel controllers, double statePeriod,
            double timeScale, Map<String, String> env) {
        return of(model, controllers, statePeriod, timeScale, env, Map.of());
    }

    /**
     * The simulation with each signal's kind (measurement, setpoint, counter, state) as the plant states it.
     *
     * @param resolution the generator's resolution of the .twin files (its model and the files themselves)
     * @see #of(RuntimeModel, CommissioningModel, double, double, Map)
     */
    public static PlantSimulation of(RuntimeGenerator.Resolution resolution, CommissioningModel controllers,
            double statePeriod, double timeScale, Map<String, String> env) {
        return of(resolution.model(), controllers, statePeriod, timeScale, env, PlantKinds.of(resolution.twins()));
    }

    private static PlantSimulation of(RuntimeModel model, CommissioningModel controllers, double statePeriod,
            double timeScale, Map<String, String> env, Map<String, String> kinds) {
        List<MappedValue> mappings = controllers.mappings();
        List<MappedSignal> resolved = model.signals();
        Map<String, SignalFacts> facts = new LinkedHashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            MappedValue m = mappings.get(i);
            facts.merge(m.signal(), facts(m, resolved.get(i), kinds.getOrDefault(m.signal(), "")),
                    PlantSimulation::narrower);
        }
        ModelSignals signals = SignalKinds.of(List.copyOf(facts.values()), statePeriod);
        List<String> notes = new ArrayList<>();
        Map<String, SimulatedModbusDevice> byConnection = modbusDevices(controllers, notes);
        SimulatedPlant plant = new SimulatedPlant().add(signals);
        List<SimulatedController> devices = new ArrayList<>(byPort(byConnection).values());
        for (Controller c : controllers.controllers()) {
            if (c instanceof Controller.OpcUa opcua) {
                try {
                    SimulatedOpcUaController server = OpcUaServers.of(opcua, mappings, resolved, env, notes);
                    if (server != null) {
                        devices.add(server);
                    }
                } catch (Exception e) {
                    notes.add(c.name() + " (OPC UA) not started: " + e.getMessage());
                }
            }
        }
        Map<MappedValue, ValueType> nodeTypes = new java.util.HashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            if (!mappings.get(i).isModbus()) {
                nodeTypes.put(mappings.get(i), resolved.get(i).node().type());
            }
        }
        return new PlantSimulation(new Simulator(plant, devices, TICK_MILLIS, timeScale), signals, byConnection,
                mappings, nodeTypes, notes);
    }

    private static Map<Integer, SimulatedModbusDevice> byPort(Map<String, SimulatedModbusDevice> byConnection) {
        Map<Integer, SimulatedModbusDevice> byPort = new LinkedHashMap<>();
        byConnection.values().forEach(d -> byPort.putIfAbsent(d.port(), d));
        return byPort;
    }

    private static Map<String, SimulatedModbusDevice> modbusDevices(CommissioningModel model, List<String> notes) {
        Map<String, List<String>> connectionsByEndpoint = new LinkedHashMap<>();
        Map<Integer, String> hostByPort = new LinkedHashMap<>();
        for (Controller c : model.controllers()) {
            if (c instanceof Controller.Modbus m) {
                String endpoint = m.host() + ":" + m.port();
                String other = hostByPort.putIfAbsent(m.port(), endpoint);
                if (other != null && !other.equals(endpoint)) {
                    throw new IllegalArgumentException("connections at " + other + " and " + endpoint + " (" + m.name()
                            + ") would both listen on port " + m.port() + " of 127.0.0.1; give one of them another port, "
                            + "e.g. --port " + m.name() + "=15020");
                }
                connectionsByEndpoint.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(m.name());
            }
        }
        Map<String, SimulatedModbusDevice> byConnection = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> endpoint : connectionsByEndpoint.entrySet()) {
            List<RegisterBinding> bindings = new ArrayList<>();
            for (MappedValue m : model.mappings()) {
                if (m.isModbus() && endpoint.getValue().contains(m.connection())) {
                    bindings.add(new RegisterBinding(ModelSignals.NAME + "." + m.signal(), m.address(),
                            m.conditioning().scale(), m.conditioning().offset()));
                }
            }
            int port = ((Controller.Modbus) model.controller(endpoint.getValue().get(0)).orElseThrow()).port();
            SimulatedModbusDevice device = new SimulatedModbusDevice(port, bindings, true);
            endpoint.getValue().forEach(name -> byConnection.put(name, device));
        }
        return byConnection;
    }

    private static SignalFacts facts(MappedValue m, MappedSignal signal, String kind) {
        ValueType type = signal.node().type();
        boolean bool = type == ValueType.BOOLEAN || (m.isModbus() && (m.address().type().kind() == DataType.Kind.BOOL
                || m.address().type().kind() == DataType.Kind.BIT));
        boolean text = type == ValueType.STRING || (m.isModbus() && m.address().type().kind() == DataType.Kind.STRING);
        double low = Math.max(m.low(), m.conditioning().validMin());
        double high = Math.min(m.high(), m.conditioning().validMax());
        if (m.isModbus()) {
            double[] encodable = ServedValue.range(m.address(), m.conditioning());
            low = Math.max(low, encodable[0]);
            high = Math.min(high, encodable[1]);
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            low = Double.isFinite(low) ? low : Double.isFinite(high) ? high - 100 : 0;
            high = Double.isFinite(high) ? high : low + 100;
        }
        return new SignalFacts(m.signal(), bool, text, m.integral() || text, signal.node().unitCode(), low, high,
                kind);
    }

    private static SignalFacts narrower(SignalFacts a, SignalFacts b) {
        return new SignalFacts(a.name(), a.bool() || b.bool(), a.text() || b.text(), a.integral() || b.integral(),
                a.unit(), Math.max(a.low(), b.low()), Math.min(a.high(), b.high()), a.kind());
    }

    /**
     * Gives equipment of the plant the equipment models of a scenario's {@code model} lines: every mapped signal
     * of that equipment the model computes ({@code Tank3.BathTemp}) comes from the model from now on; the others
     * keep their behaviour (a note names them). Call it before the simulator starts.
     *
     * @throws IllegalArgumentException naming {@code file:line} of a model line whose equipment the plant does not
     *                                  have (or has more than once), or whose model computes none of its signals
     */
    public void useModels(Scenario scenario) {
        for (Scenario.ModelLine line : scenario.models()) {
            String equipment;
            try {
                equipment = signals.equipment(line.equipment());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(line.where() + ": " + e.getMessage(), e);
            }
            SimulatedEquipment simulated = line.create(equipment);
            List<String> computed = new ArrayList<>();
            for (String signal : signals.kinds().keySet()) {
                if (signal.startsWith(equipment + ".")) {
                    String local = signal.substring(equipment.length() + 1);
                    try {
                        simulated.value(local);
                        computed.add(signal);
                        signals.bind(signal, simulated, line.model(), local);
                    } catch (IllegalArgumentException e) {
                        notes.add(line.where() + ": " + signal + " keeps its generic behaviour (the "
                                + line.model().name() + " model does not compute " + local + ")");
                    }
                }
            }
            if (computed.isEmpty()) {
                throw new IllegalArgumentException(line.where() + ": the " + line.model().name() + " model computes "
                        + "none of " + line.equipment() + "'s mapped signals (it computes " + String.join(", ",
                                line.model().signals()) + ")");
            }
            synchronized (simulator.plant()) {
                simulator.plant().add(simulated);
            }
            modelled.put(line.equipment(), new Modelled(simulated, line));
        }
    }

    /**
     * Applies an event of an equipment model now (call it from a scheduled action of the simulator's plant).
     *
     * @param equipment the equipment as a model line of the scenario given to {@link #useModels(Scenario)} names it
     * @param event     an event that model line's model accepted
     */
    public void event(String equipment, String event) {
        Modelled m = modelled.get(equipment);
        if (m == null) {
            throw new IllegalArgumentException("no equipment model for " + equipment);
        }
        m.line().model().apply(m.equipment(), event);
    }

    /**
     * Plays a scenario: its model lines ({@link #useModels(Scenario)}) and its steps, each scheduled at its
     * simulated time. Call it before the simulator starts.
     *
     * @param log told what each step did when it happens, e.g. {@code t=   60 s  Tank3: heater stuck-on}
     * @throws IllegalArgumentException naming {@code file:line} of a model line or a step the plant cannot play
     *                                  (a signal, equipment or connection it does not have, a computed signal set)
     */
    public void play(Scenario scenario, Consumer<String> log) {
        useModels(scenario);
        for (Scenario.Step step : scenario.steps()) {
            try {
                schedule(step, log);
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(step.where() + ":") ? e
                        : new IllegalArgumentException(step.where() + ": " + e.getMessage(), e);
            }
        }
    }

    private void schedule(Scenario.Step step, Consumer<String> log) {
        String at = String.format(Locale.ROOT, "t=%5.0f s  ", step.at());
        SimulatedPlant plant = simulator.plant();
        switch (step.action()) {
            case "fault" -> {
                SimulatedModbusDevice device = byConnection.get(step.target());
                if (device == null) {
                    throw new IllegalArgumentException("there is no simulated Modbus connection " + step.target()
                            + " (connections: " + String.join(", ", byConnection.keySet()) + ")");
                }
                plant.at(step.at(), step.where(),
                        p -> log.accept(at + FaultCommand.apply(step.argument(), device, step.target())));
            }
            case "event" -> {
                if (!modelled.containsKey(step.target())) {
                    throw new IllegalArgumentException("no model line names " + step.target());
                }
                plant.at(step.at(), step.where(), p -> {
                    event(step.target(), step.argument());
                    log.accept(at + step.target() + ": " + step.argument());
                });
            }
            default -> {
                String signal = signals.resolve(step.target());
                String refused = signals.whyNotSettable(signal);
                if (refused != null) {
                    throw new IllegalArgumentException(refused);
                }
                double value = Double.parseDouble(step.argument());
                plant.at(step.at(), step.where(), p -> {
                    signals.set(signal, value);
                    log.accept(at + signal + " = " + step.argument());
                });
            }
        }
    }

    /** @return the simulator (start it, stop it, advance it) */
    public Simulator simulator() {
        return simulator;
    }

    /** @return the simulated signals (values, scenario {@code set}, how each is simulated) */
    public ModelSignals signals() {
        return signals;
    }

    /** @return the OPC UA servers, one per OPC UA connection that could be simulated */
    public List<SimulatedOpcUaController> opcua() {
        return simulator.controllers().stream().filter(SimulatedOpcUaController.class::isInstance)
                .map(SimulatedOpcUaController.class::cast).toList();
    }

    /** @return the Modbus slave serving each Modbus connection (shared by connections of one endpoint) */
    public Map<String, SimulatedModbusDevice> modbus() {
        return java.util.Collections.unmodifiableMap(byConnection);
    }

    /** @return what the generated simulator leaves out, in plant words (e.g. OPC UA connections) */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * @param mapping one of the model's mappings
     * @return what a runtime reads for it now, after scaling: a Boolean, a String or a Double
     */
    public Object served(MappedValue mapping) {
        double value = simulator.value(ModelSignals.NAME + "." + mapping.signal());
        ValueType node = nodeTypes.get(mapping);
        if (node != null) {
            return ServedValue.ofNode(node, mapping.integral(), mapping.conditioning(), value);
        }
        return ServedValue.of(mapping.address(), mapping.integral(), mapping.conditioning(), value);
    }

    /** @return every mapping the simulation serves, in plant order */
    public List<MappedValue> mappings() {
        return mappings;
    }
}
