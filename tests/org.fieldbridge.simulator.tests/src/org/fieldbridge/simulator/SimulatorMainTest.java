/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
@DisplayName("fieldbridge simulate")
class SimulatorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) throws Exception {
        return SimulatorMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        return LoopbackPort.free();
    }

    @Test
    @DisplayName("runs PLC4 for the given duration and prints where it listens and what it simulates")
    void runsForTheGivenDuration() throws Exception {
        int port = freePort();
        assertEquals(0, run(Map.of(), "--plc4-port", String.valueOf(port), "--oven2-port", "0", "--duration", "1.5",
                "--time-scale", "10"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("127.0.0.1:" + port), text);
        assertTrue(text.contains("Tank3.BathTemp"), text);
    }

    @Test
    @DisplayName("says why Oven2 does not start when its password is not in the environment")
    void explainsAMissingOven2Password() throws Exception {
        assertEquals(0, run(Map.of(), "--plc4-port", String.valueOf(freePort()), "--duration", "0.5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("FB_OVEN2_PASSWORD"));
    }

    @Test
    @DisplayName("applies fault commands on schedule, in simulated time")
    void appliesScheduledFaults() throws Exception {
        assertEquals(0, run(Map.of(), "--plc4-port", String.valueOf(freePort()), "--oven2-port", "0", "--duration", "1.5",
                "--time-scale", "10", "--fault", "3:silent", "--fault", "6:heal", "--fault", "7:explode"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("PLC4: silent"), text);
        assertTrue(text.contains("PLC4: heal"), text);
        assertTrue(text.contains("unknown command: explode"), text);
    }

    @Test
    @DisplayName("answers a wrong option with a message and exit code 2")
    void answersAWrongOptionWithExitCode2() throws Exception {
        assertEquals(2, run(Map.of(), "--plc4-port", "70000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--plc4-port must be 1..65535"));
        assertEquals(2, run(Map.of(), "--fault", "soon"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--fault needs SECONDS:COMMAND"));
        assertEquals(2, run(Map.of(), "--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
    }

    @Test
    @DisplayName("--help lists every option on standard output and exits 0 without starting anything")
    void helpListsEveryOption() throws Exception {
        assertEquals(0, run(Map.of(), "--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] { "--plc4-port", "--oven2-port", "--time-scale", "--duration", "--pki",
            "--fault", "--help", "FB_OVEN2_PASSWORD", "Exit codes" }) {
            assertTrue(text.contains(option), option + " in " + text);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a wrong option gets one line naming it and pointing to --help, not the whole usage")
    void aWrongOptionGetsOneLine() throws Exception {
        assertEquals(2, run(Map.of(), "--bogus"));
        assertEquals("fieldbridge simulate: unknown option --bogus (try fieldbridge simulate --help)",
                err.toString(StandardCharsets.UTF_8).strip());
        err.reset();
        assertEquals(2, run(Map.of(), "--time-scale", "0"));
        assertEquals("fieldbridge simulate: --time-scale must be a positive number, was 0 "
                + "(try fieldbridge simulate --help)", err.toString(StandardCharsets.UTF_8).strip());
        err.reset();
        assertEquals(2, run(Map.of(), "--fault", "x:silent"));
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("fieldbridge simulate: --fault time must be zero or a positive number of seconds, "
                + "not 'x'"), line);
    }
}
