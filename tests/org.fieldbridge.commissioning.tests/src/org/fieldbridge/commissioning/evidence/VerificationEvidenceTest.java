/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldbridge.commissioning.evidence.MappingStatus.State;
import org.fieldbridge.commissioning.evidence.VerificationEvidence.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationEvidenceTest {

    private static final Instant MORNING = Instant.parse("2026-12-03T09:14:07Z");

    @TempDir
    Path folder;

    private RiversideCopy riverside;

    @BeforeEach
    void copyTheExample() throws IOException {
        riverside = new RiversideCopy(folder);
    }

    private static Statement pass(String by) {
        return new Statement(Verdict.PASS, "21.4", "21.4", "matches the HMI", by);
    }

    /** Verifies every mapping of the file as passed, one minute apart. */
    private void verifyEverything() throws IOException {
        CommissionedTwin twin = riverside.load();
        VerificationEvidence evidence = VerificationEvidence.load(twin);
        Instant at = MORNING;
        for (CommissionedMapping mapping : twin.mappings()) {
            evidence.record(mapping, pass("alice"), at);
            at = at.plusSeconds(60);
        }
    }

    private Map<String, State> statesAfterReload() throws IOException {
        VerificationEvidence evidence = VerificationEvidence.load(riverside.load());
        return evidence.statuses().stream().collect(Collectors.toMap(s -> s.mapping().identity().signal(),
                MappingStatus::state));
    }

    private static List<String> changed(Map<String, State> states) {
        return states.entrySet().stream().filter(e -> e.getValue() != State.PASS).map(Map.Entry::getKey).sorted()
                .toList();
    }

    @Test
    void theExampleHasTwentyMappingsWithoutErrors() throws IOException {
        CommissionedTwin twin = riverside.load();
        assertFalse(twin.hasErrors(), twin.findings().toString());
        assertEquals(20, twin.mappings().size());
        assertTrue(twin.modelVersion().matches("sha256:[0-9a-f]{16}"), twin.modelVersion());
    }

    @Test
    void recordsSurviveAReload() throws IOException {
        CommissionedTwin twin = riverside.load();
        CommissionedMapping bath = RiversideCopy.mapping(twin, "Tank3.BathTemp");
        VerificationEvidence.load(twin).record(bath,
                new Statement(Verdict.PASS, "21.4", "21.5", "HMI panel 2 shows 21.5 °C", "alice"), MORNING);

        CommissionedTwin again = riverside.load();
        MappingStatus status = VerificationEvidence.load(again).statusOf(RiversideCopy.mapping(again, "Tank3.BathTemp"));
        assertEquals(State.PASS, status.state());
        VerificationRecord latest = status.latest();
        assertEquals("21.4", latest.observed());
        assertEquals("21.5", latest.expected());
        assertEquals("degC", latest.unit());
        assertEquals("alice", latest.by());
        assertEquals(MORNING, latest.at());
        assertEquals("HMI panel 2 shows 21.5 °C", latest.comment());
        assertEquals(bath.facts().hash(), latest.mappingHash());
        assertEquals(State.NOT_CHECKED, VerificationEvidence.load(again)
                .statusOf(RiversideCopy.mapping(again, "Tank2.BathTemp")).state());
    }

    @Test
    void severalRecordsOfAMappingAreItsHistoryAndTheLatestCounts() throws IOException {
        CommissionedTwin twin = riverside.load();
        CommissionedMapping current = RiversideCopy.mapping(twin, "Tank3.RectifierCurrent");
        VerificationEvidence evidence = VerificationEvidence.load(twin);
        evidence.record(current, new Statement(Verdict.FAIL, "-1.2e-38", "812", "garbage: word order?", "bob"),
                MORNING);
        evidence.record(current, new Statement(Verdict.PASS, "812.5", "812", "", "bob"), MORNING.plusSeconds(600));

        CommissionedTwin again = riverside.load();
        MappingStatus status = VerificationEvidence.load(again)
                .statusOf(RiversideCopy.mapping(again, "Tank3.RectifierCurrent"));
        assertEquals(State.PASS, status.state());
        assertEquals(2, status.history().size());
        assertEquals(Verdict.FAIL, status.history().get(0).verdict());
        assertEquals("812.5", status.latest().observed());
    }

    @Test
    void changingAMappingsWordOrderInvalidatesExactlyItsRecord() throws IOException {
        verifyEverything();
        riverside.edit("-> Tank3.RectifierCurrent { unit A }", "-> Tank3.RectifierCurrent { unit A, word order big }");

        Map<String, State> states = statesAfterReload();
        assertEquals(List.of("Acme.Riverside.Finishing.AnodizingLine.Tank3.RectifierCurrent"), changed(states));
        assertEquals(State.INVALIDATED, states.get("Acme.Riverside.Finishing.AnodizingLine.Tank3.RectifierCurrent"));
    }

    @Test
    void changingAMappingsScaleInvalidatesExactlyItsRecord() throws IOException {
        verifyEverything();
        riverside.edit("\"Temp_Sensor_1A\" -> Tank1.BathTemp { scale 0.1,", "\"Temp_Sensor_1A\" -> Tank1.BathTemp { scale 0.01,");

        assertEquals(List.of("Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp"), changed(statesAfterReload()));
    }

    @Test
    void anInvalidatedRecordSaysWhenItWasVerifiedAndStaysInTheHistory() throws IOException {
        verifyEverything();
        riverside.edit("map PLC4 holding 40021 int16", "map PLC4 holding 40024 int16");

        CommissionedTwin twin = riverside.load();
        MappingStatus status = VerificationEvidence.load(twin).statusOf(RiversideCopy.mapping(twin, "Tank3.BathTemp"));
        assertEquals(State.INVALIDATED, status.state());
        assertTrue(status.isOpen());
        assertEquals("invalidated (mapping changed since it was verified on 2026-12-03 09:22 UTC by alice)",
                status.describe());
    }

    @Test
    void respellingAMappingKeepsItsEvidence() throws IOException {
        verifyEverything();
        riverside.edit("map PLC4 holding 40021 int16 \"Temp_Sensor_7B\" -> Tank3.BathTemp { scale 0.1, unit degC, valid 0 .. 40 }",
                "map PLC4 4x0021 int16 \"TT-301 bath\" -> Tank3.BathTemp { scale 0.10, unit CEL, valid 0.0 .. 40 }");

        assertEquals(List.of(), changed(statesAfterReload()));
    }

    @Test
    void theWordOrderOfASingleRegisterValueDoesNotCount() throws IOException {
        verifyEverything();
        riverside.edit("-> Tank3.BathTempSetpoint { scale 0.1, offset 0, unit degC }",
                "-> Tank3.BathTempSetpoint { scale 0.1, unit degC, word order big }");

        assertEquals(List.of(), changed(statesAfterReload()));
    }

    @Test
    void movingAControllerInThePlantInvalidatesTheRecordsOfItsMappingsOnly() throws IOException {
        verifyEverything();
        Path plant = folder.resolve("riverside.plant");
        String text = Files.readString(plant, StandardCharsets.UTF_8);
        Files.writeString(plant, text.replace("host=\"127.0.0.1\" port=\"5020\"", "host=\"127.0.0.1\" port=\"5021\""),
                StandardCharsets.UTF_8);

        List<String> changed = changed(statesAfterReload());
        assertEquals(12, changed.size(), changed.toString());
        assertTrue(changed.stream().allMatch(s -> s.contains(".AnodizingLine.")), changed.toString());
    }

    @Test
    void theHashDependsOnWhatIsReadNotOnWhereTheMappingIsWritten() throws IOException {
        CommissionedTwin twin = riverside.load();
        CommissionedMapping tank1 = RiversideCopy.mapping(twin, "Tank1.BathTemp");
        CommissionedMapping tank3 = RiversideCopy.mapping(twin, "Tank3.BathTemp");
        assertNotEquals(tank1.facts().hash(), tank3.facts().hash());
        assertEquals("holding:20", tank3.facts().fact("address"));
        assertEquals("127.0.0.1:5020", tank3.facts().fact("endpoint"));
        assertEquals("CEL", tank3.facts().fact("unit"));
        assertEquals("little", RiversideCopy.mapping(twin, "Tank3.RectifierCurrent").facts().fact("word-order"));
        assertEquals("big", RiversideCopy.mapping(twin, "Tank2.RectifierCurrent").facts().fact("word-order"));
    }
}
