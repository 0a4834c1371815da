/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.simulator.modbus.FaultCommand;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.plant.PlantSimulation;
import org.fieldbridge.simulator.plant.Scenario;

/**
 * {@code fieldbridge simulate FOLDER}: loads the plant's .twin files as {@code check} does, generates its
 * simulator ({@link PlantSimulation}), runs it until Ctrl-C or {@code --duration}, and takes
 * {@code CONNECTION: COMMAND} fault commands on standard input.
 */
final class PlantSimulatorRun {

    private final SimulatorOptions options;
    private final PrintStream out;
    private final PrintStream err;

    private final Map<String, String> env;

    PlantSimulatorRun(SimulatorOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
        this.options = options;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code: 0 done, 1 the files have errors, 2 usage or start-up problem */
    int run(Path folder, InputStream commands) throws Exception {
        PlantSimulation simulation = load(folder);
        if (simulation == null) {
            return exit;
        }
        Scenario scenario = null;
        if (options.scenario() != null) {
            try {
                scenario = Scenario.read(options.scenario());
            } catch (IOException | IllegalArgumentException e) {
                err.println("fieldbridge simulate: " + e.getMessage());
                return 2;
            }
        }
        Simulator simulator = simulation.simulator();
        try {
            schedule(simulation, scenario);
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge simulate: " + e.getMessage());
            return 2;
        }
        try {
            simulator.start();
        } catch (Exception e) {
            err.println("fieldbridge simulate: cannot start: " + e.getMessage()
                    + " (ports below 1024 need privileges: move the connection with --port NAME=PORT)");
            simulator.close();
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "fieldbridge-simulator-stop"));
        describe(simulation);
        Thread reader = new Thread(() -> readCommands(simulation, commands), "fieldbridge-simulator-commands");
        reader.setDaemon(true);
        reader.start();
        long end = options.duration().isZero() ? Long.MAX_VALUE : System.nanoTime() + options.duration().toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(1_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        simulator.close();
        return 0;
    }

    private int exit;

    private PlantSimulation load(Path folder) throws IOException {
        RuntimeGenerator.Resolution resolution;
        try {
            resolution = RuntimeGenerator.standalone().resolve(List.of(folder));
        } catch (IOException e) {
            err.println("fieldbridge simulate: " + e.getMessage());
            exit = 2;
            return null;
        }
        if (resolution.model() == null) {
            resolution.findings().forEach(f -> out.println(f.format()));
            long errors = resolution.findings().stream().filter(Finding::isError).count();
            err.println("fieldbridge simulate: " + errors + (errors == 1 ? " error" : " errors") + " in " + folder
                    + "; nothing was simulated (fix them first, see fieldbridge check)");
            exit = 1;
            return null;
        }
        try {
            CommissioningModel model = CommissioningModel.of(resolution.model(), resolution.twins());
            List<String> specs = new ArrayList<>();
            for (String port : options.ports()) {
                // NAME=PORT is NAME=127.0.0.1:PORT; NAME=host:port is taken as it is
                specs.add(port.matches("[^=]+=\\d+") ? port.replace("=", "=127.0.0.1:") : port);
            }
            model = model.with(EndpointOverrides.parse(specs, model));
            return PlantSimulation.of(resolution, model, options.statePeriod(), options.timeScale(), env);
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge simulate: " + e.getMessage().replace("--endpoint", "--port"));
            exit = 2;
            return null;
        }
    }

    private void schedule(PlantSimulation simulation, Scenario scenario) {
        for (SimulatorOptions.ScheduledFault fault : options.faults()) {
            String command = fault.command();
            int colon = command.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("--fault " + fault.atSeconds() + ":" + command
                        + ": name the connection, e.g. --fault 120:PLC4:silent");
            }
            scheduleFault(simulation, fault.atSeconds(), command.substring(0, colon), command.substring(colon + 1));
        }
        if (scenario == null) {
            return;
        }
        simulation.play(scenario, out::println);
    }

    private void scheduleFault(PlantSimulation simulation, double at, String connection, String command) {
        SimulatedModbusDevice device = device(simulation, connection.strip());
        simulation.simulator().plant().at(at, command, p -> out.printf(Locale.ROOT, "t=%5.0f s  %s%n", at,
                FaultCommand.apply(command, device, connection.strip())));
    }

    private static SimulatedModbusDevice device(PlantSimulation simulation, String connection) {
        SimulatedModbusDevice device = simulation.modbus().get(connection);
        if (device == null) {
            throw new IllegalArgumentException("there is no simulated Modbus connection " + connection
                    + " (connections: " + String.join(", ", simulation.modbus().keySet()) + ")");
        }
        return device;
    }

    private void describe(PlantSimulation simulation) {
        Set<SimulatedModbusDevice> seen = new LinkedHashSet<>();
        for (Map.Entry<String, SimulatedModbusDevice> e : simulation.modbus().entrySet()) {
            SimulatedModbusDevice d = e.getValue();
            if (seen.add(d)) {
                List<String> names = simulation.modbus().entrySet().stream().filter(x -> x.getValue() == d)
                        .map(Map.Entry::getKey).toList();
                out.printf(Locale.ROOT, "%s (Modbus TCP, unit %s): 127.0.0.1:%d, %d mapped values%n",
                        String.join(", ", names), d.unitIds().stream().sorted().map(String::valueOf).toList()
                                .toString().replaceAll("[\\[\\]]", ""), d.port(), d.bindings().size());
            }
        }
        simulation.opcua().forEach(s -> out.printf(Locale.ROOT, "OPC UA server: %s, %s%n",
                String.join(", ", s.server().endpointUrls()), s.servedNodes()));
        Map<String, Long> kinds = new java.util.TreeMap<>();
        simulation.signals().kinds().values().forEach(k -> kinds.merge(k, 1L, Long::sum));
        out.println(simulation.signals().kinds().size() + " signals: " + String.join(", ", kinds.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList()));
        simulation.notes().forEach(n -> err.println("note: " + n));
        out.println("Commands: CONNECTION: " + FaultCommand.SYNTAX + "  (e.g. PLC4: slow 800); Ctrl-C stops.");
    }

    private void readCommands(PlantSimulation simulation, InputStream commands) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(commands, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isBlank()) {
                    out.println(command(simulation, line));
                }
            }
        } catch (IOException e) {
            // standard input closed: no more commands
        }
    }

    /** @return the answer to one {@code CONNECTION: COMMAND} line */
    static String command(PlantSimulation simulation, String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return "write CONNECTION: COMMAND, e.g. " + simulation.modbus().keySet().stream().findFirst()
                    .orElse("PLC1") + ": silent";
        }
        try {
            return FaultCommand.apply(line.substring(colon + 1), device(simulation, line.substring(0, colon).strip()),
                    line.substring(0, colon).strip());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
