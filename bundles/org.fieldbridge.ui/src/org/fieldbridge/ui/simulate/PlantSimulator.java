/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.simulate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.simulator.modbus.FaultCommand;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.plant.PlantSimulation;

/**
 * The generated simulator of a project's .twin files, as {@code fieldbridge simulate FOLDER} runs it, but in the
 * workbench's own process: checked and resolved as the generator does, served on 127.0.0.1, told what it
 * serves and its notes to a stream (the console), fault commands taken one line at a time.
 */
public final class PlantSimulator {

    /** Simulated seconds between two toggles of a state (the command's default). */
    private static final double STATE_PERIOD = 60;

    private final PlantSimulation simulation;
    private final CommissioningModel model;

    private PlantSimulator(PlantSimulation simulation, CommissioningModel model) {
        this.simulation = simulation;
        this.model = model;
    }

    /**
     * Checks and resolves the .twin files and starts their simulator.
     *
     * @param twins the .twin files
     * @param ports overrides {@code NAME=PORT} (or {@code NAME=host:port}), as the command's {@code --port}
     * @param places file system folders and the workspace paths they are shown as in findings (shorter, and
     *               the names the Project Explorer shows)
     * @param out   where findings, what is served and notes are written
     * @return the running simulator, or {@code null} when the files have errors or it could not start (the
     *         reason written to {@code out})
     */
    public static PlantSimulator start(List<Path> twins, List<String> ports, Map<String, String> places,
            PrintStream out) {
        RuntimeGenerator.Resolution resolution;
        try {
            resolution = RuntimeGenerator.standalone().resolve(twins);
        } catch (IOException e) {
            out.println("Cannot read the .twin files: " + e.getMessage());
            return null;
        }
        if (resolution.model() == null) {
            resolution.findings().stream().filter(Finding::isError).forEach(f -> out.print(wrapped(shown(f.format(),
                    places))));
            long errors = resolution.findings().stream().filter(Finding::isError).count();
            out.println(errors + (errors == 1 ? " error" : " errors")
                    + " in the .twin files: nothing was simulated (fix them first; the Problems view lists them).");
            return null;
        }
        PlantSimulation simulation;
        CommissioningModel model;
        try {
            model = CommissioningModel.of(resolution.model(), resolution.twins());
            List<String> specs = new ArrayList<>();
            for (String port : ports) {
                specs.add(port.matches("[^=]+=\\d+") ? port.replace("=", "=127.0.0.1:") : port);
            }
            model = model.with(EndpointOverrides.parse(specs, model));
            simulation = PlantSimulation.of(resolution, model, STATE_PERIOD, 1, System.getenv());
        } catch (IllegalArgumentException e) {
            out.println("Cannot simulate: " + e.getMessage().replace("--endpoint", "a port override")
                    + " (set the ports in the project's simulator ports, see Help: docs/workbench.md)");
            return null;
        }
        try {
            simulation.simulator().start();
        } catch (Exception e) {
            simulation.simulator().close();
            out.println("Cannot start: " + e.getMessage() + " (a port in use or below 1024: give the connection "
                    + "another port in the project's simulator ports, e.g. PLC4=15020)");
            return null;
        }
        PlantSimulator simulator = new PlantSimulator(simulation, model);
        simulator.describe(out);
        return simulator;
    }

    /** @return the simulation (its controllers and the values it serves) */
    public PlantSimulation simulation() {
        return simulation;
    }

    /** @return the plant's controllers and mappings as served: the endpoints with the project's port overrides */
    public CommissioningModel model() {
        return model;
    }

    /** Stops every controller and frees its port. */
    public void stop() {
        simulation.simulator().close();
    }

    /** @return the answer to one {@code CONNECTION: COMMAND} line (a fault command for a Modbus connection) */
    public String command(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return "Write CONNECTION: COMMAND, e.g. " + simulation.modbus().keySet().stream().findFirst()
                    .orElse("PLC1") + ": silent (commands: " + FaultCommand.SYNTAX + ")";
        }
        String name = line.substring(0, colon).strip();
        SimulatedModbusDevice device = simulation.modbus().get(name);
        if (device == null) {
            return "There is no simulated Modbus connection " + name + " (connections: "
                    + String.join(", ", simulation.modbus().keySet()) + ")";
        }
        return FaultCommand.apply(line.substring(colon + 1), device, name);
    }

    private void describe(PrintStream out) {
        Set<SimulatedModbusDevice> seen = new LinkedHashSet<>();
        for (SimulatedModbusDevice d : simulation.modbus().values()) {
            if (seen.add(d)) {
                List<String> names = simulation.modbus().entrySet().stream().filter(x -> x.getValue() == d)
                        .map(Map.Entry::getKey).toList();
                out.printf(Locale.ROOT, "%s (Modbus TCP, unit %s): 127.0.0.1:%d, %d mapped values%n",
                        String.join(", ", names), String.join(", ", d.unitIds().stream().sorted()
                                .map(String::valueOf).toList()), d.port(), d.bindings().size());
            }
        }
        simulation.opcua().forEach(s -> out.printf(Locale.ROOT, "OPC UA server: %s%n",
                String.join(", ", s.server().endpointUrls())));
        Map<String, Long> kinds = new TreeMap<>();
        simulation.signals().kinds().values().forEach(k -> kinds.merge(k, 1L, Long::sum));
        out.println(simulation.signals().kinds().size() + " signals: " + String.join(", ", kinds.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList()));
        simulation.notes().forEach(n -> out.print(wrapped("Note: " + n)));
        out.println("Fault commands: type CONNECTION: COMMAND here and press Enter, e.g. "
                + simulation.modbus().keySet().stream().findFirst().orElse("PLC1") + ": slow 800");
        out.println("  commands: " + FaultCommand.SYNTAX);
        out.println("Fieldbridge > Stop Simulator (or removing this console) stops it and frees the ports.");
    }

    private static String shown(String finding, Map<String, String> places) {
        for (Map.Entry<String, String> place : places.entrySet()) {
            if (finding.startsWith(place.getKey())) {
                return place.getValue() + finding.substring(place.getKey().length());
            }
        }
        return finding;
    }

    /** @return the text in lines of at most {@value #WIDTH} characters, continued lines indented */
    static String wrapped(String text) {
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.append(line).append(System.lineSeparator());
                line.setLength(0);
                line.append("  ");
            }
            line.append(line.isEmpty() || line.toString().equals("  ") ? "" : " ").append(word);
        }
        return lines.append(line).append(System.lineSeparator()).toString();
    }

    /** Console columns: the Console view's usual width in the workbench's default layout. */
    private static final int WIDTH = 100;
}
