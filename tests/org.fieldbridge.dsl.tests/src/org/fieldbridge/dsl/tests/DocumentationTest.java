/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.fieldbridge.dsl.twin.Mapping;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hover text")
class DocumentationTest {

    private final IEObjectDocumentationProvider docs = TwinTester.injector().getInstance(IEObjectDocumentationProvider.class);

    @Test
    @DisplayName("shows a register address in canonical form with its decoding")
    void registerAddress() {
        var checked = TwinTester.check("""
                import "riverside.plant"
                connection PLC4 modbus tcp { poll 100 ms, word order little }
                map PLC4 4x0023 float32 -> Tank3.RectifierCurrent
                """);
        Mapping mapping = (Mapping) checked.model().getElements().get(1);
        assertEquals("holding:22 (Modicon 400023), float32, 2 registers, byte order big, word order little",
                docs.getDocumentation(mapping.getSource()));
    }

    @Test
    @DisplayName("shows what the plant model says about a signal, with its calibration")
    void signal() {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=T\" -> Tank3.RectifierCurrent\n");
        Mapping mapping = (Mapping) checked.model().getElements().get(2);
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank3.RectifierCurrent: electric current measurement in A,"
                + " valid 0.0 .. 3000.0, sampled every 500 ms; instrument CT_Tank3Rectifier (calibrated: certificate MEC-26-1904,"
                + " due 2029-05-31)", docs.getDocumentation(mapping.getSignal()));
    }
}
