/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.fieldbridge.codegen.model.Unit;
import org.fieldbridge.codegen.model.UnitConversions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Units in generated runtimes")
class UnitFactsTest {

    @Test
    @DisplayName("OPC 10000-8 §5.6.3: the EUInformation of CEL and BAR is the OPC Foundation table's")
    void euInformationComesFromTheUneceTable() {
        assertEquals(new Unit("CEL", "°C", "degree Celsius"), Unit.of("CEL"));
        assertEquals(4408652, Unit.of("CEL").unitId());
        assertEquals(new Unit("BAR", "bar", "bar [unit of pressure]"), Unit.of("BAR"));
        assertEquals(4342098, Unit.of("BAR").unitId());
        assertNull(Unit.of("KGH"), "KGH is no Rec 20 code (kg/h is E93)");
    }

    @Test
    @DisplayName("thresholds in degF, kPa and tf convert into the signal's unit")
    void thresholdsConvert() {
        assertEquals(80.0, UnitConversions.fromSpelling("degF", "CEL").value(176));
        assertEquals(2.5, UnitConversions.fromSpelling("kPa", "BAR").value(250));
        assertEquals(980.665, UnitConversions.fromSpelling("tf", "B47").value(100));
        assertEquals(80.0, UnitConversions.between("FAH", "CEL").value(176));
    }

    @Test
    @DisplayName("units of different quantities and unknown spellings do not convert")
    void unconvertibleUnits() {
        assertNull(UnitConversions.fromSpelling("mS/cm", "BAR"));
        assertNull(UnitConversions.fromSpelling("furlong", "BAR"));
        assertEquals(UnitConversions.Conversion.NONE, UnitConversions.fromSpelling(null, "BAR"));
    }
}
