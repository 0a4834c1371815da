/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UnitConversionsTest {

    private final UnitConversions conversions = UnitConversions.standard();

    @Test
    void fahrenheitConvertsToCelsius() {
        assertEquals(80.0, conversions.between("FAH", "CEL").value(176));
    }

    @Test
    void kilopascalConvertsToBar() {
        assertEquals(2.5, conversions.between("KPA", "BAR").value(250));
    }

    @Test
    void tonneForceConvertsToKilonewton() {
        UnitSpelling tf = UnitSpellings.standard().resolve("tf").orElseThrow();
        assertEquals(2451.6625, conversions.between(tf, "B47").value(250));
        assertEquals(9806.65, conversions.between(tf, "NEW").value(1));
    }

    @Test
    void microsiemensConvertToMillisiemens() {
        assertEquals(1.5, conversions.between("G42", "H61").value(1500));
    }

    @Test
    void strokesPerMinuteConvertToRevolutionsPerMinuteAndHertz() {
        assertEquals(30.0, conversions.between("C94", "RPM").value(30));
        assertEquals(0.5, conversions.between("C94", "HTZ").value(30));
    }

    @Test
    void equalOrAbsentUnitsNeedNoConversion() {
        assertSame(UnitConversion.NONE, conversions.between("CEL", "CEL"));
        assertSame(UnitConversion.NONE, conversions.between((String) null, "CEL"));
    }

    @Test
    void unitsOfDifferentDimensionsDoNotConvert() {
        assertNull(conversions.between("BAR", "CEL"));
        assertNull(conversions.between("P1", "MTR"));
        assertNull(conversions.between("CEL", null));
    }
}
