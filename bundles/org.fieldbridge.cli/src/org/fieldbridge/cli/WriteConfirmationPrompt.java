/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.Console;
import java.util.Locale;
import java.util.Optional;

/** Asks {@code Write? [y/N]} on the terminal; without a terminal (a script, a pipe) there is nobody to ask. */
interface WriteConfirmationPrompt {

    /**
     * @param question the question, e.g. {@code Write? [y/N] }
     * @return the answer (yes only for y or yes), or empty when there is no terminal to ask on
     */
    Optional<Boolean> ask(String question);

    /** @return the prompt of this process's terminal ({@link System#console()}) */
    static WriteConfirmationPrompt terminal() {
        return question -> {
            Console console = System.console();
            if (console == null || !isTerminal(console)) {
                return Optional.empty();
            }
            String answer = console.readLine("%s", question);
            return Optional.of(answer != null && switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> true;
                default -> false;
            });
        };
    }

    /** Java 22+ has a console even when standard input is a pipe; ask it whether it is a terminal. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 a console exists only for a terminal
        }
    }
}
