/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.fieldbridge.dsl.validation.TwinIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of register data type and plant signal data type, against a plant with one signal of
 * each kind: a wrong one gets its own code, on the mapping's line, with a message that says what to do.
 */
@DisplayName("Register type against plant signal type")
class MappingTypeTest {

    private static final String PLANT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plant="https://fieldbridge.org/plant/1.0">
              <enterprises name="Demo"><sites name="Site"><areas name="Area"><lines name="Line">
                <equipment name="P1">
                  <signals name="Running" kind="state" quantity="state" dataType="boolean"/>
                  <signals name="Mode" kind="state" quantity="state" dataType="integer"/>
                  <signals name="Strokes" kind="counter" quantity="count" dataType="integer"/>
                  <signals name="Batch" kind="counter" quantity="count" dataType="integer">
                    <validRange minimum="0.0" maximum="9999.0"/>
                  </signals>
                  <signals name="Temp" quantity="temperature" unit="CEL"><validRange minimum="0.0" maximum="250.0"/></signals>
                  <signals name="Recipe" quantity="dimensionless" dataType="string"/>
                </equipment>
              </lines></areas></sites></enterprises>
              <units commonCode="CEL" displayName="°C" description="degree Celsius"/>
            </plant:Plant>
            """;
    private static final String HEADER = "import \"types.plant\"\nconnection P1 modbus tcp \"127.0.0.1:5020\" unit 1\n";

    private static Path dir;

    @BeforeAll
    static void writePlant() throws IOException {
        dir = Files.createTempDirectory("mapping-types");
        Files.writeString(dir.resolve("types.plant"), PLANT);
    }

    @AfterAll
    static void removePlant() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static TwinTester.Checked check(String mapping) {
        try {
            Path file = Files.writeString(Files.createTempFile(dir, "types", ".twin"), HEADER + mapping + "\n");
            return TwinTester.checkFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> wrong() {
        return Stream.of(
                Arguments.of("map P1 holding 40020 float32 -> P1.Running", MAPPING_TYPE_FLOAT_INTO_BOOLEAN),
                Arguments.of("map P1 holding 40020 float64 -> P1.Running", MAPPING_TYPE_FLOAT_INTO_BOOLEAN),
                Arguments.of("map P1 holding 40020 int16 -> P1.Running", MAPPING_TYPE_INTEGER_INTO_BOOLEAN),
                Arguments.of("map P1 input 30020 uint32 -> P1.Running", MAPPING_TYPE_INTEGER_INTO_BOOLEAN),
                Arguments.of("map P1 holding 40020 string(4) -> P1.Running", MAPPING_TYPE_STRING_INTO_NUMBER),
                Arguments.of("map P1 holding 40020 float32 -> P1.Strokes", MAPPING_TYPE_FLOAT_INTO_INTEGER),
                Arguments.of("map P1 holding 40020 float64 -> P1.Mode", MAPPING_TYPE_FLOAT_INTO_INTEGER),
                Arguments.of("map P1 holding 40020 string(4) -> P1.Strokes", MAPPING_TYPE_STRING_INTO_NUMBER),
                Arguments.of("map P1 holding 40020 string(4) -> P1.Temp", MAPPING_TYPE_STRING_INTO_NUMBER),
                Arguments.of("map P1 holding 40020 int16 -> P1.Recipe", MAPPING_TYPE_NUMBER_INTO_STRING),
                Arguments.of("map P1 holding 40020 float32 -> P1.Recipe", MAPPING_TYPE_NUMBER_INTO_STRING),
                Arguments.of("map P1 coil 1 -> P1.Recipe", MAPPING_TYPE_NUMBER_INTO_STRING),
                Arguments.of("map P1 holding 40020 uint32 -> P1.Strokes { scale 0.5 }", MAPPING_TYPE_FRACTIONAL_SCALE),
                Arguments.of("map P1 holding 40020 int16 -> P1.Batch { offset 0.5 }", MAPPING_TYPE_FRACTIONAL_SCALE),
                Arguments.of("map P1 holding 40020 int16 -> P1.Temp { scale 0.001 }", MAPPING_TYPE_RANGE_BEYOND_REGISTER),
                Arguments.of("map P1 holding 40020 uint16 -> P1.Temp { offset 100 }", MAPPING_TYPE_RANGE_BEYOND_REGISTER),
                Arguments.of("map P1 holding 40020 int16 -> P1.Batch { scale 0 }", MAPPING_TYPE_RANGE_BEYOND_REGISTER),
                Arguments.of("map P1 coil 1 -> P1.Temp", MAPPING_TYPE_BOOLEAN_INTO_NUMBER),
                Arguments.of("map P1 discrete 1 -> P1.Strokes", MAPPING_TYPE_BOOLEAN_INTO_NUMBER),
                Arguments.of("map P1 holding 40020 bit 3 -> P1.Temp", MAPPING_TYPE_BIT_INTO_NUMBER),
                Arguments.of("map P1 holding 40020 bit 3 -> P1.Strokes", MAPPING_TYPE_BIT_INTO_NUMBER),
                Arguments.of("map P1 coil 1 -> P1.Running { scale 2 }", MAPPING_TYPE_SCALE_ON_NON_NUMBER),
                Arguments.of("map P1 holding 40020 string(4) -> P1.Recipe { offset 1 }", MAPPING_TYPE_SCALE_ON_NON_NUMBER));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("wrong")
    @DisplayName("a wrong combination is an error with its own code, on the mapping's line")
    void wrongCombination(String mapping, String code) {
        TwinTester.Checked checked = check(mapping);
        List<Issue> found = checked.withCode(code);
        assertEquals(1, found.size(), checked.describe());
        assertEquals(Severity.ERROR, found.get(0).getSeverity(), checked.describe());
        assertEquals(3, found.get(0).getLineNumber(), checked.describe());
        // a message that says what to do
        assertTrue(found.get(0).getMessage().matches(".*; (read|use|remove|make|widen).*"), found.get(0).getMessage());
        assertTrue(checked.syntaxErrors().isEmpty(), checked.describe());
    }

    static Stream<String> right() {
        return Stream.of(
                "map P1 coil 1 -> P1.Running",
                "map P1 discrete 1 -> P1.Running",
                "map P1 holding 40020 bit 3 -> P1.Running",
                "map P1 holding 40020 bit 3 -> P1.Mode",
                "map P1 holding 40020 int16 -> P1.Mode",
                "map P1 holding 40020 uint32 -> P1.Strokes",
                "map P1 holding 40020 int64 -> P1.Strokes { scale 2, offset 1 }",
                "map P1 holding 40020 int16 -> P1.Temp { scale 0.01 }",
                "map P1 holding 40020 float32 -> P1.Temp",
                "map P1 holding 40020 float64 -> P1.Temp { scale 0.5 }",
                "map P1 holding 40020 string(8) -> P1.Recipe");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("right")
    @DisplayName("a fitting combination has no type finding")
    void rightCombination(String mapping) {
        TwinTester.Checked checked = check(mapping);
        assertTrue(checked.issues().stream().noneMatch(i -> i.getCode() != null && i.getCode().startsWith("twin.mapping.type.")),
                checked.describe());
        assertTrue(checked.issues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), checked.describe());
    }

    @Test
    @DisplayName("an integer signal narrower than its register is a warning, not an error")
    void registerBeyondIntegerRange() {
        TwinTester.Checked checked = check("map P1 holding 40020 uint32 -> P1.Batch");
        List<Issue> found = checked.withCode(MAPPING_TYPE_REGISTER_BEYOND_RANGE);
        assertEquals(1, found.size(), checked.describe());
        assertEquals(Severity.WARNING, found.get(0).getSeverity());
        assertTrue(checked.issues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), checked.describe());
    }

    @Test
    @DisplayName("the issue's example: float32 into the boolean P1.Running is refused")
    void issueExample() {
        TwinTester.Checked checked = check("map P1 holding 40020 float32 -> P1.Running");
        assertEquals(1, checked.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count(),
                checked.describe());
    }
}
