/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.runtime.app.CommandExecution;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.modbus.FaultCommand;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fieldbridge simulate}: runs the Riverside simulation on 127.0.0.1 until Ctrl-C (or
 * {@code --duration}), printing the key values every few seconds and taking fault commands on standard
 * input or on a schedule ({@code --fault 120:silent}): {@code silent}, {@code slow MS},
 * {@code exception ADDRESS COUNT}, {@code drop}, {@code heal}.
 */
@Command(name = "simulate", usageHelpAutoWidth = true,
        header = "Simulates the example plant's controllers on 127.0.0.1 (Modbus TCP, OPC UA)",
        description = { "Simulates the Riverside example plant on 127.0.0.1: PLC4 over Modbus TCP and Oven2 over OPC UA, "
                + "with the physics and the heater fault of examples/riverside/riverside.scenario, until Ctrl-C or "
                + "--duration.",
                "With FOLDER, simulates that plant instead: one Modbus TCP slave per endpoint its .twin files name, "
                        + "serving every mapped address; fault commands then read CONNECTION: COMMAND.",
                "While it runs, type a PLC4 fault command (silent, slow MS, exception ADDRESS COUNT, drop, heal) "
                        + "and Enter." },
        footer = "Exit codes: 0 done, 1 the files of FOLDER have errors, 2 usage or start-up problem.")
public final class SimulatorMain implements Callable<Integer> {

    /** Environment variable with the password of Oven2's user {@value #OVEN2_USER} (the plant's secretRef). */
    public static final String OVEN2_PASSWORD = "FB_OVEN2_PASSWORD";
    static final String OVEN2_USER = RiversideSimulation.OVEN2_USER;

    @Mixin
    private SimulatorOptions options = new SimulatorOptions();

    @Parameters(arity = "0..1", paramLabel = "FOLDER",
            description = "a plant's .twin folder or file: simulate that plant (default: the Riverside example)")
    private Path plant;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    private boolean help;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    private SimulatorMain(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** @return the exit code: 0 done, 2 usage or start-up problem */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = commandLine(env, out, err);
        line.setCommandName("fieldbridge simulate");
        return CommandExecution.execute(line, args, out, err);
    }

    /**
     * @return the simulator's command line, for a command that offers it as its subcommand {@code simulate}
     *         (its help, its options, its shell completion)
     */
    public static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        return new CommandLine(new SimulatorMain(env, out, err));
    }

    @Override
    public Integer call() throws Exception {
        if (plant != null) {
            return new PlantSimulatorRun(options, env, out, err).run(plant, System.in);
        }
        if (options.scenario() != null) {
            // silently playing the built-in scenario instead of the one given would mislead a dry run
            err.println("fieldbridge simulate: --scenario needs FOLDER: without it the Riverside scenario is played; "
                    + "e.g. fieldbridge simulate examples/riverside --scenario " + options.scenario()
                    + " (try fieldbridge simulate --help)");
            return 2;
        }
        TwinServerConfig oven2 = oven2(options, env, err);
        Simulator simulator = RiversideSimulation.create(options.plc4Port(), oven2, options.timeScale());
        try {
            simulator.start();
        } catch (Exception e) {
            err.println("fieldbridge simulate: cannot start: " + e.getMessage());
            simulator.close();
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "fieldbridge-simulator-stop"));
        SimulatedModbusDevice plc4 = simulator.controller(SimulatedModbusDevice.class);
        for (SimulatorOptions.ScheduledFault fault : options.faults()) {
            simulator.plant().at(fault.atSeconds(), fault.command(), p -> out.printf(Locale.ROOT, "t=%5.0f s  %s%n",
                    fault.atSeconds(), apply(fault.command(), plc4)));
        }
        out.printf(Locale.ROOT, "PLC4  (Modbus TCP, unit 1): 127.0.0.1:%d%n", options.plc4Port());
        if (oven2 != null) {
            out.printf(Locale.ROOT, "Oven2 (OPC UA, Basic256Sha256/Aes256_Sha256_RsaPss SignAndEncrypt, user %s): %s%n",
                    OVEN2_USER, String.join(", ", simulator.controller(
                            org.fieldbridge.simulator.opcua.SimulatedOpcUaController.class).server().endpointUrls()));
        }
        out.println("Commands: silent | slow MS | exception ADDRESS COUNT | drop | heal  (PLC4 faults); Ctrl-C stops.");
        Thread commands = new Thread(() -> readCommands(plc4, out),
                "fieldbridge-simulator-commands");
        commands.setDaemon(true);
        commands.start();
        long end = options.duration().isZero() ? Long.MAX_VALUE : System.nanoTime() + options.duration().toNanos();
        while (System.nanoTime() < end) {
            out.printf(Locale.ROOT, "t=%5.0f s  Tank3.BathTemp %6.2f °C  Tank3.RectifierCurrent %7.1f A  "
                    + "CuringOven.Zone1.Temp %6.1f °C  GasFlow %6.1f m³/h%n", simulator.plant().time(),
                    simulator.value("Tank3.BathTemp"), simulator.value("Tank3.RectifierCurrent"),
                    simulator.value("CuringOven.Zone1.Temp"), simulator.value("CuringOven.GasFlow"));
            Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        simulator.close();
        return 0;
    }

    private static TwinServerConfig oven2(SimulatorOptions options, Map<String, String> env, PrintStream err)
            throws Exception {
        String password = env.get(OVEN2_PASSWORD);
        if (options.oven2Port() == 0) {
            return null;
        }
        if (password == null || password.isEmpty()) {
            err.println("Oven2 (OPC UA) not started: set " + OVEN2_PASSWORD + " to the password of its user "
                    + OVEN2_USER + " (the example plant's secretRef env:" + OVEN2_PASSWORD + ")");
            return null;
        }
        // A fresh PKI folder per run unless one is given: the simulator keeps no secrets between runs.
        Path pki = options.pki() != null ? options.pki() : Files.createTempDirectory("fieldbridge-oven2-pki");
        char[] keyStorePassword = env.containsKey("FB_SIM_KEYSTORE_PASSWORD")
                ? env.get("FB_SIM_KEYSTORE_PASSWORD").toCharArray()
                : HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        return RiversideSimulation.oven2Server(options.oven2Port(), password.toCharArray(), pki, keyStorePassword);
    }

    private static void readCommands(SimulatedModbusDevice plc4, PrintStream out) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isBlank()) {
                    out.println(apply(line, plc4));
                }
            }
        } catch (Exception e) {
            // standard input closed: no more commands
        }
    }

    /**
     * Applies one fault command to PLC4: {@code silent}, {@code slow MS}, {@code exception ADDRESS COUNT},
     * {@code drop}, {@code heal}.
     *
     * @return what was done, or why not
     */
    static String apply(String command, SimulatedModbusDevice plc4) {
        return FaultCommand.apply(command, plc4, "PLC4");
    }
}
