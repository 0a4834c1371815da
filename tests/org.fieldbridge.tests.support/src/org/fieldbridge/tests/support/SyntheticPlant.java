/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

/**
 * Plants of any size for the benchmarks (language checks, generation, runtime start-up): one line of
 * equipment E0..En, each with temperature signals S0..Sm (°C, valid 0..100), written as the plant
 * editor saves them.
 */
public final class SyntheticPlant {

    private SyntheticPlant() {
    }

    /**
     * @param equipment how many pieces of equipment (E0, E1, ...)
     * @param signalsPerEquipment how many signals each has (S0, S1, ...)
     * @param operatorRole whether the line grants an {@code operator} role browse and read (what a generated
     *        runtime's server needs to let a user in)
     * @return the .plant file's text (XMI)
     */
    public static String xmi(int equipment, int signalsPerEquipment, boolean operatorRole) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plant="https://fieldbridge.org/plant/1.0">
                """);
        xml.append("  <enterprises name=\"Bench\"><sites name=\"Site\"><areas name=\"Area\"><lines name=\"Line\"")
                .append(operatorRole ? " assignedRoles=\"operator\"" : "").append(">\n");
        for (int e = 0; e < equipment; e++) {
            xml.append("    <equipment name=\"E").append(e).append("\">\n");
            for (int s = 0; s < signalsPerEquipment; s++) {
                xml.append("      <signals name=\"S").append(s)
                        .append("\" quantity=\"temperature\" unit=\"CEL\"><validRange minimum=\"0.0\" maximum=\"100.0\"/></signals>\n");
            }
            xml.append("    </equipment>\n");
        }
        xml.append("""
                  </lines></areas></sites></enterprises>
                  <units commonCode="CEL" displayName="°C" description="degree Celsius"/>
                """);
        if (operatorRole) {
            xml.append("  <roles name=\"operator\"><permissions>browse</permissions><permissions>read</permissions></roles>\n");
        }
        return xml.append("</plant:Plant>\n").toString();
    }
}
