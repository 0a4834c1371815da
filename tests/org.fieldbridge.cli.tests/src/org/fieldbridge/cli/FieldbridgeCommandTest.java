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

    @Test
    void withoutACommandItPrintsTheUsageAndExitsWithTwo() throws Exception {
        assertEquals(2, run());
        assertTrue(err().contains("usage: fieldbridge <command>"), err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate|unknown command 'frobnicate'",
        "generate examples|usage: fieldbridge generate FILES... -o FOLDER",
        "build -o out|usage: fieldbridge build FILES... -o FOLDER",
        "generate examples -o|-o needs a value",
        "generate examples -o out --fast|unknown option --fast",
        "demo --duration soon|--duration takes a positive number of seconds, not 'soon'",
        "demo --duration 0|--duration takes a positive number of seconds, not '0'",
        "run|usage: fieldbridge run FOLDER"})
    void aCommandLineItCannotUnderstandExitsWithTwoAndSaysWhy(String line, String message) throws Exception {
        assertEquals(2, run(line.split(" ")));
        assertTrue(err().contains(message), err());
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
