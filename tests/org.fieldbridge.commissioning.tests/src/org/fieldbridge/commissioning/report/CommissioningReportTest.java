/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbridge.commissioning.evidence.CommissionedMapping;
import org.fieldbridge.commissioning.evidence.CommissionedTwin;
import org.fieldbridge.commissioning.evidence.RiversideCopy;
import org.fieldbridge.commissioning.evidence.Verdict;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.evidence.VerificationEvidence.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommissioningReportTest {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 12, 4);
    private static final Instant MORNING = Instant.parse("2026-12-04T08:00:00Z");
    private static final String PASSWORD = "Oven2-s3cret-Kw9!";

    @TempDir
    Path folder;

    private RiversideCopy riverside;

    @BeforeEach
    void copyTheExample() throws IOException {
        riverside = new RiversideCopy(folder);
    }

    /** A commissioning morning: most mappings pass, one fails, one is not checked, one changed after its pass. */
    private String commission() throws IOException {
        CommissionedTwin twin = riverside.load();
        VerificationEvidence evidence = VerificationEvidence.load(twin);
        Instant at = MORNING;
        for (CommissionedMapping mapping : twin.mappings()) {
            String signal = mapping.identity().signal();
            Statement statement;
            if (signal.endsWith("Tank2.RectifierCurrent")) {
                statement = new Statement(Verdict.FAIL, "-4.3e-39", "812", "garbage: word order? HMI shows 812 A", "alice");
            } else if (signal.endsWith("CuringOven.BatchId")) {
                statement = new Statement(Verdict.NOT_CHECKED, "", "", "oven not running during the shift", "alice");
            } else if (signal.endsWith("Tank3.BathTemp")) {
                statement = new Statement(Verdict.PASS, "21.4", "21.4",
                        "<script>alert('owned')</script> & HMI panel \"2\"", "alice");
            } else {
                statement = new Statement(Verdict.PASS, "20.0", "20.0", "", "alice");
            }
            evidence.record(mapping, statement, at);
            at = at.plusSeconds(90);
        }
        riverside.edit("-> Tank1.BathTempSetpoint { scale 0.1, unit degC }", "-> Tank1.BathTempSetpoint { scale 0.01, unit degC }");
        CommissionedTwin again = riverside.load();
        CommissioningReport report = CommissioningReport.of(again, VerificationEvidence.load(again), REPORT_DATE,
                Instant.parse("2026-12-04T15:30:00Z"));
        Path file = folder.resolve("report.html");
        ReportHtml.write(report, file);
        // a copy to look at (rendered to PNG for the docs)
        Files.createDirectories(Path.of("target"));
        Files.copy(file, Path.of("target", "commissioning-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theReportCountsTheVerdictsAndListsTheOpenItems() throws IOException {
        CommissionedTwin twin = riverside.load();
        String html = commission();
        CommissionedTwin again = riverside.load();
        CommissioningReport report = CommissioningReport.of(again, VerificationEvidence.load(again), REPORT_DATE, MORNING);
        CommissioningReport.Totals totals = report.totals();
        assertEquals(twin.mappings().size(), totals.mappings());
        assertEquals(1, totals.failed());
        assertEquals(1, totals.notChecked());
        assertEquals(1, totals.invalidated());
        assertEquals(totals.mappings() - 3, totals.passed());
        assertEquals(3, report.openItems().size());
        assertTrue(html.contains("3 of 20 mappings are open items"), html);
        assertTrue(html.contains(">FAIL<") && html.contains(">PASS<") && html.contains(">NOT CHECKED<")
                && html.contains(">INVALIDATED<"), html);
        assertTrue(html.contains("mapping changed since it was verified on 2026-12-04 08:01 UTC by alice"), html);
        assertTrue(html.contains("Line AnodizingLine: Sulfuric acid anodizing line"), html);
        assertTrue(html.contains("CuringOven.Zone1: Zone 1 (heat-up)"), html);
        assertTrue(html.contains(">Temp_Sensor_7B<") && html.contains(">PLC4 holding:20<"), html);
        assertTrue(html.contains(">float32 CDAB<") && html.contains(">float32 ABCD<"), html);
        assertTrue(html.contains("observed 21.4 °C, expected 21.4 °C"), html);
        assertTrue(html.contains(report.modelVersion()) && report.modelVersion().startsWith("sha256:"), html);
    }

    @Test
    void theReportShowsTheCalibrationOfTheInstrumentsOnTheReportDate() throws IOException {
        String html = commission();
        CommissionedTwin twin = riverside.load();
        CommissioningReport report = CommissioningReport.of(twin, VerificationEvidence.load(twin), REPORT_DATE, MORNING);
        InstrumentCalibration tank2 = report.instruments().stream().filter(i -> i.instrument().equals("TT_Tank2"))
                .findFirst().orElseThrow();
        assertFalse(tank2.valid());
        assertEquals("RKL-2024-01187", tank2.certificate());
        assertEquals("Rheintal Kalibrierlabor GmbH", tank2.laboratory());
        assertEquals("expired on 2025-03-01", tank2.status());
        assertEquals(List.of(tank2), report.expiredInstruments());
        assertTrue(html.contains("<td>TT_Tank2</td><td>TT-201</td><td>RKL-2024-01187</td><td>Rheintal Kalibrierlabor GmbH"
                + "</td><td>DAkkS D-K-15072-01</td><td>2025-03-01</td><td class=\"calibration expired\">expired on 2025-03-01"
                + "</td>"), html);
        // TT_Tank1's older certificate ran out in June 2026; its newer one covers the report date
        assertTrue(html.contains("certificate RKL-2026-05233"), html);
        assertTrue(html.contains("valid until 2029-06-30"), html);
    }

    @Test
    void theReportEndsWithASignOffBlockForTheCommissioningEngineerAndTheQualityManager() throws IOException {
        String html = commission();
        int signOff = html.indexOf("<h2>Sign-off</h2>");
        assertTrue(signOff > 0, html);
        String block = html.substring(signOff);
        assertTrue(block.contains("<h3>Commissioning engineer</h3>") && block.contains("<h3>Quality manager</h3>"), block);
        assertEquals(2, block.split("<span class=\"label\">Signature</span>", -1).length - 1, block);
        assertTrue(html.contains("@media print"), "print stylesheet");
    }

    @Test
    void textFromTheEvidenceIsEscaped() throws IOException {
        String html = commission();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert('owned')&lt;/script&gt; &amp; HMI panel \"2\""), html);
    }

    @Test
    void noSecretLandsInAnyFileWritten() throws IOException {
        Path secret = Files.writeString(folder.resolve("oven2.pw"), PASSWORD, StandardCharsets.UTF_8);
        riverside.edit("password secret \"env:FB_OVEN2_PASSWORD\"", "password secret \"file:" + secret + "\"");
        commission();
        List<Path> written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.filter(p -> !p.equals(secret) && !p.getFileName().toString().matches("riverside\\.(twin|plant)"))
                    .toList();
        }
        assertEquals(List.of("report.html", "riverside.audit", "riverside.verification"),
                written.stream().map(p -> p.getFileName().toString()).sorted().toList());
        for (Path file : written) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains(PASSWORD), file + " contains the password");
            assertFalse(text.contains(secret.toString()), file + " contains the secret reference");
            assertFalse(text.contains("FB_OVEN2_PASSWORD"), file + " contains the secret reference");
        }
    }
}
