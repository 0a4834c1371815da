/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.fieldbridge.dsl.validation.TwinIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Signal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;


/**
 * Revalidation after edits keeps resolved references and the findings of untouched statements (the
 * incremental path); whatever was edited, it must report exactly what a fresh check of the new text
 * reports.
 */
@DisplayName("Revalidation after an edit")
class RevalidationTest {

    /** One edit of the current text: the first occurrence of a snippet is replaced. */
    record Edit(String find, String replacement, String expectedCode) {
    }

    private static String text(XtextResource resource) {
        return resource.getParseResult().getRootNode().getText();
    }

    private static void apply(XtextResource resource, Edit edit) {
        String text = text(resource);
        int at = text.indexOf(edit.find());
        assertTrue(at >= 0, "not in the text: " + edit.find());
        resource.update(at, edit.find().length(), edit.replacement());
    }

    private static String describe(List<Issue> issues) {
        return issues.stream()
                .map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getCode() + " "
                        + i.getMessage())
                .sorted().collect(Collectors.joining("\n"));
    }

    @Test
    @DisplayName("reports after every edit what a fresh check of the edited text reports")
    void sameAsAFreshCheck() throws IOException {
        String example = Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        XtextResource resource = TwinTester.load(TwinTester.injector(), example);
        assertEquals(describe(TwinTester.check(example).issues()), describe(TwinTester.validate(resource)));
        List<Edit> edits = List.of(
                // inside one mapping: an option, the signal, back again
                new Edit("scale 0.1, unit degC, valid 0 .. 40 }", "scale 0.2, unit degC, valid 0 .. 40 }", null),
                new Edit("-> Tank3.BathTemp {", "-> Tank3.BathTmp {", SIGNAL_UNRESOLVED),
                new Edit("-> Tank3.BathTmp {", "-> Tank3.BathTemp {", null),
                new Edit("{ unit A }", "{ unit bar }", UNIT_MISMATCH),
                new Edit("{ unit bar }", "{ unit A }", null),
                // statements related through the whole file
                new Edit("\"Temp_SP_7B\" -> Tank3.BathTempSetpoint", "\"Temp_SP_7B\" -> Tank3.BathTemp",
                        MAPPING_DUPLICATE_SIGNAL),
                new Edit("\"Temp_SP_7B\" -> Tank3.BathTemp", "\"Temp_SP_7B\" -> Tank3.BathTempSetpoint", null),
                new Edit("holding 40022 int16", "holding 40021 int16", MODBUS_OVERLAP),
                new Edit("holding 40021 int16 \"Temp_SP", "holding 40022 int16 \"Temp_SP", null),
                // connections: settings, names
                new Edit("sampling 100 ms", "sampling 5 s", ALIGNMENT_STALE_TOO_SOON),
                new Edit("sampling 5 s", "sampling 100 ms", null),
                new Edit("connection PLC4 modbus", "connection PLC5 modbus", CONNECTION_UNRESOLVED),
                new Edit("connection PLC5 modbus", "connection PLC4 modbus", null),
                // the import
                new Edit("import \"riverside.plant\"", "import \"elsewhere.plant\"", IMPORT_UNRESOLVED),
                new Edit("import \"elsewhere.plant\"", "import \"riverside.plant\"", null),
                // behaviours
                new Edit("> 24.5 degC", "> 124.5 degC", THRESHOLD_OUTSIDE_RANGE),
                new Edit("> 124.5 degC", "> 24.5 degC", null),
                // lines and comments added and removed
                new Edit("map Oven2 \"ns=2;s=Zone3.SP\"", "/* a note */ map Oven2 \"ns=2;s=Zone3.SP\"", null),
                new Edit("/* a note */ ", "/* a note\n   on two lines */\n", null),
                new Edit("map PLC4 coil 1 \"Agitator_1\" -> Tank1.AgitatorRunning\n", "", null),
                new Edit("map PLC4 discrete 2", "map PLC4 coil 1 \"Agitator_1\" -> Tank1.AgitatorRunning\nmap PLC4 discrete 2",
                        null),
                new Edit("map PLC4 holding 40030 bit 0", "map PLC4 holding 40030 bit 0 \"x\" -> Tank3.BathTemp\nmap PLC4 holding 40031 bit 0",
                        MAPPING_DUPLICATE_SIGNAL),
                new Edit("package acme.riverside", "package acme.riverside.north", MAPPING_DUPLICATE_SIGNAL),
                // a calibration acceptance written, dated back, removed
                new Edit("map PLC4 holding-register:11:INT", "// calibration accepted: TT_Tank2 until 2026-11-30: ordered\n"
                        + "map PLC4 holding-register:11:INT", null),
                new Edit("until 2026-11-30", "until 2026-10-30", CALIBRATION_EXPIRED),
                new Edit("// calibration accepted: TT_Tank2 until 2026-10-30: ordered\n", "", CALIBRATION_EXPIRED));
        for (Edit edit : edits) {
            apply(resource, edit);
            List<Issue> incremental = TwinTester.validate(resource);
            String fresh = describe(TwinTester.check(text(resource)).issues());
            assertEquals(fresh, describe(incremental), "after replacing '" + edit.find() + "'");
            if (edit.expectedCode() != null) {
                assertTrue(incremental.stream().anyMatch(i -> edit.expectedCode().equals(i.getCode())),
                        edit.expectedCode() + " expected after replacing '" + edit.find() + "':\n"
                                + describe(incremental));
            }
        }
    }

    @Test
    @DisplayName("keeps the references of the statements an edit did not touch")
    void keepsUntouchedReferences() {
        String text = TwinTester.HEADER + """
                map PLC4 holding 1 int16 "A" -> Tank3.BathTempSetpoint { scale 0.1 }
                map PLC4 holding 2 int16 "B" -> Tank3.RectifierCurrent
                """;
        XtextResource resource = TwinTester.load(TwinTester.injector(), text);
        assertTrue(TwinTester.validate(resource).isEmpty(), () -> describe(TwinTester.validate(resource)));
        TwinModel model = (TwinModel) resource.getContents().get(0);
        Mapping untouched = (Mapping) model.getElements().get(3);
        Signal before = (Signal) untouched.eGet(untouched.eClass().getEStructuralFeature("signal"), false);
        assertFalse(before.eIsProxy());
        apply(resource, new Edit("scale 0.1", "scale 0.2", null));
        assertTrue(TwinTester.validate(resource).isEmpty(), () -> describe(TwinTester.validate(resource)));
        // not a new proxy resolved to the same signal: the very reference was kept
        assertSame(untouched, model.getElements().get(3));
        EObject after = (EObject) untouched.eGet(untouched.eClass().getEStructuralFeature("signal"), false);
        assertSame(before, after);
        assertFalse(after.eIsProxy());
    }

    @Test
    @DisplayName("checks an edited plant model again without an edit of the .twin file")
    void plantChanges() {
        XtextResource resource = TwinTester.load(TwinTester.injector(),
                TwinTester.HEADER + "alarm Hot: Tank3.BathTemp > 30 degC\n");
        assertTrue(TwinTester.validate(resource).isEmpty(), () -> describe(TwinTester.validate(resource)));
        Alarm alarm = (Alarm) ((TwinModel) resource.getContents().get(0)).getElements().get(2);
        Signal bathTemp = alarm.getSignal();
        bathTemp.getValidRange().setMaximum(25);
        try {
            List<Issue> issues = TwinTester.validate(resource);
            assertEquals(List.of(THRESHOLD_OUTSIDE_RANGE), issues.stream().map(Issue::getCode).toList(),
                    describe(issues));
        } finally {
            bathTemp.getValidRange().setMaximum(40);
        }
    }

    @Test
    @DisplayName("warns about a calibration that expired overnight on the next validation, without an edit")
    void calibrationExpiresOvernight() {
        try {
            TwinTester.CLOCK.moveTo(LocalDate.of(2029, 9, 30));
            XtextResource resource = TwinTester.load(TwinTester.injector(), TwinTester.HEADER
                    + "map Oven2 \"ns=2;s=T3\" -> Tank3.BathTemp\n");
            assertTrue(TwinTester.validate(resource).isEmpty(), () -> describe(TwinTester.validate(resource)));
            TwinTester.CLOCK.moveTo(LocalDate.of(2029, 10, 1));
            assertEquals(List.of(CALIBRATION_EXPIRED),
                    TwinTester.validate(resource).stream().map(Issue::getCode).toList());
        } finally {
            TwinTester.CLOCK.moveTo(TwinTester.TODAY);
        }
    }
}
