/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.check.TwinCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate` and `check` report a plant's problems through one implementation: the same findings. */
@DisplayName("Plant findings of generate and check")
class PlantFindingsTest {

    private static final TwinCheck CHECK = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration()
            .getInstance(TwinCheck.class);

    private static List<Finding> ofPlant(List<Finding> findings, Path plant) {
        return findings.stream().filter(f -> f.file().equals(plant.toString())).toList();
    }

    private static void assertSameAsCheck(Path models, Path plant) throws IOException {
        GenerationResult generated = Projects.generate(models.resolveSibling("out"), models);
        List<Finding> fromGenerate = ofPlant(generated.findings(), plant);
        List<Finding> fromCheck = ofPlant(CHECK.checkAll(TwinCheck.checkedFiles(List.of(models))).findings(), plant);
        assertFalse(fromGenerate.isEmpty(), generated.findings().toString());
        assertEquals(fromCheck, fromGenerate);
        assertTrue(generated.files().isEmpty());
    }

    @Test
    @DisplayName("a plant breaking its own rules gives the same positioned errors")
    void plantRules(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        Path plant = models.resolve("riverside.plant");
        Files.writeString(plant, Files.readString(plant)
                .replaceFirst("<validRange minimum=\"0.0\" maximum=\"40.0\"/>", "<validRange minimum=\"150.0\" maximum=\"0.0\"/>")
                .replace("host=\"127.0.0.1\" port=\"5020\"", "host=\"127.0.0.1\" port=\"5020\" unitId=\"300\""));
        assertSameAsCheck(models, plant);
        List<String> codes = ofPlant(Projects.generate(dir.resolve("out2"), models).findings(), plant).stream()
                .map(Finding::code).toList();
        assertTrue(codes.contains("plant.signal.range.invalid") && codes.contains("plant.modbus.unitId.invalid"),
                codes.toString());
    }

    @Test
    @DisplayName("a truncated plant gives the same positioned plant.syntax error")
    void truncatedPlant(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        Path plant = models.resolve("riverside.plant");
        byte[] bytes = Files.readAllBytes(plant);
        Files.write(plant, Arrays.copyOf(bytes, bytes.length / 2));
        assertSameAsCheck(models, plant);
        Finding first = ofPlant(Projects.generate(dir.resolve("out2"), models).findings(), plant).get(0);
        assertEquals("plant.syntax", first.code());
        assertTrue(first.line() > 1, first.toString());
    }

    @Test
    @DisplayName("a plant in another encoding gives the same positioned plant.syntax error")
    void latin1Plant(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        Path plant = models.resolve("riverside.plant");
        Files.write(plant, Files.readString(plant).replace("Riverside works", "Riverside w\u00f6rks")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertSameAsCheck(models, plant);
    }

    @Test
    @DisplayName("the example's expired calibration is reported once, at the mapping, by both")
    void calibrationOnce(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        GenerationResult generated = Projects.generateClean(dir.resolve("out"), models);
        assertEquals(List.of("twin.calibration.expired"), generated.findings().stream().map(Finding::code).toList());
        assertEquals(generated.findings(), CHECK.checkAll(TwinCheck.checkedFiles(List.of(models))).findings());
    }
}
