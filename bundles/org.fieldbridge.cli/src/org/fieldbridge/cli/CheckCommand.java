/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.TwinCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fieldbridge check FILES...}: the language's headless checker. */
@Command(name = "check", usageHelpAutoWidth = true,
        header = "Checks .plant and .twin files; every finding with its file, line and column",
        description = { "Checks .plant and .twin files against every rule of the plant and the twin language, as "
                + "generate does, without writing anything: the gate for a pull request or a CI job.",
            "Each finding is one line on standard output: file:line:column: severity code: message. "
                    + "A summary (checked N files: E errors, W warnings) goes to standard error." },
        footer = "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O problem.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "FILES", arity = "1..*",
            description = ".twin and .plant files, or folders (searched for both, recursively); the plants a "
                    + ".twin file imports are checked too")
    private List<Path> files;

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        return run(files.stream().map(Path::toString).toList(), out, err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return new TwinStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(TwinCheck.class)
                    .run(args.stream().map(Path::of).toList(), out, err);
        } catch (InvalidPathException e) {
            err.println("fieldbridge check: " + e.getMessage());
            return 2;
        }
    }
}
