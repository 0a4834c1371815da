/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.runtime.app.LaunchOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code fieldbridge run FOLDER [runtime options]}: runs a built runtime project in the foreground. Its options
 * are the runtime's own ({@link LaunchOptions}), checked here and passed on.
 */
@Command(name = "run", usageHelpAutoWidth = true,
        header = "Runs a built runtime project in the foreground",
        description = { "Runs a runtime project that build has made, in the foreground, until Ctrl-C or --duration: "
                + "connects to the controllers and serves the twin over OPC UA. The options are the runtime's own "
                + "(bin/<name> --help lists the same)." },
        footer = "Exit codes: the runtime's: 0 stopped cleanly, 1 failed while running, 2 usage or configuration "
                + "problem.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "the runtime project (the -o FOLDER of build)")
    private Path project;

    @Mixin
    private LaunchOptions runtime = new LaunchOptions();

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        try (RuntimeProcess process = RuntimeProcess.start(project, runtime.arguments(), Map.of())) {
            out.flush();
            return process.waitFor();
        } catch (IOException e) {
            err.println("fieldbridge run: " + e.getMessage());
            return 2;
        }
    }
}
