/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code fieldbridge simulate}. */
record SimulatorOptions(int plc4Port, int oven2Port, double timeScale, Duration duration, Path pki,
        List<ScheduledFault> faults, boolean help) {

    /** A PLC4 fault command due at a simulated time. */
    record ScheduledFault(double atSeconds, String command) {
    }

    static final String USAGE = """
            usage: fieldbridge simulate [--plc4-port N] [--oven2-port N] [--time-scale X] [--duration SECONDS] [--pki DIR]
              --plc4-port   Modbus TCP port of PLC4 on 127.0.0.1 (default 5020)
              --oven2-port  OPC UA port of Oven2 on 127.0.0.1 (default 4841; 0: no Oven2); needs FB_OVEN2_PASSWORD
              --time-scale  simulated seconds per second (default 1)
              --duration    stop after this many seconds (default: run until Ctrl-C)
              --pki         PKI folder of Oven2 (default: a new temporary folder per run)
              --fault T:CMD at simulated second T, apply a PLC4 fault command (repeatable), e.g.
                            --fault 120:silent --fault 150:heal --fault 200:"exception 20 1" --fault 230:drop""";

    static SimulatorOptions parse(String[] args) {
        int plc4 = 5020;
        int oven2 = 4841;
        double scale = 1;
        Duration duration = Duration.ZERO;
        Path pki = null;
        List<ScheduledFault> faults = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--plc4-port" -> plc4 = port(a, value(args, ++i, a));
                case "--oven2-port" -> oven2 = oven2Port(value(args, ++i, a));
                case "--time-scale" -> scale = positive(a, value(args, ++i, a));
                case "--duration" -> duration = Duration.ofMillis(Math.round(positive(a, value(args, ++i, a)) * 1000));
                case "--pki" -> pki = Path.of(value(args, ++i, a));
                case "--fault" -> faults.add(fault(value(args, ++i, a)));
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new SimulatorOptions(plc4, oven2, scale, duration, pki, List.copyOf(faults), help);
    }

    private static ScheduledFault fault(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw new IllegalArgumentException("--fault needs SECONDS:COMMAND, e.g. 120:silent, not '" + text + "'");
        }
        return new ScheduledFault(positiveOrZero("--fault", text.substring(0, colon)), text.substring(colon + 1));
    }

    private static double positiveOrZero(String option, String text) {
        try {
            double v = Double.parseDouble(text);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(option + " time must be zero or positive, was " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " time must be a number of seconds, was '" + text + "'");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String option, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(option + " must be 1..65535, was " + port);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a port number, was '" + text + "'");
        }
    }

    private static int oven2Port(String text) {
        return "0".equals(text) ? 0 : port("--oven2-port", text);
    }

    private static double positive(String option, String text) {
        try {
            double v = Double.parseDouble(text);
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(option + " must be a positive number, was " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was '" + text + "'");
        }
    }
}
