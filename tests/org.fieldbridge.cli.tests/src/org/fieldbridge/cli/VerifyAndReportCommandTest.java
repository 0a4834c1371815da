/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyAndReportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheExample() throws IOException {
        Path example = RepositoryRoot.riverside();
        Files.copy(example.resolve("riverside.plant"), folder.resolve("riverside.plant"));
        Files.copy(example.resolve("riverside.twin"), folder.resolve("riverside.twin"));
    }

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
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
    void verifyRecordsTheEvidenceBesideTheTwinFileAndAuditsIt() throws Exception {
        assertEquals(0, run("verify", folder.toString(), "Tank3.BathTemp", "--verdict", "pass", "--observed", "21.4",
                "--expected", "21.4", "--comment", "HMI panel 2", "--by", "alice"), err());
        assertTrue(out().startsWith("recorded pass for Tank3.BathTemp (PLC4, mapping sha256:"), out());
        List<String> records = Files.readAllLines(folder.resolve("riverside.verification"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(1, records.size());
        String[] fields = records.get(0).split("\t", -1);
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp", fields[0]);
        assertEquals("PLC4", fields[1]);
        assertTrue(fields[2].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), fields[2]);
        assertEquals(List.of("pass", "21.4", "21.4", "degC", "alice"), List.of(fields).subList(3, 8));
        assertEquals("HMI panel 2", fields[9]);
        List<String> audit = Files.readAllLines(folder.resolve("riverside.audit"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).contains("\talice\tPLC4 holding:20 -> Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp"
                + "\tverify pass observed 21.4 degC expected 21.4 degC\trecorded in riverside.verification"), audit.get(0));
    }

    @Test
    void verifyWithoutByRecordsTheUserOfThisLogin() throws Exception {
        assertEquals(0, run("verify", folder.resolve("riverside.twin").toString(), "CuringOven.Zone1.Temp", "--verdict",
                "unchecked"), err());
        assertTrue(out().contains(" by " + System.getProperty("user.name") + " at "), out());
    }

    @Test
    void verifyOfAnUnknownSignalSuggestsTheClosestMappedSignals() throws Exception {
        assertEquals(2, run("verify", folder.toString(), "Tank3.BathTmp", "--verdict", "pass"));
        assertTrue(err().startsWith("fieldbridge verify: no mapping in " + folder + " writes the plant signal "
                + "'Tank3.BathTmp'; did you mean Tank3.BathTemp, "), err());
        assertFalse(Files.exists(folder.resolve("riverside.verification")));
        assertFalse(Files.exists(folder.resolve("riverside.audit")));
    }

    @Test
    void verifyOfAnAmbiguousNameListsTheSignalsItFits() throws Exception {
        assertEquals(2, run("verify", folder.toString(), "BathTemp", "--verdict", "pass"));
        assertEquals("fieldbridge verify: 'BathTemp' names several mapped signals: Tank1.BathTemp, Tank2.BathTemp, "
                + "Tank3.BathTemp; write more of the name", err().strip());
    }

    @Test
    void verifyRefusesAVerdictItDoesNotKnow() throws Exception {
        assertEquals(2, run("verify", folder.toString(), "Tank3.BathTemp", "--verdict", "ok"));
        assertEquals("fieldbridge verify: --verdict takes pass, fail or unchecked, not 'ok' (try fieldbridge verify "
                + "--help)", err().strip());
    }

    @Test
    void verifyRecordsNothingWhenTheFilesHaveErrors() throws Exception {
        Path twin = folder.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin).replace("-> Tank3.BathTemp {", "-> Tank3.BathTemperature {"));
        assertEquals(1, run("verify", folder.toString(), "Tank1.BathTemp", "--verdict", "pass"));
        assertTrue(out().contains("error twin.signal.unresolved"), out());
        assertTrue(err().contains("has errors; nothing recorded"), err());
        assertFalse(Files.exists(folder.resolve("riverside.verification")));
    }

    @Test
    void reportWritesTheHtmlAndSummarisesTheOpenItems() throws Exception {
        assertEquals(0, run("verify", folder.toString(), "Tank3.BathTemp", "--verdict", "pass", "--by", "alice"));
        assertEquals(0, run("verify", folder.toString(), "Tank2.RectifierCurrent", "--verdict", "fail", "--comment",
                "<b>word order</b>", "--by", "alice"));
        Path html = folder.resolve("out").resolve("report.html");
        Files.createDirectories(html.getParent());
        assertEquals(0, run("report", folder.toString(), "-o", html.toString(), "--date", "2026-12-04"), err());
        assertEquals("wrote " + html + ": 20 mappings, 1 passed, 19 open items (1 failed, 18 not checked, 0 invalidated)\n"
                + "instrument TT_Tank2 is out of calibration: expired on 2025-03-01\n", out());
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("&lt;b&gt;word order&lt;/b&gt;"), text);
        assertTrue(text.contains("<h2>Sign-off</h2>"), text);
    }

    @Test
    void reportNeedsAnOutputFile() throws Exception {
        assertEquals(2, run("report", folder.toString()));
        assertEquals("fieldbridge report: missing -o FILE (try fieldbridge report --help)", err().strip());
    }
}
