/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTableTest {

    private final UnitTable table = UnitTable.standard();

    @Test
    void theTableHoldsEveryUnitOfTheShippedOpcUaListThenTheCodesWithoutSymbol() {
        List<Rec20Unit> all = table.all();
        assertEquals(1562 + 240, all.size());
        assertEquals("C81", all.get(0).code());
        assertEquals("NTU", all.get(1561).code());
        assertEquals("10", all.get(1562).code());
    }

    @ParameterizedTest(name = "{0} ({2}) is in the table, unitId {1}")
    @CsvSource(delimiter = ';', value = {
            "NM3;5131571;Normalised cubic metre",
            "SM3;5459251;Standard cubic metre",
            "Q40;5321776;Normalized cubic metre per hour",
            "Q38;5321528;Standard cubic metre per hour",
            "H87;4732983;piece",
            "EA;17729;each" })
    void codesWithoutASymbolAreThereWithTheirNameAsDisplayName(String code, int unitId, String name) {
        EuInformation eu = EuInformation.of(code);
        assertEquals(unitId, eu.unitId());
        assertEquals(name, eu.displayName());
        assertEquals(name, eu.description());
    }

    @Test
    void everyRowsUnitIdIsItsCodePackedAsPart8Says() {
        // OPC 10000-8 §5.6.3: the unitId is computed from the common code, so the file must agree with it
        for (Rec20Unit unit : table.all()) {
            assertEquals(Rec20Unit.unitIdOf(unit.code()), unit.unitId(), unit.code());
        }
    }

    @Test
    void codesAreUnique() {
        Set<String> codes = new HashSet<>();
        table.all().forEach(unit -> assertTrue(codes.add(unit.code()), unit.code()));
    }

    @ParameterizedTest(name = "{0} is {2} ({3}), unitId {1}")
    @CsvSource(delimiter = ';', value = {
            "CEL;4408652;°C;degree Celsius",
            "BAR;4342098;bar;bar [unit of pressure]",
            "MQH;5067080;m³/h;cubic metre per hour",
            "B47;4338743;kN;kilonewton",
            "H61;4732465;mS/cm;millisiemens per centimetre",
            "4H;13384;µm;micrometre (micron)",
            "2Z;12890;mV;millivolt",
            "AMP;4279632;A;ampere" })
    void wellKnownUnitsHaveTheEuInformationOfTheOpcUaSpecification(String code, int unitId, String symbol,
            String name) {
        EuInformation eu = EuInformation.of(code);
        assertEquals("http://www.opcfoundation.org/UA/units/un/cefact", eu.namespaceUri());
        assertEquals(unitId, eu.unitId());
        assertEquals(symbol, eu.displayName());
        assertEquals(name, eu.description());
    }

    @Test
    void quotesInsideSymbolsAreRead() {
        assertEquals("\"", table.byCode("D62").orElseThrow().displayName());
    }

    @Test
    void anUnknownCodeHasNoEuInformation() {
        assertThrows(IllegalArgumentException.class, () -> EuInformation.of("KGH"));
    }

    @Test
    void aMalformedCodeHasUnitIdMinusOne() {
        assertEquals(-1, Rec20Unit.unitIdOf("cel"));
        assertEquals(-1, Rec20Unit.unitIdOf("CELS"));
        assertEquals(-1, Rec20Unit.unitIdOf(null));
    }

    @Test
    void theSymbolShownToPeopleIsTheFirstOfTwoForms() {
        assertEquals("% or pct", table.byCode("P1").orElseThrow().displayName());
        assertEquals("%", table.byCode("P1").orElseThrow().symbol());
        assertEquals("°C", table.byCode("CEL").orElseThrow().symbol());
    }
}
