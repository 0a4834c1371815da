/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.model.JavaNames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Java names derived from plant and .twin names are valid and unique, however awkward the names. */
@DisplayName("Java names")
class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "BathTemp, BATH_TEMP", "Tank3, TANK3", "PLC4Temp, PLC4_TEMP", "ABCValue, ABC_VALUE",
            "Bath_Temp, BATH_TEMP", "_x, _X", "already_UPPER, ALREADY_UPPER" })
    @DisplayName("constants are upper snake case")
    void upperSnake(String name, String expected) {
        assertEquals(expected, JavaNames.upperSnake(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "BathTooHot, bathTooHot", "PLC4, plc4", "PLCTemp, plcTemp", "Oven2, oven2", "class, class_",
            "new, new_", "_, __", "Tank, tank", "9lives, x9lives" })
    @DisplayName("method names are lower camel case and never keywords")
    void lowerCamel(String name, String expected) {
        assertEquals(expected, JavaNames.lowerCamel(name));
    }

    @Test
    @DisplayName("package segments are lower case identifiers and never keywords")
    void packageSegments() {
        assertEquals(List.of("acme", "new_", "int_", "x_y"), List.of("Acme", "new", "INT", "x_y").stream()
                .map(JavaNames::packageSegment).toList());
    }

    @Test
    @DisplayName("a model full of keywords, clashing and near-clashing names generates valid, unique names that compile")
    void awkwardModel(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        String line2 = "</lines><lines name=\"Line2\">\n";
        Projects.write(models.resolve("odd.plant"), TestPlants.plant("",
                "<equipment name=\"class\">" + TestPlants.temperature("int") + TestPlants.temperature("Bath_Temp")
                        + TestPlants.temperature("BathTemp") + TestPlants.temperature("BATH_TEMP") + "</equipment>\n"
                        + "<equipment name=\"Tank3\">" + TestPlants.temperature("BathTemp") + "</equipment>\n" + line2
                        + "<equipment name=\"Tank3\">" + TestPlants.temperature("BathTemp") + "</equipment>\n"
                        + "<equipment name=\"Tank_3\">" + TestPlants.temperature("BathTemp") + "</equipment>\n",
                ""));
        Projects.write(models.resolve("odd.twin"), """
                package demo.^new.twin
                import "odd.plant"
                connection ^new modbus tcp "127.0.0.1:5020" unit 1
                connection record modbus tcp "127.0.0.1:5021" unit 2
                map ^new holding 1 int16 -> class.int { unit degC }
                map ^new holding 2 int16 -> class.Bath_Temp { unit degC }
                map ^new holding 3 int16 -> class.BathTemp { unit degC }
                map ^new holding 4 int16 -> class.BATH_TEMP { unit degC }
                map record holding 1 int16 -> Line.Tank3.BathTemp { unit degC }
                map record holding 2 int16 -> Line2.Tank3.BathTemp { unit degC }
                map record holding 3 int16 -> Tank_3.BathTemp { unit degC }
                alarm assert: class.int > 50 degC
                alarm description: class.BathTemp > 50 degC
                alarm publishAssert: class.BathTemp > 60 degC
                """);
        Path project = dir.resolve("project");
        GenerationResult result = Projects.generateClean(project, models);
        assertEquals("demo.new_.twin.runtime.TwinTwin", result.mainClass());
        String signals = Projects.text(project, "src/main/java/demo/new_/twin/runtime/TwinSignals.java");
        List<String> constants = Pattern.compile("TwinSignal<Double> (\\w+) =").matcher(signals).results()
                .map(m -> m.group(1)).toList();
        // equal up to the root: suffixes in the order of the ids (BATH_TEMP < BathTemp < Bath_Temp)
        assertEquals(List.of("CLASS_INT", "CLASS_BATH_TEMP_3", "CLASS_BATH_TEMP_2", "CLASS_BATH_TEMP",
                "LINE_TANK3_BATH_TEMP", "LINE2_TANK3_BATH_TEMP", "TANK_3_BATH_TEMP"), constants);
        CompileTest.assertCompiles(project, dir.resolve("classes"));
    }
}
