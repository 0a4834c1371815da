/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code fieldbridge run FOLDER [runtime options]}: runs a built runtime project in the foreground. */
final class RunCommand {

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws InterruptedException {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            err.println("usage: fieldbridge run FOLDER [--config FILE] [--duration S] [--live [S]]");
            return 2;
        }
        Path project = Path.of(args.get(0));
        try (RuntimeProcess runtime = RuntimeProcess.start(project, args.subList(1, args.size()), Map.of())) {
            out.flush();
            return runtime.waitFor();
        } catch (IOException e) {
            err.println("fieldbridge run: " + e.getMessage());
            return 2;
        }
    }
}
