/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Values typed by a person, encoded as the mapping reads them back (no controller needed). */
@DisplayName("Encoding a value to write")
class WriteEncodingTest {

    private static MappedValue modbus(TagAddress address, String type, Conditioning conditioning, double low,
            double high) {
        return new MappedValue("Plant.Line.Tank.Signal", "PLC", null, address, null, "holding 40011", "holding:10",
                type, conditioning, "°C", low, high, false, "plant.twin:3");
    }

    private static MappedValue opcua(Conditioning conditioning) {
        return new MappedValue("Plant.Oven.Zone1.Setpoint", "Oven", null, null, "ns=2;s=Zone1.SP", "ns=2;s=Zone1.SP",
                "ns=2;s=Zone1.SP", "", conditioning, "°C", 0, 250, false, "plant.twin:9");
    }

    @Test
    @DisplayName("a DCBA float64 is encoded byte- and word-swapped, and its offset inverted")
    void float64InDcbaWithOffset() {
        MappedValue m = modbus(new TagAddress(1, RegisterArea.HOLDING_REGISTER, 10, DataType.FLOAT64,
                ByteOrder.LITTLE_ENDIAN, WordOrder.LOW_WORD_FIRST), "float64",
                Conditioning.IDENTITY.withScaling(1, -273), -273, 1000);
        WriteEncoding.Encoded encoded = WriteEncoding.modbus(m, "27", new int[0]);
        assertEquals("float64 DCBA, offset -273", encoded.dataType());
        // raw 300.0 = 0x4072C000_00000000; DCBA: the words in reverse order, the two bytes of each swapped
        assertArrayEquals(new int[] { 0x0000, 0x0000, 0x00C0, 0x7240 }, encoded.words());
        assertEquals("27", encoded.newValue());
    }

    @Test
    @DisplayName("bit 3 of a register is written by rewriting the register with only that bit changed")
    void bitOfARegister() {
        MappedValue m = modbus(TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 29, DataType.bit(3)), "bit 3",
                Conditioning.IDENTITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertArrayEquals(new int[] { 0x00F9 }, WriteEncoding.modbus(m, "on", new int[] { 0x00F1 }).words());
        assertArrayEquals(new int[] { 0x00F1 }, WriteEncoding.modbus(m, "off", new int[] { 0x00F9 }).words());
        assertEquals("'maybe' is not on or off (write on, off, 1 or 0)",
                assertThrows(IllegalArgumentException.class, () -> WriteEncoding.modbus(m, "maybe", new int[] { 0 }))
                        .getMessage());
    }

    @Test
    @DisplayName("a decimal comma is refused with the spelling to use; a uint16 refuses negative values")
    void typedValuesThatDoNotFit() {
        MappedValue m = modbus(TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 10, DataType.UINT16), "uint16",
                Conditioning.IDENTITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals("'21,5': write the decimal point as '.', e.g. 21.5", assertThrows(IllegalArgumentException.class,
                () -> WriteEncoding.modbus(m, "21,5", new int[0])).getMessage());
        assertEquals("-1 °C does not fit uint16 AB (raw value -1)", assertThrows(IllegalArgumentException.class,
                () -> WriteEncoding.modbus(m, "-1", new int[0])).getMessage());
    }

    @Test
    @DisplayName("OPC UA: a whole number goes to an Int16 node as Int16, a fraction or 40000 is refused")
    void opcUaValuesTakeTheNodesDataType() {
        MappedValue m = opcua(Conditioning.IDENTITY);
        WriteEncoding.Encoded encoded = WriteEncoding.opcua(m, "185", "Int16");
        assertEquals(Short.valueOf((short) 185), encoded.raw());
        assertEquals("Int16", encoded.dataType());
        assertEquals(185.5, (Double) WriteEncoding.opcua(m, "185.5", "Double").raw());
        assertEquals(185.5f, (Float) WriteEncoding.opcua(m, "185.5", "Float").raw());
        assertEquals("185.5 °C: 185.5 is not a whole number; the node is Int16", assertThrows(
                IllegalArgumentException.class, () -> WriteEncoding.opcua(m, "185.5", "Int16")).getMessage());
        MappedValue wide = new MappedValue("P.S", "Oven", null, null, "ns=2;s=X", "ns=2;s=X", "ns=2;s=X", "",
                Conditioning.IDENTITY, "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, "p.twin:1");
        assertEquals("40000: 40000 is outside -32768 .. 32767 of Int16", assertThrows(
                IllegalArgumentException.class, () -> WriteEncoding.opcua(wide, "40000", "Int16")).getMessage());
        assertEquals("260 °C is outside the valid range 0 .. 250 °C of Zone1.Setpoint", assertThrows(
                IllegalArgumentException.class, () -> WriteEncoding.opcua(m, "260", "Double")).getMessage());
    }
}
