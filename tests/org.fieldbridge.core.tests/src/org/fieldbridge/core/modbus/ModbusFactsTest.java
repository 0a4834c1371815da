/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModbusFactsTest {

    @ParameterizedTest(name = "{0}: Modicon {1}, function {2}, {4} per request")
    @CsvSource({ "COIL, 0, 1, true, 2000", "DISCRETE_INPUT, 1, 2, true, 2000", "INPUT_REGISTER, 3, 4, false, 125",
            "HOLDING_REGISTER, 4, 3, false, 125" })
    void tablesFollowApplicationProtocolSections6_1To6_4(ModbusTable table, char prefix, int function, boolean bits,
            int maxQuantity) {
        assertEquals(prefix, table.modiconPrefix());
        assertEquals(function, table.readFunction());
        assertEquals(bits, table.holdsBits());
        assertEquals(maxQuantity, table.maxReadQuantity());
        assertEquals(table, ModbusTable.ofModiconPrefix(prefix));
    }

    @Test
    void modiconPrefixTwoAndFiveToNineNameNoTable() {
        for (char digit : "256789".toCharArray()) {
            assertNull(ModbusTable.ofModiconPrefix(digit), String.valueOf(digit));
        }
    }

    @Test
    void readQuantitiesAre125RegistersAnd2000BitsPerRequest() {
        assertTrue(ModbusLimits.isRegisterQuantity(125));
        assertFalse(ModbusLimits.isRegisterQuantity(126));
        assertFalse(ModbusLimits.isRegisterQuantity(0));
        assertTrue(ModbusLimits.isBitQuantity(2000));
        assertFalse(ModbusLimits.isBitQuantity(2001));
    }

    @Test
    void unitIdIsOneByteAndPortDefaultsTo502() {
        assertTrue(ModbusLimits.isUnitId(0));
        assertTrue(ModbusLimits.isUnitId(255));
        assertFalse(ModbusLimits.isUnitId(256));
        assertFalse(ModbusLimits.isUnitId(-1));
        assertEquals(247, ModbusLimits.MAX_SERIAL_SLAVE_ADDRESS);
        assertEquals(502, ModbusLimits.DEFAULT_TCP_PORT);
    }

    @ParameterizedTest(name = "{0} occupies {1} registers")
    @CsvSource({ "BOOL, 1", "INT16, 1", "UINT16, 1", "INT32, 2", "UINT32, 2", "FLOAT32, 2", "INT64, 4", "FLOAT64, 4" })
    void valueTypesOccupyTheirRegisters(RegisterValueType type, int registers) {
        assertEquals(registers, type.registers());
    }

    @Test
    void integerTypesKnowTheirRawRange() {
        assertEquals(-32768, RegisterValueType.INT16.rawMinimum());
        assertEquals(65535, RegisterValueType.UINT16.rawMaximum());
        assertEquals(4294967295.0, RegisterValueType.UINT32.rawMaximum());
        assertTrue(RegisterValueType.INT64.isInteger());
        assertFalse(RegisterValueType.FLOAT32.isInteger());
        assertFalse(RegisterValueType.BOOL.isInteger());
    }

    @Test
    void aStringFitsOneRequestAndARegisterHasSixteenBits() {
        assertTrue(RegisterValueType.isStringLength(125));
        assertFalse(RegisterValueType.isStringLength(126));
        assertTrue(RegisterValueType.isBitOfRegister(15));
        assertFalse(RegisterValueType.isBitOfRegister(16));
    }
}
