/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * Runs a picocli command the way the Fieldbridge command lines behave: help on standard output (exit 0), a
 * command line it cannot understand as one line on standard error (exit 2, {@link UsageErrors}), otherwise the
 * command's own exit code. A failure of the command itself is thrown to the caller, which reports it in its
 * own words, instead of picocli printing a stack trace.
 */
public final class CommandExecution {

    private CommandExecution() {
    }

    /**
     * @param line the command (and its subcommands), added completely before this call
     * @return the exit code
     * @throws Exception what the command itself threw
     */
    public static int execute(CommandLine line, String[] args, PrintStream out, PrintStream err) throws Exception {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        layOut(line);
        line.setOut(outWriter);
        line.setErr(errWriter);
        line.setParameterExceptionHandler(UsageErrors.named());
        Exception[] failure = new Exception[1];
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            failure[0] = e;
            return 1;
        });
        int code;
        try {
            code = line.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return code;
    }

    /** The same help layout for every command: description, parameters and options, footer, a blank line apart. */
    static void layOut(CommandLine line) {
        line.getCommandSpec().usageMessage().descriptionHeading("%n").parameterListHeading("%n")
                .optionListHeading("%nOptions:%n").commandListHeading("%nCommands:%n").footerHeading("%n");
        line.getSubcommands().values().forEach(CommandExecution::layOut);
    }
}
