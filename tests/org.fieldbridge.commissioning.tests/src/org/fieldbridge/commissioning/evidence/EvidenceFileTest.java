/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.fieldbridge.commissioning.evidence.VerificationEvidence.Statement;
import org.fieldbridge.dsl.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFileTest {

    private static final String TANK3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    private static final String TANK1 = "Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp";

    @TempDir
    Path folder;

    private static String line(String... fields) {
        return String.join("\t", fields);
    }

    @Test
    void aMalformedLineIsReportedWithItsPositionAndTheOtherRecordsAreRead() throws IOException {
        Path file = folder.resolve("riverside.verification");
        Files.write(file, List.of("# header",
                line(TANK1, "PLC4", "2026-12-03T09:00:00Z", "pass", "20.1", "20.1", "degC", "alice",
                        "sha256:0123456789abcdef", ""),
                line(TANK3, "PLC4", "2026-12-03T09:05:00Z", "passed", "21.4", "", "degC", "alice",
                        "sha256:0123456789abcdef", "typo in the verdict"),
                line(TANK3, "PLC4", "yesterday", "pass", "", "", "", "", "sha256:0123456789abcdef", ""),
                line(TANK3, "PLC4", "2026-12-03T09:07:00Z", "fail"),
                line(TANK3, "PLC4", "2026-12-03T09:08:00Z", "pass", "", "", "", "", "sha256:0123456789abcdef",
                        "a \\q is no escape")),
                StandardCharsets.UTF_8);

        EvidenceFile evidence = EvidenceFile.read(file);
        assertEquals(1, evidence.records().size());
        List<Finding> problems = evidence.problems();
        assertEquals(4, problems.size(), problems.toString());
        int verdictColumn = (TANK3 + "\tPLC4\t2026-12-03T09:05:00Z\t").length() + 1;
        assertEquals(file + ":3:" + verdictColumn + ": error evidence.line.value: 'passed' is not a verdict; write pass,"
                + " fail or unchecked; the line is kept as it is and left out until it is fixed", problems.get(0).format());
        assertEquals(4, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("'yesterday' is not a time in ISO-8601 UTC"), problems.get(1).message());
        assertEquals(EvidenceFile.CODE_FIELDS, problems.get(2).code());
        assertTrue(problems.get(2).message().contains("this line has 4"), problems.get(2).message());
        assertEquals(EvidenceFile.CODE_ESCAPE, problems.get(3).code());
    }

    @Test
    void savingKeepsTheLinesThatCouldNotBeRead() throws IOException {
        Path file = folder.resolve("riverside.verification");
        String broken = line(TANK3, "PLC4", "2026-12-03T09:05:00Z", "passed", "21.4", "", "degC", "alice",
                "sha256:0123456789abcdef", "typo in the verdict");
        Files.write(file, List.of(broken), StandardCharsets.UTF_8);

        EvidenceFile evidence = EvidenceFile.read(file);
        evidence.add(new VerificationRecord(new MappingIdentity("PLC4", TANK1), "sha256:0123456789abcdef",
                Verdict.PASS, "20.1", "", "degC", "alice", Instant.parse("2026-12-03T10:00:00Z"), ""));
        evidence.save();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.contains(broken), lines.toString());
        EvidenceFile again = EvidenceFile.read(file);
        assertEquals(1, again.records().size());
        assertEquals(1, again.problems().size());
    }

    @Test
    void aCommentWithTabsAndLineBreaksStaysOneLineAndReadsBackUnchanged() throws IOException {
        Path file = folder.resolve("riverside.verification");
        String comment = "HMI shows 21.5 °C\tpanel 2\nchecked with\\without load; Prüfer ü";
        EvidenceFile evidence = EvidenceFile.read(file);
        evidence.add(new VerificationRecord(new MappingIdentity("PLC4", TANK3), "sha256:0123456789abcdef",
                Verdict.NOT_CHECKED, "", "", "degC", "jörg", Instant.parse("2026-12-03T10:00:00.123Z"), comment));
        evidence.save();

        List<String> records = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(1, records.size());
        assertEquals(line(TANK3, "PLC4", "2026-12-03T10:00:00Z", "unchecked", "", "", "degC", "jörg",
                "sha256:0123456789abcdef", "HMI shows 21.5 °C\\tpanel 2\\nchecked with\\\\without load; Prüfer ü"),
                records.get(0));
        VerificationRecord read = EvidenceFile.read(file).records().get(0);
        assertEquals(comment, read.comment());
        assertEquals("jörg", read.by());
    }

    @Test
    void recordsAreWrittenSortedBySignalThenTime() throws IOException {
        Path file = folder.resolve("riverside.verification");
        EvidenceFile evidence = EvidenceFile.read(file);
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        evidence.add(new VerificationRecord(new MappingIdentity("PLC4", TANK3), "sha256:0123456789abcdef",
                Verdict.PASS, "", "", "", "a", at.plusSeconds(60), ""));
        evidence.add(new VerificationRecord(new MappingIdentity("PLC4", TANK1), "sha256:0123456789abcdef",
                Verdict.PASS, "", "", "", "a", at.plusSeconds(120), ""));
        evidence.add(new VerificationRecord(new MappingIdentity("PLC4", TANK3), "sha256:0123456789abcdef",
                Verdict.FAIL, "", "", "", "a", at, ""));
        evidence.save();

        List<String> records = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertTrue(records.get(0).startsWith(TANK1), records.toString());
        assertTrue(records.get(1).contains("\tfail\t"), records.toString());
        assertTrue(records.get(2).contains("\tpass\t"), records.toString());
        assertEquals(List.of(), Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }

    @Test
    void eachVerificationAppendsOneAuditEntryAndNeverRewritesTheLog() throws IOException {
        RiversideCopy riverside = new RiversideCopy(folder);
        CommissionedTwin twin = riverside.load();
        VerificationEvidence evidence = VerificationEvidence.load(twin);
        CommissionedMapping bath = RiversideCopy.mapping(twin, "Tank3.BathTemp");
        evidence.record(bath, new Statement(Verdict.FAIL, "2140", "21.4", "scale missing", "alice"),
                Instant.parse("2026-12-03T09:00:00Z"));
        Path log = CommissionedTwin.auditFile(riverside.twin);
        String before = Files.readString(log, StandardCharsets.UTF_8);
        evidence.record(bath, new Statement(Verdict.PASS, "21.4", "21.4", "", "alice"),
                Instant.parse("2026-12-03T09:10:00Z"));

        String after = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(after.startsWith(before), after);
        List<AuditEntry> entries = new AuditLog(log).entries();
        assertEquals(2, entries.size());
        AuditEntry last = entries.get(1);
        assertEquals("alice", last.who());
        assertEquals("PLC4 holding:20 -> " + TANK3, last.where());
        assertEquals("verify pass observed 21.4 degC expected 21.4 degC", last.what());
        assertTrue(last.result().startsWith("recorded in riverside.verification (mapping sha256:"), last.result());
        assertEquals(Instant.parse("2026-12-03T09:10:00Z"), last.at());
    }
}
