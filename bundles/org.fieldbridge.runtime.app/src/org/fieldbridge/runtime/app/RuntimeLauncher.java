package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The {@code main} of a generated runtime: reads the deployment configuration, starts the twin, prints
 * the OPC UA endpoint, optionally a live view, and stops cleanly on Ctrl-C or after {@code --duration}.
 *
 * <p>Options: {@code --config FILE} (default {@code fieldbridge-runtime.properties} in the working
 * folder), {@code --duration SECONDS}, {@code --live [SECONDS]} (a compact live view of signals and alarms
 * on standard output, every 2 s by default), {@code --help}.</p>
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
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(LaunchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return 0;
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
        TwinRuntime runtime;
        try {
            runtime = TwinRuntime.start(assembly, configuration);
        } catch (Exception e) {
            err.println("error: " + assembly.name() + " cannot start: " + reason(e));
            return 2;
        }
        return runUntilStopped(runtime, options, out, err, exitZeroOnSignal);
    }

    private static int runUntilStopped(TwinRuntime runtime, LaunchOptions options, PrintStream out, PrintStream err,
            boolean exitZeroOnSignal) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (exitZeroOnSignal) {
                // a stop on request is a clean stop: exit 0, not the signal's 130/143
                Runtime.getRuntime().halt(0);
            }
        }, "fieldbridge-runtime-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        LiveView live = null;
        int code = 0;
        try {
            StartBanner.print(runtime, out, options.duration());
            if (options.live() != null) {
                live = new LiveView(runtime, out, options.live(), LiveView.isTerminal(), Clock.systemDefaultZone());
                live.start();
            }
            if (options.duration() != null) {
                stop.await(options.duration().toNanos(), TimeUnit.NANOSECONDS);
            } else {
                stop.await();
            }
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
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook is running
            }
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
