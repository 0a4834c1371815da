/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldbridgeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Fieldbridge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final List<String> COMMANDS = List.of("check", "generate", "build", "run", "simulate", "demo",
            "browse", "scan", "read", "write", "verify", "report", "audit",
            "completion", "help");

    @Test
    void withoutACommandItPrintsTheUsageAndExitsWithTwo() throws Exception {
        assertEquals(2, run());
        assertTrue(err().startsWith("Usage: fieldbridge "), err());
        assertEquals("", out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate|fieldbridge: unknown command 'frobnicate' (try fieldbridge --help)",
        "chek examples|fieldbridge: unknown command 'chek'; did you mean check? (try fieldbridge --help)",
        "--fast|fieldbridge: unknown option --fast (try fieldbridge --help)",
        "check examples --helpp|fieldbridge check: unknown option --helpp; did you mean --help? (try fieldbridge check --help)",
        "check|fieldbridge check: missing FILES (try fieldbridge check --help)",
        "generate examples|fieldbridge generate: missing -o FOLDER (try fieldbridge generate --help)",
        "build -o out|fieldbridge build: missing FILES (try fieldbridge build --help)",
        "generate examples -o|fieldbridge generate: -o needs a value (FOLDER) (try fieldbridge generate --help)",
        "generate examples -o out --fast|fieldbridge generate: unknown option --fast (try fieldbridge generate --help)",
        "demo --duration soon|fieldbridge demo: --duration takes a positive number of seconds, not 'soon' "
            + "(try fieldbridge demo --help)",
        "demo --duration 0|fieldbridge demo: --duration takes a positive number of seconds, not '0' "
            + "(try fieldbridge demo --help)",
        "demo --port 70000|fieldbridge demo: --port must be 0..65535, was 70000 (try fieldbridge demo --help)",
        "demo now|fieldbridge demo: unexpected argument 'now' (try fieldbridge demo --help)",
        "run|fieldbridge run: missing FOLDER (try fieldbridge run --help)",
        "run folder --live soon|fieldbridge run: --live takes a positive number of seconds, not 'soon' "
            + "(try fieldbridge run --help)",
        "simulate --plc4-port 0|fieldbridge simulate: --plc4-port must be 1..65535, was 0 "
            + "(try fieldbridge simulate --help)"})
    void aCommandLineItCannotUnderstandGetsOneLineNamingWhatIsWrongAndExitsWithTwo(String line, String message)
            throws Exception {
        assertEquals(2, run(line.split(" ")));
        assertEquals(message, err().strip());
        assertEquals("", out());
    }

    @Test
    void helpListsEveryCommandOnStandardOutput() throws Exception {
        for (String[] help : new String[][] { { "--help" }, { "-h" }, { "help" } }) {
            out.reset();
            assertEquals(0, run(help));
            for (String command : COMMANDS) {
                assertTrue(out().contains("  " + command + " "), command + " in " + out());
            }
            assertEquals("", err());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "check|FILES",
        "generate|FILES,-o,--output=FOLDER",
        "build|FILES,-o,--output=FOLDER",
        "run|FOLDER,--config=FILE,--duration=SECONDS,--live[=SECONDS]",
        "simulate|--plc4-port=N,--oven2-port=N,--time-scale=X,--duration=SECONDS,--pki=DIR,--fault=T:CMD",
        "demo|--duration=SECONDS,--time-scale=X,--port=PORT,--mqtt",
        "verify|FOLDER,SIGNAL,--verdict=VERDICT,--observed=VALUE,--expected=VALUE,--comment=TEXT,--by=NAME",
        "report|FOLDER,-o,--output=FILE,--date=YYYY-MM-DD",
        "read|FOLDER,--watch,--interval=TIME,--config=FILE,--endpoint=NAME=HOST:PORT,--pki=DIR",
        "write|FOLDER,SIGNAL,VALUE,--allow-writes=CONNECTION,--yes,--by=NAME,--config=FILE,--endpoint=NAME=HOST:PORT",
        "scan|FOLDER,CONNECTION,ADDRESS,--config=FILE,--endpoint=NAME=HOST:PORT",
        "audit|PATH,--category=CATEGORY,--failures",
        "completion|bash"})
    void theHelpOfEachCommandListsItsOptions(String command, String expected) throws Exception {
        for (String[] help : new String[][] { { command, "--help" }, { command, "-h" }, { "help", command } }) {
            out.reset();
            assertEquals(0, run(help), String.join(" ", help));
            assertTrue(out().contains("Usage: fieldbridge " + command), out());
            for (String option : (expected + ",-h,--help").split(",")) {
                assertTrue(out().contains(option), option + " in " + out());
            }
            assertEquals("", err());
        }
    }

    @Test
    void versionNamesTheCommandAndTheJavaThatRunsIt() throws Exception {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("fieldbridge "), out());
        assertTrue(out().contains("Java " + System.getProperty("java.version")), out());
    }

    @Test
    void completionPrintsABashScriptThatKnowsEveryCommandAndItsOptions() throws Exception {
        assertEquals(0, run("completion"));
        String script = out();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.lines().findFirst().orElse(""));
        assertTrue(script.contains("complete -F _complete_fieldbridge -o default fieldbridge"), "registers it");
        assertTrue(script.contains("complete -F _complete_fieldbridge -o default ./fieldbridge"), "for ./ too");
        for (String command : COMMANDS) {
            assertTrue(script.contains(command), command);
        }
        for (String option : new String[] { "--output", "--config", "--live", "--plc4-port", "--fault",
            "--time-scale" }) {
            assertTrue(script.contains(option), option);
        }
        assertEquals("", err());
    }

    @Test
    void checkOnTheExamplesReportsOnlyTheDocumentedWarning() throws Exception {
        assertEquals(0, run("check", TestCheckout.examples().toString()));
        String[] lines = out().strip().split("\n");
        assertEquals(1, lines.length, out());
        assertTrue(lines[0].endsWith("riverside.twin:28:54: warning twin.calibration.expired: Instrument TT_Tank2 "
                + "(TT-201) behind Tank2.BathTemp is out of calibration (certificate RKL-2024-01187 was due on "
                + "2025-03-01). Values will be published without a valid ISO/IEC 17025 calibration until it is "
                + "recalibrated."), lines[0]);
        assertEquals("checked 2 files: 0 errors, 1 warning", err().strip());
    }

    @Test
    void checkTakesAPlantFileAlone() throws Exception {
        // issue 9: this was "twin.internal: ... ClassCastException: PlantResource cannot be cast to XtextResource"
        assertEquals(0, run("check", TestCheckout.examples().resolve("riverside.plant").toString()));
        assertTrue(out().contains("riverside.plant:120:19: warning plant.calibration.expired: "), out());
        assertEquals("checked 1 file: 0 errors, 1 warning", err().strip());
    }

    @Test
    void runOnAFolderThatWasNeverBuiltExplainsWhatToDo() throws Exception {
        assertEquals(2, run("run", TestCheckout.examples().toString()));
        assertTrue(err().contains("is not a generated runtime project"), err());
    }
}
