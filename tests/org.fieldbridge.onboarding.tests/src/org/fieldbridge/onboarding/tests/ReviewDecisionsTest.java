/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.onboarding.ImportPreview;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.onboarding.Importer;
import org.fieldbridge.onboarding.PlannedSignal;
import org.fieldbridge.onboarding.ReviewDecisions;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review before writing (the workbench's import wizard): a preview writes nothing, rejected tags are neither
 * mapped nor in the plant, edited names, quantities and units are what gets written, and wrong edits are refused in
 * plant words before anything is written.
 */
@DisplayName("Applying review decisions to an import")
class ReviewDecisionsTest {

    @TempDir
    Path out;

    private ImportPreview preview(Importer importer) throws Exception {
        Path file = RepositoryRoot.find().resolve("examples/import/line7-registers.csv");
        return importer.preview(ImportRequest.of(List.of(file.toString()), out)
                .withPlant("Example.Eastgate.Pretreatment.Line7").withEndpoint("127.0.0.1:5020"));
    }

    private static PlannedSignal tag(ImportPreview preview, String name) {
        return preview.plan().signals().stream().filter(s -> s.tag().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPreviewWritesNothing() throws Exception {
        ImportPreview preview = preview(Onboarding.importer());
        assertEquals(13, preview.tags());
        assertEquals(13, preview.plan().signals().size());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aRejectedTagIsNeitherMappedNorInThePlantAndAnEditedNameIsWritten() throws Exception {
        Importer importer = Onboarding.importer();
        ImportPreview preview = preview(importer);
        PlannedSignal spare = tag(preview, "Spare_01");
        PlannedSignal temp = tag(preview, "Temp_Sensor_7A");
        ImportResult result = importer.write(preview, ReviewDecisions.none().reject(spare)
                .edit(temp, new ReviewDecisions.Edit("DegreaseTank", "BathTemperature", "temperature", "°C")));
        String twin = Files.readString(result.twinFile());
        String plant = Files.readString(result.plantFile());
        assertEquals(12, result.mapped(), result.summary());
        assertEquals(12, twin.lines().filter(l -> l.startsWith("map ")).count(), twin);
        assertFalse(twin.lines().anyMatch(l -> l.startsWith("map ") && l.contains("\"Spare_01\"")), twin);
        assertFalse(plant.contains("Spare"), plant);
        assertTrue(twin.contains("// rejected in the import review, not mapped:\n// Spare_01 (line7-registers.csv:13)"),
                twin);
        assertTrue(twin.lines().anyMatch(l -> l.startsWith("map PLC1 holding 40001 int16 \"Temp_Sensor_7A\" -> "
                + "DegreaseTank.BathTemperature { scale 0.1, unit degC }")), twin);
        assertTrue(twin.contains("// DegreaseTank.BathTemperature: temperature in degC, measurement, medium confidence: "
                + "edited in the import review (suggested Tank7A.BathTemp, temperature in degC)"), twin);
        assertTrue(plant.contains("name=\"DegreaseTank\""), plant);
        assertTrue(plant.contains("name=\"BathTemperature\""), plant);
        assertFalse(result.review().stream().anyMatch(r -> r.tag().equals("Spare_01")), result.review().toString());
        CheckReport report = Onboarding.check(out);
        assertEquals(0, report.errors(), () -> Onboarding.lines(report) + "\n" + twin);
    }

    @Test
    void anEditedQuantityAndUnitAnswerTheReview() throws Exception {
        Importer importer = Onboarding.importer();
        ImportPreview preview = preview(importer);
        PlannedSignal spare = tag(preview, "Spare_01");
        assertTrue(spare.suggestion().needsReview());
        ImportResult result = importer.write(preview, ReviewDecisions.none()
                .edit(spare, new ReviewDecisions.Edit("Spare01", "Pressure", "pressure", "bar")));
        String twin = Files.readString(result.twinFile());
        assertTrue(twin.contains("map PLC1 holding 40040 int16 \"Spare_01\" -> Spare01.Pressure { unit bar }"), twin);
        assertFalse(twin.contains("Spare01.Spare_01: quantity unknown"), twin);
        assertFalse(result.review().stream().anyMatch(r -> r.tag().equals("Spare_01")), result.review().toString());
        assertEquals(0, Onboarding.check(out).errors());
    }

    @Test
    void aWrongEditIsRefusedInPlantWordsAndNothingIsWritten() throws Exception {
        Importer importer = Onboarding.importer();
        ImportPreview preview = preview(importer);
        PlannedSignal temp = tag(preview, "Temp_Sensor_7A");
        PlannedSignal level = tag(preview, "Level_7A");
        assertEquals("Temp_Sensor_7A: '7A' is not a name (letters, digits and _, not starting with a digit)",
                assertThrows(IllegalArgumentException.class, () -> importer.write(preview, ReviewDecisions.none()
                        .edit(temp, new ReviewDecisions.Edit("7A", "Temp", "temperature", "degC")))).getMessage());
        assertEquals("Temp_Sensor_7A: unit 'bar' does not measure temperature: choose a unit of that quantity",
                assertThrows(IllegalArgumentException.class, () -> importer.write(preview, ReviewDecisions.none()
                        .edit(temp, new ReviewDecisions.Edit("Tank7A", "Temp", "temperature", "bar")))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> importer.write(preview, ReviewDecisions.none()
                .edit(level, new ReviewDecisions.Edit("Tank7A", "BathTemp", "level", "%")))).getMessage()
                .startsWith("Tank7A.BathTemp is the name of two accepted tags"));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }
}
