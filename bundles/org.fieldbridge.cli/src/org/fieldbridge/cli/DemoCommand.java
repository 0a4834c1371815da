/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;

/**
 * {@code fieldbridge demo}: the example plant end to end on this machine. Starts the simulator (PLC4 over
 * Modbus TCP, Oven2 over OPC UA, physics running faster than real time so that Tank3's stuck heater
 * overheats the bath within a minute), generates and builds the runtime of examples/riverside, runs it
 * with a live view, and prints how to connect to its OPC UA server. Everything listens on 127.0.0.1 only.
 * Ctrl-C stops it all; {@code --duration S} stops after S seconds.
 */
final class DemoCommand {

    static final String USAGE = "usage: fieldbridge demo [--duration SECONDS] [--time-scale X] [--port PORT]";

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws Exception {
        Duration duration;
        double timeScale;
        int port;
        try {
            CommandLine line = CommandLine.parse(args, List.of("--duration", "--time-scale", "--port"), List.of());
            if (!line.positional().isEmpty()) {
                throw new CommandLine.UsageException("unexpected argument " + line.positional().get(0));
            }
            duration = line.seconds("--duration", Duration.ZERO);
            timeScale = line.value("--time-scale") == null ? 10 : Double.parseDouble(line.value("--time-scale"));
            port = line.value("--port") == null ? 4840 : Integer.parseInt(line.value("--port"));
            if (!(timeScale > 0) || port < 0 || port > 65535) {
                throw new CommandLine.UsageException("--time-scale must be positive and --port a TCP port");
            }
        } catch (CommandLine.UsageException | NumberFormatException e) {
            err.println("fieldbridge demo: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        DemoWorkspace workspace = DemoWorkspace.create(FieldbridgeHome.find());
        out.println("Fieldbridge demo — the Riverside example plant, simulated on 127.0.0.1");
        out.println("1/3 generating and building the runtime of " + workspace.examples() + " ...");
        GenerationResult generated = new GenerateCommand(out, err).generate(List.of(workspace.examples()),
                workspace.project());
        if (generated == null) {
            return 1;
        }
        new RuntimeJarBuilder(RuntimeClasspath.fromSystemProperty()).build(workspace.project(), generated);
        out.println("2/3 starting the simulator (time runs " + format(timeScale) + "x faster) ...");
        DemoSecrets secrets = DemoSecrets.fresh(workspace);
        try (Simulator simulator = workspace.startSimulator(secrets, timeScale)) {
            int serverPort = DemoPorts.preferred(port);
            workspace.writeConfiguration(serverPort, secrets);
            out.println("3/3 starting the runtime " + generated.runtimeName() + " (" + generated.modelVersion() + ")");
            printConnectionHelp(workspace, serverPort, timeScale);
            List<String> options = duration.isZero() ? List.of("--config", DemoWorkspace.CONFIGURATION, "--live", "2")
                    : List.of("--config", DemoWorkspace.CONFIGURATION, "--live", "2", "--duration",
                            Long.toString(duration.toSeconds()));
            try (RuntimeProcess runtime = RuntimeProcess.start(workspace.project(), options, secrets.environment())) {
                workspace.trustRuntimeClient(simulator, runtime);
                simulator.startClock();
                int code = runtime.waitFor();
                out.println(code == 0 ? "demo finished" : "the runtime stopped with exit code " + code);
                return code == 0 ? 0 : 1;
            }
        }
    }

    private void printConnectionHelp(DemoWorkspace workspace, int port, double timeScale) {
        out.println("   connect an OPC UA client to opc.tcp://127.0.0.1:" + port + "/fieldbridge as user operator; "
                + "the password is in " + workspace.passwordFile() + " (made for this run)");
        out.printf(Locale.ROOT, "   Tank3's heater contactor sticks after ~%.0f s: watch alarm BathTooHot raise and clear%n",
                60 / timeScale);
        out.flush();
    }

    private static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
