/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the Fieldbridge command lines (the {@code fieldbridge} command, a generated runtime, the simulator) answer
 * a command line they cannot understand: one line on standard error that names the wrong option or argument and
 * points to {@code --help}, and exit code 2. picocli's default prints the whole usage, which buries the one
 * thing that is wrong in a screenful of text.
 *
 * <pre>
 * fieldbridge generate: unknown option --fast (try fieldbridge generate --help)
 * error: --duration takes a positive number of seconds, not 'soon' (try --help)
 * </pre>
 */
public final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    /** The exit code of a command line that cannot be understood. */
    public static final int EXIT_CODE = 2;

    private final String prefix;

    private UsageErrors(String prefix) {
        this.prefix = prefix;
    }

    /** @return a handler that starts its line with the command's name ({@code fieldbridge check: ...}) */
    public static UsageErrors named() {
        return new UsageErrors(null);
    }

    /**
     * @param prefix what the line starts with instead of the command's name, for a program whose name the
     *               user does not type (a generated runtime started by its own script)
     * @return a handler that starts its line with {@code prefix} and points to plain {@code --help}
     */
    public static UsageErrors prefixed(String prefix) {
        return new UsageErrors(prefix);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        line.getErr().println(message(ex, args));
        line.getErr().flush();
        return EXIT_CODE;
    }

    /** @return the one line printed for {@code ex} */
    String message(ParameterException ex, String[] args) {
        String name = ex.getCommandLine().getCommandSpec().qualifiedName();
        String help = prefix == null ? name + " --help" : "--help";
        return (prefix == null ? name : prefix) + ": " + what(ex, args) + " (try " + help + ")";
    }

    private static String what(ParameterException ex, String[] args) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing) {
            return missing.getMissing().stream().map(spec -> missing(spec, args)).collect(Collectors.joining(", "));
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec != null && ex.getCause() instanceof TypeConversionException conversion) {
            return label(spec, args) + " " + conversion.getMessage();
        }
        if (spec != null && ex.getValue() != null) {
            // a converter of the library failed; its message would name a Java class
            return label(spec, args) + ": cannot use '" + ex.getValue() + "'";
        }
        return firstLine(ex.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> words = ex.getUnmatched();
        String word = words.isEmpty() ? "" : words.get(0);
        String what;
        if (ex.isUnknownOption()) {
            what = "unknown option " + word;
        } else if (!ex.getCommandLine().getSubcommands().isEmpty()) {
            what = "unknown command '" + word + "'";
        } else {
            what = "unexpected argument '" + word + "'";
        }
        List<String> suggestions = ex.getSuggestions().stream().filter(s -> looksLike(s, word)).toList();
        return suggestions.isEmpty() ? what : what + "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    /**
     * picocli suggests any name with a few letters in common ("frobnicate": simulate?); only a name that starts
     * like the typed word and is about as long reads as the typo it probably was.
     */
    private static boolean looksLike(String suggestion, String typed) {
        String a = suggestion.replaceFirst("^-+", "");
        String b = typed.replaceFirst("^-+", "");
        return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0) && Math.abs(a.length() - b.length()) <= 2;
    }

    private static String missing(ArgSpec spec, String[] args) {
        if (spec instanceof OptionSpec option) {
            Optional<String> typed = typedName(option, args);
            return typed.map(n -> n + " needs a value (" + option.paramLabel() + ")")
                    .orElse("missing " + option.shortestName() + " " + option.paramLabel());
        }
        return "missing " + spec.paramLabel();
    }

    /** @return the option's name as the user typed it, or its longest name */
    private static String label(ArgSpec spec, String[] args) {
        if (spec instanceof OptionSpec option) {
            return typedName(option, args).orElse(option.longestName());
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }

    private static Optional<String> typedName(OptionSpec option, String[] args) {
        return Arrays.stream(args)
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                .filter(a -> Arrays.asList(option.names()).contains(a))
                .reduce((first, last) -> last);
    }

    private static String firstLine(String message) {
        String line = message == null ? "cannot understand the command line" : message.lines().findFirst().orElse("");
        return line.isEmpty() ? line : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }
}
