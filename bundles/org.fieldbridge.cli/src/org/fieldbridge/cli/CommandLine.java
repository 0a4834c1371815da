/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The arguments of one command: positional inputs and {@code --name value} options. */
final class CommandLine {

    /** A command line that cannot be understood; the message says why. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final List<String> positional = new ArrayList<>();
    private final List<String[]> options = new ArrayList<>();

    private CommandLine() {
    }

    /**
     * @param args the arguments after the command name
     * @param valued the options that take a value (e.g. {@code -o}, {@code --duration})
     * @param flags the options without a value
     */
    static CommandLine parse(List<String> args, List<String> valued, List<String> flags) throws UsageException {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (valued.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                line.options.add(new String[] { a, args.get(++i) });
            } else if (flags.contains(a)) {
                line.options.add(new String[] { a, "" });
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException("unknown option " + a);
            } else {
                line.positional.add(a);
            }
        }
        return line;
    }

    static List<Path> paths(List<String> args) {
        return args.stream().map(Path::of).toList();
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String option) {
        return options.stream().anyMatch(o -> o[0].equals(option));
    }

    String value(String option) {
        String value = null;
        for (String[] o : options) {
            if (o[0].equals(option)) {
                value = o[1];
            }
        }
        return value;
    }

    /** @return the option as whole seconds, or {@code fallback} when it is absent */
    Duration seconds(String option, Duration fallback) throws UsageException {
        String v = value(option);
        if (v == null) {
            return fallback;
        }
        try {
            long s = Long.parseLong(v);
            if (s <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a positive number of seconds, not '" + v + "'");
        }
    }
}
