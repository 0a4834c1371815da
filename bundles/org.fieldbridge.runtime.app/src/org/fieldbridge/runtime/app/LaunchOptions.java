/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The command line of a generated runtime.
 *
 * @param config the configuration file
 * @param duration how long to run; null: until Ctrl-C
 * @param live the interval of the live view; null: no live view
 * @param help true when only the usage is wanted
 */
record LaunchOptions(Path config, Duration duration, Duration live, boolean help) {

    static final Duration DEFAULT_LIVE_INTERVAL = Duration.ofSeconds(2);

    static final String USAGE = """
            Usage: <runtime> [--config FILE] [--duration SECONDS] [--live [SECONDS]] [--help]
              --config FILE        deployment configuration (default: ./fieldbridge-runtime.properties)
              --duration SECONDS   stop after this many seconds (default: run until Ctrl-C)
              --live [SECONDS]     print a live view of signals and alarms every SECONDS (default 2)
              --help               show this text
            Exit codes: 0 stopped cleanly, 1 failed while running, 2 usage or configuration problem.""";

    /** @throws IllegalArgumentException saying which argument is wrong */
    static LaunchOptions parse(String[] args) {
        Path config = Path.of(RuntimeConfiguration.DEFAULT_FILE);
        Duration duration = null;
        Duration live = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--config" -> config = Path.of(value(args, ++i, arg));
                case "--duration" -> duration = seconds(value(args, ++i, arg), arg);
                case "--live" -> {
                    if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        live = seconds(args[++i], arg);
                    } else {
                        live = DEFAULT_LIVE_INTERVAL;
                    }
                }
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return new LaunchOptions(config, duration, live, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Duration seconds(String text, String option) {
        try {
            double s = Double.parseDouble(text);
            if (s > 0 && s <= 1e9) {
                return Duration.ofNanos(Math.round(s * 1e9));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": '" + text + "' is not a positive number of seconds");
    }
}
