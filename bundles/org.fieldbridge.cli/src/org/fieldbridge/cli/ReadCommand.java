/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.connect.LinkStatus;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldbridge read FOLDER}: every mapping read once, as the runtime would publish it. */
@Command(name = "read", usageHelpAutoWidth = true,
        header = "Reads every mapping of a .twin folder once from the live controllers",
        description = { "Reads every mapping once through the runtime's own acquisition and conditioning, so what "
                + "it shows is what the generated runtime will publish. One line per mapping on standard output: "
                + "signal, raw value [registers], value, unit, quality, age. Modbus values are read with the poller's "
                + "plan and codec, OPC UA values once with the Read service (the connection's security and user, "
                + "the password from its env:/file: reference; certificates as for browse). Read-only: nothing is "
                + "written to a controller.",
            "A 32/64-bit value that reads as NaN, implausible or outside its range is scanned: when another byte "
                    + "or word order gives a plausible value inside the range, the fix is printed with the .twin "
                    + "options to write and the line of the mapping.",
            "Connections are summarised on standard error (round trip or last error).",
            "With --watch the values are read again every --interval and printed again, each round after a line with "
                    + "the time, until Ctrl-C (connections are closed and the command ends cleanly)." },
        footer = "Exit codes: 0 every value Good (with --watch: stopped by Ctrl-C), 1 errors in the files or a value "
                + "not Good, 2 usage or I/O problem.")
final class ReadCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private CommissioningInputs inputs = new CommissioningInputs();

    @Option(names = "--watch", description = "read and print again every --interval until Ctrl-C")
    private boolean watch;

    @Option(names = "--interval", paramLabel = "TIME", converter = WatchInterval.class, defaultValue = "1s",
            description = "time between two rounds of --watch: 1s, 500ms, 2 (seconds; default ${DEFAULT-VALUE})")
    private Duration interval;

    private final CommissioningSetup setup;

    ReadCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.setup = new CommissioningSetup("read", out, err, environment);
    }

    @Override
    public Integer call() {
        PrintStream out = setup.out();
        PrintStream err = setup.err();
        CommissioningInputs.Loaded loaded = setup.load(inputs);
        if (loaded.model() == null) {
            return loaded.exitCode();
        }
        OpcUaAccess access = setup.access(inputs, loaded).orElse(null);
        if (access == null) {
            return 2;
        }
        LiveReader reader = new LiveReader(Clock.systemUTC(), access);
        try {
            if (!watch) {
                return round(reader, loaded.model(), out, err) ? 0 : 1;
            }
            try (WatchStop stop = new WatchStop()) {
                do {
                    out.println("-- " + DateTimeFormatter.ISO_LOCAL_TIME.format(
                            LocalTime.now(Clock.systemUTC()).withNano(0)) + " UTC");
                    round(reader, loaded.model(), out, err);
                } while (!stop.requested() && stop.awaitNextRound(interval));
                reader.close();
            }
            return 0;
        } finally {
            reader.close();
        }
    }

    /** Reads and prints every value once; @return whether all were Good */
    private static boolean round(LiveReader reader, CommissioningModel model, PrintStream out, PrintStream err) {
        List<LiveValue> values = reader.readAll(model);
        int width = values.stream().mapToInt(v -> shortName(v).length()).max().orElse(10);
        for (LiveValue v : values) {
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %-22s  %-12s  %-4s  %-28s  %s",
                    shortName(v), v.rawText(), v.valueText(), v.mapping().unit(), v.quality(), v.ageText()));
            v.fix().ifPresent(fix -> out.println("  fix " + shortName(v) + ": " + fix.describe()));
        }
        out.flush();
        for (LinkStatus status : reader.statuses()) {
            err.println(status.describe());
        }
        err.flush();
        return values.stream().allMatch(v -> v.quality().isGood());
    }

    /** The signal without the plant's enterprise/site/area prefix: what the HMI list calls it. */
    static String shortName(LiveValue v) {
        String[] parts = v.mapping().signal().split("\\.");
        return parts.length <= 2 ? v.mapping().signal() : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
