/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.diagnostics.Severity;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Calibration of the instruments behind mapped signals")
class CalibrationTest {

    @Test
    @DisplayName("an overdue instrument gives a warning naming the certificate and its due date")
    void overdueInstrumentWarns() {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=T2\" -> Tank2.BathTemp\n");
        var issues = checked.withCode(TwinIssueCodes.CALIBRATION_EXPIRED);
        assertEquals(1, issues.size(), checked.describe());
        assertEquals(Severity.WARNING, issues.get(0).getSeverity());
        assertEquals(checked.lineOf("Tank2.BathTemp"), issues.get(0).getLineNumber());
        assertTrue(issues.get(0).getMessage().contains("TT_Tank2 (TT-201)"), issues.get(0).getMessage());
        assertTrue(issues.get(0).getMessage().contains("RKL-2024-01187 was due on 2025-03-01"), issues.get(0).getMessage());
        assertEquals("TT_Tank2", issues.get(0).getData()[0]);
    }

    @Test
    @DisplayName("a calibrated instrument, or a signal without instrument, gives no warning")
    void calibratedInstrumentIsQuiet() {
        var checked = TwinTester.checkBody("""
                map Oven2 "ns=2;s=T3" -> Tank3.BathTemp
                map Oven2 "ns=2;s=SP3" -> Tank3.BathTempSetpoint
                map Oven2 "ns=2;s=T1" -> Tank1.BathTemp
                """);
        assertTrue(checked.issues().isEmpty(), checked.describe());
    }

    @Test
    @DisplayName("a verdict on an overdue instrument warns too")
    void verdictOnOverdueInstrumentWarns() {
        var checked = TwinTester.checkBody("verdict V: Tank2.BathTemp within 18 .. 22 degC\n");
        assertEquals(1, checked.withCode(TwinIssueCodes.CALIBRATION_EXPIRED).size(), checked.describe());
    }

    @Test
    @DisplayName("an instrument without any calibration record gives twin.calibration.missing")
    void instrumentWithoutRecordWarns(@TempDir Path dir) throws IOException {
        String plant = Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.plant"),
                StandardCharsets.UTF_8);
        int start = plant.indexOf("<calibrations certificateId=\"RKL-2026-02210\"");
        int end = plant.indexOf("/>", start) + 2;
        Files.writeString(dir.resolve("p.plant"), plant.substring(0, start) + plant.substring(end), StandardCharsets.UTF_8);
        Path twin = dir.resolve("t.twin");
        Files.writeString(twin, """
                import "p.plant"
                connection Oven2 opcua { security Basic256Sha256 sign-and-encrypt }
                map Oven2 "ns=2;s=T3" -> Tank3.BathTemp
                map Oven2 "ns=2;s=T1" -> Tank1.BathTemp
                """, StandardCharsets.UTF_8);
        var checked = TwinTester.checkFile(twin);
        var issues = checked.withCode(TwinIssueCodes.CALIBRATION_MISSING);
        assertEquals(1, issues.size(), checked.describe());
        assertEquals(3, issues.get(0).getLineNumber());
        assertEquals(1, checked.issues().size(), checked.describe());
    }

    @Test
    @DisplayName("an acceptance comment above the mapping silences the warning until its day")
    void acceptanceSilencesUntilItsDay() {
        String mapping = "map Oven2 \"ns=2;s=T2\" -> Tank2.BathTemp\n";
        var accepted = TwinTester.checkBody("// calibration accepted: TT_Tank2 until " + TwinTester.TODAY
                + ": recalibration ordered\n" + mapping);
        assertTrue(accepted.issues().isEmpty(), accepted.describe());

        var ranOut = TwinTester.checkBody("// calibration accepted: TT_Tank2 until " + TwinTester.TODAY.minusDays(1)
                + ": recalibration ordered\n" + mapping);
        var issues = ranOut.withCode(TwinIssueCodes.CALIBRATION_EXPIRED);
        assertEquals(1, issues.size(), ranOut.describe());
        assertTrue(issues.get(0).getMessage().endsWith("The acceptance above the statement ran out on "
                + TwinTester.TODAY.minusDays(1) + "."), issues.get(0).getMessage());
    }

    @Test
    @DisplayName("an acceptance counts only for its instrument and only directly above the statement")
    void acceptanceIsSpecific() {
        String mapping = "map Oven2 \"ns=2;s=T2\" -> Tank2.BathTemp\n";
        String until = " until " + TwinTester.TODAY.plusDays(10) + ": ordered\n";
        var otherInstrument = TwinTester.checkBody("// calibration accepted: TT_Tank3" + until + mapping);
        assertEquals(1, otherInstrument.withCode(TwinIssueCodes.CALIBRATION_EXPIRED).size(), otherInstrument.describe());
        var notDirectlyAbove = TwinTester.checkBody("// calibration accepted: TT_Tank2" + until + "\n" + mapping);
        assertEquals(1, notDirectlyAbove.withCode(TwinIssueCodes.CALIBRATION_EXPIRED).size(),
                notDirectlyAbove.describe());
        var amongOtherComments = TwinTester.checkBody("// calibration accepted: TT_Tank2" + until
                + "// tank 2 bath temperature\n" + mapping);
        assertTrue(amongOtherComments.issues().isEmpty(), amongOtherComments.describe());
    }
}
