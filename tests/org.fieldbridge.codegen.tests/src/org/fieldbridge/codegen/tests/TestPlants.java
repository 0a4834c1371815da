/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

/** Small plants and .twin files written by the tests. */
final class TestPlants {

    private TestPlants() {
    }

    /** The XML header of a plant file. */
    static final String PLANT_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:plant="https://fieldbridge.org/plant/1.0">
            """;

    /** The units and the end of a plant file. */
    static final String PLANT_END = """
              <units commonCode="CEL" displayName="°C" description="degree Celsius"/>
              <units commonCode="BAR" displayName="bar" description="bar"/>
            </plant:Plant>
            """;

    /** A numeric signal with unit CEL and range 0..100. */
    static String temperature(String name) {
        return "<signals name=\"" + name + "\" quantity=\"temperature\" unit=\"CEL\"><validRange minimum=\"0.0\""
                + " maximum=\"100.0\"/></signals>\n";
    }

    /**
     * A plant with one line holding the given equipment XML.
     *
     * @param roles role elements and {@code assignedRoles} use are up to the caller
     */
    static String plant(String lineAttributes, String equipment, String extra) {
        return PLANT_START + "  <enterprises name=\"Demo\"><sites name=\"Site\"><areas name=\"Area\"><lines name=\"Line\" "
                + lineAttributes + ">\n" + equipment + "  </lines></areas></sites></enterprises>\n" + extra + PLANT_END;
    }

    /** A plant with equipment E1 holding temperatures T1 and T2 and a pressure P. */
    static String simplePlant() {
        return plant("", "<equipment name=\"E1\">" + temperature("T1") + temperature("T2")
                + "<signals name=\"P\" quantity=\"pressure\" unit=\"BAR\"><validRange minimum=\"0.0\" maximum=\"10.0\"/>"
                + "</signals></equipment>\n", "");
    }

    /** A .twin file on {@link #simplePlant()} with a Modbus connection. */
    static String simpleTwin(String body) {
        return """
                package demo.simple
                import "demo.plant"
                connection PLC modbus tcp "127.0.0.1:5020" unit 1 { poll 100 ms }
                map PLC holding 1 int16 "T_1" -> E1.T1 { scale 0.1, unit degC }
                map PLC holding 2 int16 "T_2" -> E1.T2 { scale 0.1, unit degC }
                map PLC holding 3 float32 -> E1.P { unit bar }
                """ + body;
    }
}
