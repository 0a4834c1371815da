package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code main} of a generated runtime: reads the deployment configuration, starts the twin, prints
 * the OPC UA endpoint, optionally a live view, and stops cleanly on Ctrl-C or after {@code --duration}.
 *
 * <p>Options: {@code --config FILE} (default {@code fieldbridge-runtime.properties} in the working
 * folder), {@code --duration SECONDS}, {@code --live} (a compact live view of signals and alarms on
 * standard output), {@code --help}.</p>
 */
public final class RuntimeLauncher {

    private RuntimeLauncher() {
    }

    /** Runs the twin and exits the JVM with {@link #run}'s exit code. */
    public static void main(String[] args, Supplier<TwinAssembly> twin) {
        System.exit(run(args, twin, System.getenv(), System.out, System.err));
    }

    /**
     * @return 0 after a clean stop, 1 when the runtime failed while running, 2 for a usage or configuration
     *         problem (printed with the file and line at fault)
     */
    public static int run(String[] args, Supplier<TwinAssembly> twin, Map<String, String> env, PrintStream out,
            PrintStream err) {
        throw new UnsupportedOperationException("the launcher is being written (issue 5)");
    }
}
