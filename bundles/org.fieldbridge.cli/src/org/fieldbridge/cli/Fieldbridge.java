/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.fieldbridge.simulator.SimulatorMain;

/**
 * The {@code fieldbridge} command: headless, plain Java, no OSGi, no display.
 *
 * <pre>
 * fieldbridge check    FILES...                    validate .plant/.twin files or folders
 * fieldbridge generate FILES... -o FOLDER          write a runtime project
 * fieldbridge build    FILES... -o FOLDER          generate, compile and package a runnable jar
 * fieldbridge run      FOLDER [runtime options]    run a built runtime project
 * fieldbridge simulate [options]                   the example plant's simulator on 127.0.0.1
 * fieldbridge demo     [--duration S]              simulator + generated runtime + live view
 * </pre>
 *
 * Exit codes: 0 done, 1 errors in the inputs (or a runtime that failed), 2 usage or I/O problem.
 */
public final class Fieldbridge {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: fieldbridge <command> [arguments]",
            "  check    FILES...                 validate .plant/.twin files or folders",
            "  generate FILES... -o FOLDER       write a runtime project (Java sources, NodeSet2, configuration, README)",
            "  build    FILES... -o FOLDER       generate, compile and package FOLDER/target/<name>-runtime.jar",
            "  run      FOLDER [OPTIONS]         run a built runtime (options: --config FILE --duration S --live [S])",
            "  simulate [OPTIONS]                the example plant's simulator on 127.0.0.1 (--help for options)",
            "  demo     [--duration S]           simulator + generated runtime + live view; Ctrl-C stops",
            "exit codes: 0 done, 1 errors in the inputs or a failed runtime, 2 usage or I/O problem");

    private Fieldbridge() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (Exception | StackOverflowError e) {
            System.err.println("fieldbridge: failed: " + e);
            if (System.getenv("FIELDBRIDGE_DEBUG") != null) {
                e.printStackTrace();
            } else {
                System.err.println("(FIELDBRIDGE_DEBUG=1 prints the stack trace)");
            }
            code = 2;
        }
        System.exit(code);
    }

    /** @return the exit code */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "check" -> CheckCommand.run(rest, out, err);
            case "generate" -> new GenerateCommand(out, err).run(rest, false);
            case "build" -> new GenerateCommand(out, err).run(rest, true);
            case "run" -> new RunCommand(out, err).run(rest);
            case "simulate" -> SimulatorMain.run(rest.toArray(String[]::new), System.getenv(), out, err);
            case "demo" -> new DemoCommand(out, err).run(rest);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> {
                err.println("fieldbridge: unknown command '" + args[0] + "'");
                err.println(USAGE);
                yield 2;
            }
        };
    }
}
