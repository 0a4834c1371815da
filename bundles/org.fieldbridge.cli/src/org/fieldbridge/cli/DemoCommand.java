/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.runtime.app.PositiveNumber;
import org.fieldbridge.runtime.app.Seconds;
import org.fieldbridge.runtime.app.TcpPort;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fieldbridge demo}: the example plant end to end on this machine. Starts the simulator (PLC4 over
 * Modbus TCP, Oven2 over OPC UA, physics running faster than real time so that Tank3's stuck heater
 * overheats the bath within a minute), generates and builds the runtime of examples/riverside, runs it
 * with a live view, and prints how to connect to its OPC UA server. Everything listens on 127.0.0.1 only.
 * Ctrl-C stops it all; {@code --duration S} stops after S seconds.
 */
@Command(name = "demo", usageHelpAutoWidth = true,
        header = "The example plant end to end: simulator, runtime and live view",
        description = { "The Riverside example plant end to end on this machine: builds its runtime, starts the "
                + "simulated controllers (PLC4 over Modbus TCP, Oven2 over OPC UA) and runs the runtime with a live "
                + "view of every signal; Tank3's heater sticks after a while and alarm BathTooHot raises and clears.",
            "Everything listens on 127.0.0.1 only. Ctrl-C stops it all." },
        footer = "Exit codes: 0 finished, 1 the runtime failed, 2 usage or I/O problem.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--duration", paramLabel = "SECONDS", converter = Seconds.class,
            description = "stop after this many seconds (default: run until Ctrl-C)")
    private Duration duration;

    @Option(names = "--time-scale", paramLabel = "X", converter = PositiveNumber.class, defaultValue = "10",
            description = "how much faster than real time the simulated plant runs (default ${DEFAULT-VALUE})")
    private double timeScale;

    @Option(names = "--port", paramLabel = "PORT", converter = TcpPort.OrZero.class, defaultValue = "4840",
            description = "the OPC UA port of the runtime on 127.0.0.1 (default ${DEFAULT-VALUE}; a free one when it "
                    + "is taken or 0)")
    private int port;

    @Option(names = "--mqtt", description = "also start Mosquitto on 127.0.0.1 (when installed: " + DemoBroker.INSTALL
            + ") and publish the plant to it as a Sparkplug B edge node; prints a mosquitto_sub command to watch it")
    private boolean mqtt;

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
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
        try (Simulator simulator = workspace.startSimulator(secrets, timeScale);
                DemoBroker broker = mqtt ? startBroker(workspace) : null) {
            int serverPort = DemoPorts.preferred(port);
            workspace.writeConfiguration(serverPort, secrets, broker == null ? null : broker.url());
            out.println("3/3 starting the runtime " + generated.runtimeName() + " (" + generated.modelVersion() + ")");
            printConnectionHelp(workspace, serverPort, timeScale);
            if (broker != null) {
                printMqttHelp(broker);
            }
            List<String> options = duration == null ? List.of("--config", DemoWorkspace.CONFIGURATION, "--live", "2")
                    : List.of("--config", DemoWorkspace.CONFIGURATION, "--live", "2", "--duration",
                            Seconds.format(duration));
            try (RuntimeProcess runtime = RuntimeProcess.start(workspace.project(), options, secrets.environment())) {
                workspace.trustRuntimeClient(simulator, runtime);
                simulator.startClock();
                int code = runtime.waitFor();
                out.println(code == 0 ? "demo finished" : "the runtime stopped with exit code " + code);
                return code == 0 ? 0 : 1;
            }
        }
    }

    /** @return Mosquitto on a free loopback port, or null (said why) when it is not installed */
    private DemoBroker startBroker(DemoWorkspace workspace) throws IOException {
        Optional<Path> mosquitto = DemoBroker.executable();
        if (mosquitto.isEmpty()) {
            err.println("--mqtt: Mosquitto is not installed, so the demo runs without MQTT; install it with "
                    + DemoBroker.INSTALL + " (Debian, Ubuntu) and run the demo again");
            err.flush();
            return null;
        }
        DemoBroker broker = DemoBroker.start(mosquitto.get(), workspace.brokerFolder());
        out.println("   Mosquitto (MQTT) started on 127.0.0.1:" + broker.port());
        return broker;
    }

    private void printMqttHelp(DemoBroker broker) {
        out.println("   the runtime publishes the plant as a Sparkplug B edge node to " + broker.url() + "; watch it with");
        out.println("     " + broker.subscribeCommand());
        out.println("   (payloads are Sparkplug B protobuf, binary: metric names and texts such as BathTooHot/Active,");
        out.println("   RAISED and the alarm's message are readable between the bytes; Tank3 only:");
        out.println("     mosquitto_sub -h 127.0.0.1 -p " + broker.port()
                + " -t 'spBv1.0/+/+/+/Finishing.AnodizingLine.Tank3' -v )");
        out.flush();
    }

    private void printConnectionHelp(DemoWorkspace workspace, int port, double timeScale) {
        out.println("   connect an OPC UA client to opc.tcp://127.0.0.1:" + port + "/fieldbridge as user operator; "
                + "the password is in " + workspace.passwordFile() + " (made for this run)");
        out.println("   or as user quality (the quality manager: sees the whole Finishing hall, may not acknowledge);"
                + " password in " + workspace.qualityPasswordFile());
        double sticks = RiversideSimulation.heaterSticksAt() / timeScale;
        out.printf(Locale.ROOT, "   Tank3's heater contactor sticks after ~%.0f s: watch alarm BathTooHot raise and clear%n",
                sticks);
        out.flush();
    }

    private static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
