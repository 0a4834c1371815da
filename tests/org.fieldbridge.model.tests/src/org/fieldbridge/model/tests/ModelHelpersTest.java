/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.datatypes.IsoDates;
import org.fieldbridge.model.plant.units.QuantityUnits;
import org.fieldbridge.model.plant.units.UnitIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Model helpers")
class ModelHelpersTest {

    @ParameterizedTest(name = "common code {0} has OPC UA unitId {1}")
    @CsvSource({ "CEL, 4408652", "KEL, 4932940", "AMP, 4279632", "MQH, 5067080", "4K, 13387", "C62, 4404786" })
    @DisplayName("OPC 10000-8 §5.6.3: the unitId packs the common code's ASCII characters into an Int32")
    void unitIdFromCommonCode(String code, int unitId) {
        assertEquals(unitId, UnitIds.fromCommonCode(code));
        EngineeringUnit unit = PlantFactory.eINSTANCE.createEngineeringUnit();
        unit.setCommonCode(code);
        assertEquals(unitId, unit.unitId(), "the Ecore operation delegates to UnitIds");
    }

    @ParameterizedTest(name = "\"{0}\" has no unitId")
    @ValueSource(strings = { "", "C", "CELS", "cel", "°C" })
    void malformedCodesHaveNoUnitId(String code) {
        assertEquals(-1, UnitIds.fromCommonCode(code));
    }

    @Test
    @DisplayName("temperatures take CEL, FAH or KEL and states take no unit")
    void quantityUnits() {
        assertTrue(QuantityUnits.fits(Quantity.TEMPERATURE, "CEL"));
        assertTrue(QuantityUnits.fits(Quantity.PRESSURE, "BAR"));
        assertTrue(QuantityUnits.fits(Quantity.ELECTRIC_CURRENT, "AMP"));
        assertFalse(QuantityUnits.fits(Quantity.TEMPERATURE, "BAR"));
        assertTrue(QuantityUnits.unitsFor(Quantity.STATE).isEmpty());
        assertFalse(QuantityUnits.requiresUnit(Quantity.COUNT));
        for (Quantity quantity : Quantity.values()) {
            for (String code : QuantityUnits.unitsFor(quantity)) {
                assertTrue(UnitIds.fromCommonCode(code) > 0, quantity + " lists malformed code " + code);
            }
        }
    }

    @Test
    @DisplayName("dates are written as ISO yyyy-MM-dd and an impossible date is refused")
    void isoDates() {
        assertEquals("2025-03-01", IsoDates.format(LocalDate.of(2025, 3, 1)));
        assertEquals(LocalDate.of(2027, 12, 31), IsoDates.parse("2027-12-31"));
        assertNull(IsoDates.parse(null));
        assertThrows(IllegalArgumentException.class, () -> IsoDates.parse("01.03.2025"));
        assertEquals(LocalDate.of(2025, 3, 1),
                PlantFactory.eINSTANCE.createFromString(PlantPackage.Literals.ISO_DATE, "2025-03-01"),
                "the generated factory delegates to IsoDates");
    }
}
