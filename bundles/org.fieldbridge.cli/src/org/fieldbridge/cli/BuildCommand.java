/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;

import picocli.CommandLine.Command;

/** {@code fieldbridge build FILES... -o FOLDER}: {@code generate}, then compile and package the runtime. */
@Command(name = "build", usageHelpAutoWidth = true,
        header = "Generates, compiles and packages a runnable runtime",
        description = { "Generates the runtime project of a twin into FOLDER (as generate does), compiles it for "
                + "Java 17 without warnings and packages FOLDER/target/<name>-runtime.jar with its libraries in "
                + "FOLDER/target/lib/; FOLDER/bin/<name> starts it.",
            "Warns when the java on this machine's PATH is too old to run the result." },
        footer = "Exit codes: 0 built, 1 errors in the files or compiler diagnostics, 2 usage or I/O problem.")
final class BuildCommand extends GenerateCommand {

    BuildCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    boolean packages() {
        return true;
    }
}
