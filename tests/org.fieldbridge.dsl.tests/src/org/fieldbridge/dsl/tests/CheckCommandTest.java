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
        assertEquals("checked 2 files: 0 errors, 1 warning\n", run.err());
    }

    /** The example plant with a signal range written upside down and an impossible Modbus unit id. */
    private static Path brokenPlant(Path dir) throws IOException {
        String plant = Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"))
                .replaceFirst("<validRange minimum=\"0.0\" maximum=\"40.0\"/>", "<validRange minimum=\"150.0\" maximum=\"0.0\"/>")
                .replace("host=\"127.0.0.1\" port=\"5020\"", "host=\"127.0.0.1\" port=\"5020\" unitId=\"300\"");
        return Files.writeString(dir.resolve("riverside.plant"), plant);
    }

    private static int lineOf(Path file, String snippet) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(snippet);
    }

    @Test
    @DisplayName("reports the imported plant's own rules with file, line and column, once for several .twin files")
    void plantRulesOfImportedPlant(@TempDir Path dir) throws IOException {
        Path plant = brokenPlant(dir);
        String twin = "import \"riverside.plant\"\n";
        Files.writeString(dir.resolve("a.twin"), twin);
        Files.writeString(dir.resolve("b.twin"), twin);
        Run run = run(dir.resolve("a.twin"), dir.resolve("b.twin"));
        assertEquals(1, run.exitCode(), run.out());
        List<String> range = run.lines().stream().filter(l -> l.contains(" error plant.signal.range.invalid: ")).toList();
        assertEquals(1, range.size(), run.out());
        // the rule is about the signal: its start tag, the line naming it
        assertTrue(range.get(0).startsWith(plant + ":" + lineOf(plant, "<signals name=\"BathTemp\"") + ":"), run.out());
        List<String> unitId = run.lines().stream().filter(l -> l.contains(" error plant.modbus.unitId.invalid: ")).toList();
        assertEquals(1, unitId.size(), run.out());
        assertTrue(unitId.get(0).startsWith(plant + ":" + lineOf(plant, "unitId=\"300\"") + ":"), run.out());
        assertTrue(run.err().startsWith("checked 3 files: "), run.err());
    }

    @Test
    @DisplayName("checks a .plant file given alone, and a folder with only .plant files")
    void plantFilesAlone(@TempDir Path dir) throws IOException {
        Path plant = brokenPlant(dir);
        Run file = run(plant);
        assertEquals(1, file.exitCode(), file.out() + file.err());
        assertTrue(file.lines().stream().allMatch(l -> l.startsWith(plant + ":")), file.out());
        assertTrue(file.out().contains(" error plant.signal.range.invalid: "), file.out());
        assertTrue(file.err().startsWith("checked 1 file: 2 errors, "), file.err());
        Run folder = run(dir);
        assertEquals(file.out(), folder.out());

        Path good = TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant");
        Run example = run(good);
        assertEquals(0, example.exitCode(), example.out());
        assertTrue(example.out().contains(" warning plant.calibration.expired: "), example.out());
    }

    @Test
    @DisplayName("a truncated plant gets a positioned plant.syntax error, from the plant and from the .twin importing it")
    void truncatedPlant(@TempDir Path dir) throws IOException {
        byte[] example = Files.readAllBytes(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"));
        Path plant = Files.write(dir.resolve("riverside.plant"), java.util.Arrays.copyOf(example, example.length / 2));
        Path twin = Files.writeString(dir.resolve("a.twin"), "import \"riverside.plant\"\n");
        Run run = run(twin);
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains(twin + ":1:8: error twin.import.unresolved: "), run.out());
        List<String> syntax = run.lines().stream().filter(l -> l.startsWith(plant + ":")).toList();
        assertEquals(1, syntax.size(), run.out());
        assertTrue(syntax.get(0).matches(".*riverside\\.plant:(\\d{2,}):\\d+: error plant\\.syntax: not a well-formed XML file: .*"),
                syntax.get(0));
    }

    @Test
    @DisplayName("says 1 file, 1 error in the singular")
    void singularSummary(@TempDir Path dir) throws IOException {
        Path twin = Files.writeString(dir.resolve("a.twin"), "connection P modbus tcp \"127.0.0.1:502\" unit 300\n");
        Run run = run(twin);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("checked 1 file: 1 error, 0 warnings\n", run.err());
    }

    @Test
    @DisplayName("refuses a file that is neither .twin nor .plant with exit code 2")
    void otherFilesAreUsageProblems(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run run = run(notes);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a .twin or .plant file"), run.err());
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
        assertEquals(twin + ":3:55: error twin.unit.mismatch: bar is a pressure unit, but Tank3.BathTemp measures"
                + " temperature (use degC, degF, K).", run.lines().get(0));
        // bad.twin maps no signal of TT_Tank2, so the plant's own calibration warning about it stands
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(1).startsWith(dir.resolve("riverside.plant") + ":"), run.out());
        assertTrue(run.lines().get(1).contains(" warning plant.calibration.expired: "), run.out());
        assertEquals("checked 2 files: 1 error, 1 warning\n", run.err());
    }

    @Test
    @DisplayName("exits 2 on a missing file or no arguments")
    void usageProblemsExitTwo(@TempDir Path dir) {
        assertEquals(2, run(dir.resolve("missing.twin")).exitCode());
        assertEquals(2, run().exitCode());
    }
}
