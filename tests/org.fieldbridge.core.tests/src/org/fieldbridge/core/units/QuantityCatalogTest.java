/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityCatalogTest {

    private final QuantityCatalog catalog = QuantityCatalog.standard();
    private final UnitSpellings spellings = UnitSpellings.standard();

    @Test
    void everyAllowedUnitIsInTheUnitTable() {
        for (QuantityDefinition quantity : catalog.all()) {
            for (String code : quantity.codes()) {
                assertTrue(UnitTable.standard().byCode(code).isPresent(), quantity.name() + ": " + code);
            }
        }
    }

    @Test
    void unitsOfOneQuantityConvertIntoEachOtherWhereTheyShareADimension() {
        UnitConversions conversions = UnitConversions.standard();
        for (QuantityDefinition quantity : catalog.all()) {
            for (String code : quantity.codes()) {
                assertNotNull(conversions.dimensionOf(code), quantity.name() + ": " + code + " has no conversion");
            }
        }
    }

    @ParameterizedTest(name = "{1} fits {0}")
    @CsvSource({
            // the seed's processes: stamping, anodizing, powder coating
            "force, kN", "force, N", "force, tf", "force, tonne-force", "conductivity, mS/cm", "conductivity, uS/cm",
            "massConcentration, g/l", "pH, pH", "length, um", "length, µm", "relativeHumidity, %RH",
            "rotationalSpeed, 1/min", "frequency, 1/min", "rotationalSpeed, rpm", "torque, Nm", "torque, N·m",
            // what the former tables covered
            "temperature, degC", "temperature, K", "pressure, bar", "pressure, kPa", "pressure, psi",
            "electricCurrent, A", "electricCurrent, mA", "voltage, V", "volumeFlow, m3/h", "volumeFlow, l/min",
            "massFlow, kg/h", "power, kW", "energy, kWh", "level, mm", "level, %", "speed, m/min", "mass, t",
            "duration, s", "count, 1", "dimensionless, %", "volumeFlow, Nm3/h", "count, pcs" })
    void theSeedsUnitsFitTheirQuantity(String quantity, String unit) {
        assertTrue(catalog.fits(quantity, spellings.resolve(unit).orElseThrow().code()));
    }

    @ParameterizedTest(name = "{1} does not fit {0}")
    @CsvSource({ "pressure, mS/cm", "temperature, kN", "force, kg", "conductivity, bar", "pH, %",
            "torque, kN", "state, degC" })
    void unitsOfAnotherQuantityDoNotFit(String quantity, String unit) {
        assertFalse(catalog.fits(quantity, spellings.resolve(unit).orElseThrow().code()));
    }

    @Test
    void quantitiesAreDescribedInWords() {
        assertEquals("electric current", catalog.byName("electricCurrent").orElseThrow().words());
        assertEquals(List.of("dimensionless", "level", "relativeHumidity"),
                catalog.quantitiesOf("P1").stream().map(QuantityDefinition::name).toList());
    }

    @Test
    void statesCountsAndPhNeedNoUnit() {
        assertFalse(catalog.byName("state").orElseThrow().requiresUnit());
        assertFalse(catalog.byName("count").orElseThrow().requiresUnit());
        assertTrue(catalog.byName("force").orElseThrow().requiresUnit());
    }
}
