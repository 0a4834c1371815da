/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.twin.Mapping;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Modbus address spellings")
class AddressNormalisationTest {

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource(delimiter = '|', value = {
            "holding 40007 int16          | one-based  | holding:6  | int16",
            "holding 400007 int16         | one-based  | holding:6  | int16",
            "40007 int16                  | one-based  | holding:6  | int16",
            "400007 int16                 | one-based  | holding:6  | int16",
            "4x0007 int16                 | one-based  | holding:6  | int16",
            "4X00007 int16                | one-based  | holding:6  | int16",
            "holding-register:7:INT       | one-based  | holding:6  | int16",
            "holding-register:7 int16     | one-based  | holding:6  | int16",
            "holding 7 int16              | one-based  | holding:6  | int16",
            "holding 6 int16              | zero-based | holding:6  | int16",
            "holding 40007 int16          | zero-based | holding:6  | int16",
            "holding-register:7:REAL      | zero-based | holding:6  | float32",
            "coil 17                      | one-based  | coil:16    | bool",
            "coil 17                      | zero-based | coil:17    | bool",
            "00017                        | one-based  | coil:16    | bool",
            "0x0017                       | one-based  | coil:16    | bool",
            "coil:17                      | one-based  | coil:16    | bool",
            "discrete 3                   | one-based  | discrete:2 | bool",
            "10003                        | one-based  | discrete:2 | bool",
            "discrete-input:3:BOOL        | one-based  | discrete:2 | bool",
            "input 30001 int16            | one-based  | input:0    | int16",
            "input 1 uint16               | one-based  | input:0    | uint16",
            "3x0001 uint32                | one-based  | input:0    | uint32",
            "input-register:1:DINT        | one-based  | input:0    | int32",
            "465536 uint16                | one-based  | holding:65535 | uint16",
    })
    @DisplayName("every spelling normalises to table and zero-based offset")
    void everySpellingNormalises(String address, String addressing, String canonical, String type) {
        var checked = TwinTester.check("""
                import "riverside.plant"
                connection PLC4 modbus tcp { poll 100 ms, addressing %s }
                map PLC4 %s -> Tank3.BathTemp
                """.formatted(addressing, address));
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        Mapping mapping = (Mapping) checked.model().getElements().get(1);
        RegisterAddress normalised = Mappings.address(mapping);
        assertNotNull(normalised, checked.describe());
        assertEquals(canonical, normalised.canonical());
        assertEquals(type, RegisterLayout.spell(Mappings.dataType(mapping)));
    }

    @ParameterizedTest(name = "{0} is shown as Modicon {1}")
    @CsvSource({ "holding 40007 int16, 400007", "coil 1, 000001", "input 65536 int16, 365536" })
    @DisplayName("the Modicon form is available for hovers")
    void modiconForm(String address, String modicon) {
        var checked = TwinTester.checkBody("map PLC4 " + address + " -> Tank3.BathTemp\n");
        assertEquals(modicon, Mappings.address((Mapping) checked.model().getElements().get(2)).modicon());
    }
}
