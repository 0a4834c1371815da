/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The options of a generated runtime ({@code --config FILE --duration SECONDS --live [SECONDS]}), filled in by
 * picocli. One definition for the runtime's own command line and for {@code fieldbridge run}, which offers the
 * same options (a picocli mixin) and passes them on with {@link #arguments()}.
 */
public final class LaunchOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "the deployment configuration (default: " + RuntimeConfiguration.DEFAULT_FILE
                    + " in the working folder)")
    private Path config;

    @Option(names = "--duration", paramLabel = "SECONDS", converter = Seconds.class,
            description = "stop after this many seconds (default: run until Ctrl-C)")
    private Duration duration;

    @Option(names = "--live", paramLabel = "SECONDS", arity = "0..1", fallbackValue = "2", converter = Seconds.class,
            description = "print a live view of the signals and alarms every SECONDS (2 when not given)")
    private Duration live;

    /** @return the configuration file: the one given, else {@value RuntimeConfiguration#DEFAULT_FILE} */
    public Path config() {
        return config != null ? config : Path.of(RuntimeConfiguration.DEFAULT_FILE);
    }

    /** @return how long to run; null: until Ctrl-C */
    public Duration duration() {
        return duration;
    }

    /** @return the interval of the live view; null: no live view */
    public Duration live() {
        return live;
    }

    /** @return the options that were given, as a runtime's command line reads them */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (config != null) {
            args.add("--config");
            args.add(config.toString());
        }
        if (duration != null) {
            args.add("--duration");
            args.add(Seconds.format(duration));
        }
        if (live != null) {
            args.add("--live");
            args.add(Seconds.format(live));
        }
        return args;
    }
}
