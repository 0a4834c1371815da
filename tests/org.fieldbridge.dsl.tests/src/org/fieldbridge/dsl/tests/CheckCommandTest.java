/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.dsl.check.TwinCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The headless checker")
class CheckCommandTest {

    /** Output and exit code of one run. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(Path... inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TwinTester.injector().getInstance(TwinCheck.class).run(List.of(inputs),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("prints only the documented warning for the example folder and exits 0")
    void exampleFolder() {
        Path examples = TwinTester.repositoryRoot().resolve("examples/riverside");
        Run run = run(examples);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.lines().size(), run.out());
        String line = run.lines().get(0);
        assertTrue(line.matches(".*riverside\\.twin:\\d+:\\d+: warning twin\\.calibration\\.expired: Instrument TT_Tank2 .*"),
                line);
    }

    @Test
    @DisplayName("prints file:line:column: severity code: message and exits 1 on errors")
    void errorsExitOne(@TempDir Path dir) throws IOException {
        Files.copy(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"), dir.resolve("riverside.plant"));
        Path twin = dir.resolve("bad.twin");
        Files.writeString(twin, """
                import "riverside.plant"
                connection PLC4 modbus tcp { poll 100 ms }
                map PLC4 holding 40007 int16 -> Tank3.BathTemp { unit bar }
                """);
        Run run = run(twin);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(List.of(twin + ":3:55: error twin.unit.mismatch: bar is a pressure unit, but Tank3.BathTemp measures"
                + " temperature (use degC, degF, K)."), run.lines());
    }

    @Test
    @DisplayName("exits 2 on a missing file or no arguments")
    void usageProblemsExitTwo(@TempDir Path dir) {
        assertEquals(2, run(dir.resolve("missing.twin")).exitCode());
        assertEquals(2, run().exitCode());
    }
}
