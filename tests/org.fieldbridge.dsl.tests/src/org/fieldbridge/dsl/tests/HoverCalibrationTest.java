/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hover over a plant signal: the calibration status with its date")
class HoverCalibrationTest {

    private static String hoverOfSignalOf(String mapping) {
        TwinTester.Checked checked = TwinTester.checkBody(mapping + "\n");
        Mapping parsed = (Mapping) ((TwinModel) checked.resource().getContents().get(0)).getElements().stream()
                .filter(Mapping.class::isInstance).findFirst().orElseThrow();
        return TwinTester.injector().getInstance(IEObjectDocumentationProvider.class)
                .getDocumentation(parsed.getSignal());
    }

    @Test
    @DisplayName("an expired calibration says so and gives the date it was due")
    void expiredCalibrationShowsItsDueDate() {
        String hover = hoverOfSignalOf("map PLC4 holding 40011 int16 -> Tank2.BathTemp { scale 0.1, unit degC }");
        assertTrue(hover.contains("instrument TT_Tank2 (calibration expired: certificate RKL-2024-01187 was due on"
                + " 2025-03-01)"), hover);
    }

    @Test
    @DisplayName("a valid calibration gives its certificate and due date")
    void validCalibrationShowsItsDueDate() {
        String hover = hoverOfSignalOf("map PLC4 holding 40021 int16 -> Tank3.BathTemp { scale 0.1, unit degC }");
        assertTrue(hover.contains("instrument TT_Tank3 (calibrated: certificate RKL-2026-02210, due 2029-09-30)"),
                hover);
    }
}
