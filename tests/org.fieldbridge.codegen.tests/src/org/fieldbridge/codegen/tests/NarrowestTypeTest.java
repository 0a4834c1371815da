/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each signal is published with the narrowest OPC UA built-in type that holds its values, and an EURange only
 * where the model gives one (issue 9 item 12: a uint32 counter was Int64 with an EURange of NaN .. NaN).
 */
class NarrowestTypeTest {

    @TempDir
    static Path dir;
    private static String nodeSet;
    private static String addressSpace;

    @BeforeAll
    static void generate() throws Exception {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("demo.plant"), TestPlants.plant("", "<equipment name=\"Press\">"
                + "<signals name=\"Strokes\" kind=\"counter\" quantity=\"count\" dataType=\"integer\"/>"
                + "<signals name=\"Die\" quantity=\"count\" dataType=\"integer\"/>"
                + "<signals name=\"Offset\" quantity=\"count\" dataType=\"integer\"/>"
                + "<signals name=\"Tonnage\" quantity=\"pressure\" unit=\"BAR\"/>"
                + "<signals name=\"Ratio\" quantity=\"count\"/>"
                + TestPlants.temperature("Temp")
                + "</equipment>\n", ""));
        Projects.write(models.resolve("demo.twin"), """
                package demo.press
                import "demo.plant"
                connection PLC modbus tcp "127.0.0.1:5020" unit 1 { poll 100 ms }
                map PLC holding 40001 uint32 -> Press.Strokes
                map PLC holding 40003 uint16 -> Press.Die
                map PLC holding 40004 int16 -> Press.Offset
                map PLC holding 40005 float32 -> Press.Tonnage { unit bar }
                map PLC holding 40007 float32 -> Press.Ratio { scale 2 }
                map PLC holding 40009 int16 -> Press.Temp { scale 0.1, unit degC }
                """);
        Path project = dir.resolve("project");
        Projects.generateClean(project, models);
        nodeSet = Projects.text(project, "src/main/resources/demo/press/runtime/press.nodeset2.xml");
        addressSpace = Projects.text(project, "src/main/java/demo/press/runtime/PressAddressSpace.java");
    }

    /** @return the UAVariable element of the signal, up to its end tag */
    private static String variable(String browseName) {
        Matcher m = Pattern.compile("<UAVariable NodeId=\"ns=1;s=Demo\\.Site\\.Area\\.Line\\.Press\\." + browseName
                + "\"[^>]*>.*?</UAVariable>", Pattern.DOTALL).matcher(nodeSet);
        assertTrue(m.find(), browseName + " in " + nodeSet);
        return m.group();
    }

    private static String dataType(String browseName) {
        Matcher m = Pattern.compile("DataType=\"(\\w+)\"").matcher(variable(browseName));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    @DisplayName("a uint32 counter is UInt32, uint16 UInt16, int16 Int16, float32 Float; scaled values are Double")
    void theNarrowestTypeIsPublished() {
        assertEquals("UInt32", dataType("Strokes"));
        assertEquals("UInt16", dataType("Die"));
        assertEquals("Int16", dataType("Offset"));
        assertEquals("Float", dataType("Tonnage"));
        assertEquals("Double", dataType("Ratio"));
        assertEquals("Double", dataType("Temp"));
        assertTrue(addressSpace.contains("SignalType.UINT32"), addressSpace);
        assertTrue(addressSpace.contains("SignalType.UINT16"), addressSpace);
        assertTrue(addressSpace.contains("SignalType.INT16"), addressSpace);
        assertTrue(addressSpace.contains("SignalType.FLOAT"), addressSpace);
        assertTrue(nodeSet.contains("<Alias Alias=\"UInt32\">i=7</Alias>"), "alias for UInt32");
    }

    @Test
    @DisplayName("AnalogItemType with EURange only where the model gives a range; a unit alone is AnalogUnitType; no NaN")
    void noEmptyEuRange() {
        assertTrue(variable("Temp").contains("<Reference ReferenceType=\"HasTypeDefinition\">i=2368</Reference>"),
                variable("Temp"));
        assertTrue(variable("Temp").contains("Press.Temp/EURange"));
        assertTrue(variable("Tonnage").contains("<Reference ReferenceType=\"HasTypeDefinition\">i=17497</Reference>"),
                variable("Tonnage"));
        assertTrue(variable("Tonnage").contains("Press.Tonnage/EngineeringUnits"));
        assertFalse(variable("Tonnage").contains("EURange"), variable("Tonnage"));
        for (String counter : new String[] { "Strokes", "Die", "Offset", "Ratio" }) {
            assertTrue(variable(counter).contains("<Reference ReferenceType=\"HasTypeDefinition\">i=2365</Reference>"),
                    variable(counter));
            assertFalse(variable(counter).contains("EURange"), variable(counter));
        }
        assertFalse(nodeSet.contains("NaN"), "no NaN anywhere in the information model");
        assertFalse(nodeSet.contains("INF"), "no infinite limit anywhere in the information model");
        assertFalse(addressSpace.contains("NaN") || addressSpace.contains("Infinity"), addressSpace);
    }
}
