/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.app.PositiveNumber;
import org.fieldbridge.runtime.app.Seconds;
import org.fieldbridge.runtime.app.TcpPort;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of {@code fieldbridge simulate}, filled in by picocli (a mixin of {@link SimulatorMain}). */
final class SimulatorOptions {

    /** A PLC4 fault command due at a simulated time. */
    record ScheduledFault(double atSeconds, String command) {
    }

    @Option(names = "--plc4-port", paramLabel = "N", converter = TcpPort.class, defaultValue = "5020",
            description = "Modbus TCP port of PLC4 on 127.0.0.1 (default ${DEFAULT-VALUE})")
    private int plc4Port;

    @Option(names = "--oven2-port", paramLabel = "N", converter = TcpPort.OrZero.class, defaultValue = "4841",
            description = "OPC UA port of Oven2 on 127.0.0.1 (default ${DEFAULT-VALUE}; 0: no Oven2); Oven2 needs "
                    + "its user's password in the environment variable " + SimulatorMain.OVEN2_PASSWORD)
    private int oven2Port;

    @Option(names = "--time-scale", paramLabel = "X", converter = PositiveNumber.class, defaultValue = "1",
            description = "simulated seconds per second of wall time (default ${DEFAULT-VALUE})")
    private double timeScale;

    @Option(names = "--duration", paramLabel = "SECONDS", converter = Seconds.class,
            description = "stop after this many seconds (default: run until Ctrl-C)")
    private Duration duration;

    @Option(names = "--pki", paramLabel = "DIR",
            description = "PKI folder of Oven2 (default: a new temporary folder for each run)")
    private Path pki;

    @Option(names = "--fault", paramLabel = "T:CMD", converter = FaultConverter.class,
            description = { "at simulated second T, apply a PLC4 fault command (repeatable): silent, slow MS, "
                    + "exception ADDRESS COUNT, drop, heal; with FOLDER: T:CONNECTION:CMD",
                    "e.g. --fault 120:silent --fault 150:heal --fault 200:\"exception 20 1\" --fault 230:drop" })
    private List<ScheduledFault> faults = new ArrayList<>();

    @Option(names = "--port", paramLabel = "NAME=PORT",
            description = { "with FOLDER: serve a connection on another port of 127.0.0.1 (repeatable); "
                    + "NAME=host:port as for the commissioning commands' --endpoint also works" })
    private List<String> ports = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "with FOLDER: a scenario file (lines 'model EQUIPMENT MODEL PARAMETER=VALUE...', "
                    + "'SECONDS set SIGNAL VALUE', 'SECONDS fault CONNECTION COMMAND', 'SECONDS EQUIPMENT EVENT'; "
                    + "docs/simulator.md; without FOLDER: examples/riverside/riverside.scenario)")
    private Path scenario;

    @Option(names = "--state-period", paramLabel = "SECONDS", converter = PositiveNumber.class, defaultValue = "60",
            description = "with FOLDER: simulated seconds between two toggles of a state (default ${DEFAULT-VALUE})")
    private double statePeriod;

    List<String> ports() {
        return List.copyOf(ports);
    }

    Path scenario() {
        return scenario;
    }

    double statePeriod() {
        return statePeriod;
    }

    int plc4Port() {
        return plc4Port;
    }

    int oven2Port() {
        return oven2Port;
    }

    double timeScale() {
        return timeScale;
    }

    /** @return how long to run; zero: until Ctrl-C */
    Duration duration() {
        return duration == null ? Duration.ZERO : duration;
    }

    Path pki() {
        return pki;
    }

    List<ScheduledFault> faults() {
        return List.copyOf(faults);
    }

    /** Reads {@code T:CMD} of {@code --fault}. */
    static final class FaultConverter implements ITypeConverter<ScheduledFault> {

        @Override
        public ScheduledFault convert(String text) {
            int colon = text.indexOf(':');
            if (colon < 1 || colon == text.length() - 1) {
                throw new TypeConversionException("needs SECONDS:COMMAND, e.g. 120:silent, not '" + text + "'");
            }
            String time = text.substring(0, colon);
            try {
                double at = Double.parseDouble(time);
                if (at >= 0 && !Double.isInfinite(at)) {
                    return new ScheduledFault(at, text.substring(colon + 1));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("time must be zero or a positive number of seconds, not '" + time + "'");
        }
    }
}
