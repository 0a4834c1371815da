/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code fieldbridge completion}: prints the bash completion script of the whole command (every command, every
 * option, file names where files are expected), made by picocli from the same definitions that parse the
 * command line, so it cannot fall behind. {@code source <(./fieldbridge completion)} in bash or zsh.
 */
@Command(name = "completion", usageHelpAutoWidth = true,
        header = "Prints the bash completion script: source <(./fieldbridge completion)",
        description = { "Prints the shell completion script of fieldbridge for bash (and zsh with bashcompinit): "
                + "commands, options and file names complete with the Tab key.",
            "Use it with: source <(./fieldbridge completion)   (or put that line in ~/.bashrc)" })
final class CompletionCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    private final PrintStream out;

    CompletionCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        String name = spec.root().name();
        out.print(AutoComplete.bash(name, spec.root().commandLine()));
        // a checkout starts the command as ./fieldbridge, a word bash completes only when it is registered too
        out.println("complete -F _complete_" + name + " -o default ./" + name);
        out.flush();
        return 0;
    }
}
