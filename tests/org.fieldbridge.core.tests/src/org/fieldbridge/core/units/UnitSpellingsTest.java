/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitSpellingsTest {

    private final UnitSpellings spellings = UnitSpellings.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // friendly spellings
            "degC, CEL", "degF, FAH", "bar, BAR", "t, TNE", "m3/h, MQH", "kN, B47", "tf, B47", "%RH, P1",
            "1/min, C94", "rpm, RPM", "pH, Q30", "Nm, NU", "uS/cm, G42", "kg/h, E93", "Nm3/h, Q40", "Sm3/h, Q38",
            "pcs, H87",
            // codes
            "CEL, CEL", "MQH, MQH", "PS, PS", "H61, H61",
            // the table's symbols, as printed and in ASCII
            "°C, CEL", "mS/cm, H61", "µm, 4H", "μm, 4H", "g/l, GL", "N·m, NU", "N.m, NU", "min-1, C94",
            "kW.h, KWH", "pct, P1", "kgf, B37" })
    void spellingsResolveToTheirUnit(String spelling, String code) {
        assertEquals(code, spellings.resolve(spelling).orElseThrow().code());
    }

    @Test
    void tonneForceIsANewtonMultipleBecauseRec20HasNoCodeForIt() {
        UnitSpelling tf = spellings.resolve("tf").orElseThrow();
        assertEquals(9.80665, tf.factor());
        assertEquals("kN", tf.unit().displayName());
    }

    @Test
    void unknownSpellingsResolveToNothing() {
        assertTrue(spellings.resolve("degc").isEmpty());
        assertTrue(spellings.resolve("furlongs per fortnight").isEmpty());
        assertTrue(spellings.resolve("").isEmpty());
        assertTrue(spellings.resolve(null).isEmpty());
    }

    @Test
    void aTypoSuggestsTheSpellingItDiffersFromInCaseOnly() {
        assertEquals(List.of("degC"), spellings.suggestions("degc"));
    }

    @Test
    void aTypoAmongAQuantitysUnitsSuggestsTheNearest() {
        // "kn" alone is the table's knot; among the units of force it is a mistyped kN
        assertEquals(List.of("kN"), spellings.suggestions("kn", QuantityCatalog.standard().byName("force")
                .orElseThrow().codes()));
    }

    @Test
    void aMisspelledPressureUnitSuggestsBar() {
        assertTrue(spellings.suggestions("barr").contains("bar"), spellings.suggestions("barr").toString());
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        assertEquals(List.of(), spellings.suggestions("furlongs per fortnight"));
    }

    @Test
    void messagesShowTheFriendlySpellingOrElseTheSymbol() {
        assertEquals("degC", spellings.preferredSpelling("CEL"));
        assertEquals("kN", spellings.preferredSpelling("B47"));
        assertEquals("kg/m³", spellings.preferredSpelling("KMQ"));
        assertEquals("XYZ", spellings.preferredSpelling("XYZ"));
    }
}
