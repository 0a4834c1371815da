/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code main} of a generated runtime: reads the deployment configuration, starts the twin, prints
 * the OPC UA endpoint, optionally a live view, and stops cleanly on Ctrl-C or after {@code --duration}.
 *
 * <p>Options ({@link LaunchOptions}, read by picocli): {@code --config FILE} (default
 * {@code fieldbridge-runtime.properties} in the working folder), {@code --duration SECONDS},
 * {@code --live [SECONDS]} (a compact live view of signals and alarms on standard output, every 2 s by
 * default), {@code --help}. A command line it cannot understand gets one line on standard error and exit
 * code 2.</p>
 */
public final class RuntimeLauncher {

    private RuntimeLauncher() {
    }

    /**
     * Runs the twin and exits the JVM with {@link #run}'s exit code. On Ctrl-C (SIGINT, SIGTERM) the twin is
     * stopped cleanly by a shutdown hook and the process exits with 0.
     */
    public static void main(String[] args, Supplier<TwinAssembly> twin) {
        System.exit(run(args, twin, System.getenv(), System.out, System.err, true));
    }

    /**
     * Runs the twin until {@code --duration} has passed or the JVM shuts down (Ctrl-C).
     *
     * @param env the environment secret references ({@code env:NAME}) are read from
     * @return 0 after a clean stop, 1 when the runtime failed while running, 2 for a usage or configuration
     *         problem (printed with the file and line at fault)
     */
    public static int run(String[] args, Supplier<TwinAssembly> twin, Map<String, String> env, PrintStream out,
            PrintStream err) {
        return run(args, twin, env, out, err, false);
    }

    private static int run(String[] args, Supplier<TwinAssembly> twin, Map<String, String> env, PrintStream out,
            PrintStream err, boolean exitZeroOnSignal) {
        LaunchOptions options = new LaunchOptions();
        Integer stop = parse(args, options, out, err);
        if (stop != null) {
            return stop;
        }
        TwinAssembly assembly;
        try {
            assembly = twin.get();
        } catch (RuntimeException e) {
            err.println("error: the twin cannot be assembled: " + e.getMessage());
            return 1;
        }
        RuntimeConfiguration configuration;
        try {
            configuration = RuntimeConfiguration.load(options.config(), assembly, env);
        } catch (ConfigurationException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try (ShutdownSignal shutdown = new ShutdownSignal(exitZeroOnSignal)) {
            TwinRuntime runtime;
            try {
                runtime = TwinRuntime.start(assembly, configuration);
            } catch (Exception e) {
                err.println("error: " + assembly.name() + " cannot start: " + reason(e));
                shutdown.finished(2);
                return 2;
            }
            int code = runUntilStopped(runtime, options, out, err, shutdown);
            shutdown.finished(code);
            return code;
        }
    }

    /**
     * Reads the command line into {@code options}.
     *
     * @return null to go on, else the exit code: 0 after printing the help, 2 after a one-line usage error
     */
    private static Integer parse(String[] args, LaunchOptions options, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new Usage(options));
        CommandExecution.layOut(line);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        try {
            line.parseArgs(args);
        } catch (ParameterException e) {
            return UsageErrors.prefixed("error").handleParseException(e, args);
        }
        if (line.isUsageHelpRequested()) {
            line.usage(line.getOut());
            return 0;
        }
        return null;
    }

    /** The runtime's command line: its options, {@code --help}, and what its help says. */
    @Command(name = "<runtime>", description = "Runs this Fieldbridge twin runtime: reads the deployment "
            + "configuration, connects to the controllers, serves the twin over OPC UA until Ctrl-C or --duration.",
            footer = "Exit codes: 0 stopped cleanly, 1 failed while running, 2 usage or configuration problem.")
    private static final class Usage {

        @Mixin
        private LaunchOptions options;

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this text")
        private boolean help;

        Usage(LaunchOptions options) {
            this.options = options;
        }
    }

    private static int runUntilStopped(TwinRuntime runtime, LaunchOptions options, PrintStream out, PrintStream err,
            ShutdownSignal shutdown) {
        LiveView live = null;
        int code = 0;
        try {
            StartBanner.print(runtime, out, options.duration());
            FirstValueReport.attach(runtime, out);
            if (options.live() != null && !shutdown.requested()) {
                live = new LiveView(runtime, out, options.live(), LiveView.isTerminal(), Clock.systemDefaultZone());
                live.start();
            }
            shutdown.await(options.duration() == null ? -1 : options.duration().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            err.println("error: " + runtime.twin().name() + " failed: " + reason(e));
            code = 1;
        } finally {
            if (live != null) {
                live.close();
            }
            runtime.close();
            out.println(runtime.twin().name() + " stopped.");
            out.flush();
        }
        return code;
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
