/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fieldbridge.codegen.GenerationMonitor;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.dsl.check.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error in the inputs stops the generation with a located finding, and nothing is written. */
@DisplayName("Errors in the inputs")
class ErrorsTest {

    private static Path models(Path dir, String twinBody) throws IOException {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("demo.plant"), TestPlants.simplePlant());
        Projects.write(models.resolve("demo.twin"), TestPlants.simpleTwin(twinBody));
        return models;
    }

    private static Finding only(GenerationResult result, String code) {
        return result.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + result.findings()));
    }

    @Test
    @DisplayName("a checker error is reported with file, line and column and nothing is written")
    void checkerError(@TempDir Path dir) throws IOException {
        Path models = models(dir, "alarm TooHot: E1.T1 > 50 furlongs\n");
        Path out = dir.resolve("out");
        GenerationResult result = Projects.generate(out, models);
        assertTrue(result.hasErrors());
        Finding finding = only(result, "twin.unit.unknown");
        assertTrue(finding.file().endsWith("demo.twin"), finding.file());
        assertEquals(7, finding.line());
        assertTrue(finding.column() > 1);
        assertTrue(result.files().isEmpty());
        assertFalse(Files.exists(out), "the output folder was created");
    }

    @Test
    @DisplayName("an error leaves an earlier generation exactly as it was")
    void earlierGenerationUntouched(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        Path out = dir.resolve("out");
        Projects.generateClean(out, models);
        Map<String, byte[]> before = Projects.files(out);
        Path twin = models.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin).replace("severity 700", "severity 7000"));
        GenerationResult result = Projects.generate(out, models);
        assertEquals("twin.alarm.severity", only(result, "twin.alarm.severity").code());
        DeterminismTest.assertSameFiles(before, Projects.files(out));
    }

    @Test
    @DisplayName("a behaviour on a signal no mapping reads is the generator's error, located at the behaviour")
    void behaviourOnUnmappedSignal(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("demo.plant"), TestPlants.plant("", "<equipment name=\"E1\">"
                + TestPlants.temperature("T1") + TestPlants.temperature("T9") + "</equipment>\n", ""));
        Projects.write(models.resolve("demo.twin"), """
                package demo.unmapped
                import "demo.plant"
                connection PLC modbus tcp "127.0.0.1:5020" unit 1
                map PLC holding 1 int16 -> E1.T1 { scale 0.1, unit degC }

                alarm Hot: E1.T9 > 90 degC
                """);
        Path out = dir.resolve("out");
        GenerationResult result = Projects.generate(out, models);
        Finding finding = only(result, "codegen.signal.unmapped");
        assertEquals(6, finding.line());
        assertEquals(1, finding.column());
        assertTrue(finding.message().contains("Demo.Site.Area.Line.E1.T9"), finding.message());
        assertFalse(Files.exists(out));
    }

    @Test
    @DisplayName("a behaviour named like an element of its equipment is refused (the node ids would clash)")
    void behaviourNameClash(@TempDir Path dir) throws IOException {
        GenerationResult result = Projects.generate(dir.resolve("out"), models(dir, "alarm T2: E1.T1 > 90 degC\n"));
        assertEquals(7, only(result, "codegen.name.collision").line());
    }

    @Test
    @DisplayName("a plant name that cannot be an OPC UA browse name is refused at the mapping")
    void invalidBrowseName(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("demo.plant"), TestPlants.plant("", "<equipment name=\"_E1\">"
                + TestPlants.temperature("T1") + "</equipment>\n", ""));
        Projects.write(models.resolve("demo.twin"), """
                import "demo.plant"
                connection PLC modbus tcp "127.0.0.1:5020" unit 1
                map PLC holding 1 int16 -> _E1.T1 { scale 0.1, unit degC }
                """);
        GenerationResult result = Projects.generate(dir.resolve("out"), models);
        Finding finding = only(result, "codegen.name.browseName");
        assertEquals(3, finding.line());
        assertTrue(finding.message().contains("'_E1'"), finding.message());
    }

    @Test
    @DisplayName("a deprecated OPC UA security policy the runtime cannot speak is refused at its setting")
    void deprecatedPolicy(@TempDir Path dir) throws IOException {
        GenerationResult result = Projects.generate(dir.resolve("out"), models(dir, """
                connection Old opcua "opc.tcp://127.0.0.1:4841/x" {
                    security Basic128Rsa15 sign
                }
                """));
        assertEquals(8, only(result, "codegen.opcua.security").line());
    }

    @Test
    @DisplayName("inputs without a .twin file are an error, not an exception")
    void noTwinFile(@TempDir Path dir) throws IOException {
        Path plant = Projects.write(dir.resolve("demo.plant"), TestPlants.simplePlant());
        GenerationResult result = Projects.generate(dir.resolve("out"), plant);
        assertEquals(RuntimeGenerator.CODE_NO_INPUT, result.findings().get(0).code());
        assertTrue(result.files().isEmpty());
    }

    @Test
    @DisplayName("a canceled generation writes nothing")
    void canceled(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        GenerationResult result = Projects.generator().generate(java.util.List.of(Projects.riverside()), out,
                new GenerationMonitor() {
                    private int steps;

                    @Override
                    public void step(String what, int done, int total) {
                        steps++;
                    }

                    @Override
                    public boolean isCanceled() {
                        return steps >= 3; // after checking, before writing
                    }
                });
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals(RuntimeGenerator.CODE_CANCELED)));
        assertFalse(Files.exists(out));
    }
}
