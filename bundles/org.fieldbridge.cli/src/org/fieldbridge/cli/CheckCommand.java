/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.List;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.TwinCheck;

/** {@code fieldbridge check FILES...}: the language's headless checker. */
final class CheckCommand {

    private CheckCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return new TwinStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(TwinCheck.class)
                    .run(CommandLine.paths(args), out, err);
        } catch (InvalidPathException e) {
            err.println("fieldbridge check: " + e.getMessage());
            return 2;
        }
    }
}
