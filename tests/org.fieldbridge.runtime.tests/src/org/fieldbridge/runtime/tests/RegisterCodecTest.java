/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterCodec;
import org.fieldbridge.runtime.register.WordOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Register decoding and encoding from tables. Modbus Application Protocol V1.1b3 §4.2 makes each register
 * big-endian ("AB"); the order of the registers of a 32/64-bit value is device-specific, so every value is
 * tabled in the four usual patterns: ABCD (big-endian, high word first), CDAB (word swap), BADC (byte swap)
 * and DCBA (both swapped).
 */
class RegisterCodecTest {

    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final WordOrder HI = WordOrder.HIGH_WORD_FIRST;
    private static final WordOrder LO = WordOrder.LOW_WORD_FIRST;

    static Stream<Arguments> table() {
        return Stream.of(
                // FLOAT32 123.456 = 0x42F6E979
                row(DataType.FLOAT32, BE, HI, 123.456f, 0x42F6, 0xE979),
                row(DataType.FLOAT32, BE, LO, 123.456f, 0xE979, 0x42F6),
                row(DataType.FLOAT32, LE, HI, 123.456f, 0xF642, 0x79E9),
                row(DataType.FLOAT32, LE, LO, 123.456f, 0x79E9, 0xF642),
                // INT32 -123456789 = 0xF8A432EB
                row(DataType.INT32, BE, HI, -123456789, 0xF8A4, 0x32EB),
                row(DataType.INT32, BE, LO, -123456789, 0x32EB, 0xF8A4),
                row(DataType.INT32, LE, HI, -123456789, 0xA4F8, 0xEB32),
                row(DataType.INT32, LE, LO, -123456789, 0xEB32, 0xA4F8),
                // UINT32 4000000000 = 0xEE6B2800 (above Integer.MAX_VALUE: decoded as long)
                row(DataType.UINT32, BE, HI, 4000000000L, 0xEE6B, 0x2800),
                row(DataType.UINT32, BE, LO, 4000000000L, 0x2800, 0xEE6B),
                row(DataType.UINT32, LE, HI, 4000000000L, 0x6BEE, 0x0028),
                row(DataType.UINT32, LE, LO, 4000000000L, 0x0028, 0x6BEE),
                // INT64 0x0102030405060708
                row(DataType.INT64, BE, HI, 0x0102030405060708L, 0x0102, 0x0304, 0x0506, 0x0708),
                row(DataType.INT64, BE, LO, 0x0102030405060708L, 0x0708, 0x0506, 0x0304, 0x0102),
                row(DataType.INT64, LE, HI, 0x0102030405060708L, 0x0201, 0x0403, 0x0605, 0x0807),
                row(DataType.INT64, LE, LO, 0x0102030405060708L, 0x0807, 0x0605, 0x0403, 0x0201),
                row(DataType.INT64, BE, HI, -2L, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFE),
                // FLOAT64 123.456 = 0x405EDD2F1A9FBE77
                row(DataType.FLOAT64, BE, HI, 123.456, 0x405E, 0xDD2F, 0x1A9F, 0xBE77),
                row(DataType.FLOAT64, BE, LO, 123.456, 0xBE77, 0x1A9F, 0xDD2F, 0x405E),
                row(DataType.FLOAT64, LE, HI, 123.456, 0x5E40, 0x2FDD, 0x9F1A, 0x77BE),
                row(DataType.FLOAT64, LE, LO, 123.456, 0x77BE, 0x9F1A, 0x2FDD, 0x5E40),
                // 16-bit values: word order does not apply
                row(DataType.INT16, BE, HI, -2, 0xFFFE),
                row(DataType.INT16, LE, HI, -2, 0xFEFF),
                row(DataType.INT16, BE, LO, 1200, 0x04B0),
                row(DataType.INT16, LE, LO, 1200, 0xB004),
                row(DataType.UINT16, BE, HI, 65534, 0xFFFE),
                row(DataType.UINT16, LE, HI, 65534, 0xFEFF),
                row(DataType.UINT16, BE, LO, 1200, 0x04B0),
                row(DataType.UINT16, LE, LO, 1200, 0xB004),
                // BOOL in a register: non-zero is true
                row(DataType.BOOL, BE, HI, true, 0x0001),
                row(DataType.BOOL, LE, HI, true, 0x0100),
                row(DataType.BOOL, BE, LO, false, 0x0000),
                // STRING(n): two ISO 8859-1 characters per register, first in the high byte, NUL-padded
                row(DataType.string(3), BE, HI, "Tank7", 0x5461, 0x6E6B, 0x3700),
                row(DataType.string(3), LE, HI, "Tank7", 0x6154, 0x6B6E, 0x0037),
                row(DataType.string(3), BE, LO, "Tank7", 0x5461, 0x6E6B, 0x3700),
                row(DataType.string(2), LE, LO, "ABCD", 0x4241, 0x4443));
    }

    private static Arguments row(DataType type, ByteOrder byteOrder, WordOrder wordOrder, Object value, int... words) {
        return Arguments.of(type, byteOrder, wordOrder, value, words);
    }

    @ParameterizedTest(name = "{0} {1}/{2}: {4} decodes to {3}")
    @MethodSource("table")
    @DisplayName("register words decode to the tabled value in every byte and word order (§4.2)")
    void wordsDecodeToTheTabledValue(DataType type, ByteOrder byteOrder, WordOrder wordOrder, Object value, int[] words) {
        int[] padded = new int[words.length + 2];
        System.arraycopy(words, 0, padded, 1, words.length);
        assertEquals(value, RegisterCodec.decode(type, byteOrder, wordOrder, padded, 1));
    }

    @ParameterizedTest(name = "{0} {1}/{2}: {3} encodes to {4}")
    @MethodSource("table")
    @DisplayName("a value encodes to the tabled register words in every byte and word order (§4.2)")
    void valuesEncodeToTheTabledWords(DataType type, ByteOrder byteOrder, WordOrder wordOrder, Object value, int[] words) {
        assertArrayEquals(words, RegisterCodec.encode(type, byteOrder, wordOrder, value));
    }

    static Stream<Arguments> everyTypeAndOrder() {
        List<Object[]> values = List.of(new Object[] { DataType.BOOL, true }, new Object[] { DataType.INT16, -32768 },
                new Object[] { DataType.UINT16, 65535 }, new Object[] { DataType.INT32, Integer.MIN_VALUE },
                new Object[] { DataType.UINT32, 0xFFFF_FFFFL }, new Object[] { DataType.FLOAT32, -0.15625f },
                new Object[] { DataType.INT64, Long.MIN_VALUE + 12345 }, new Object[] { DataType.FLOAT64, Math.PI },
                new Object[] { DataType.string(4), "Oven-3" });
        return values.stream().flatMap(v -> Arrays.stream(ByteOrder.values())
                .flatMap(b -> Arrays.stream(WordOrder.values()).map(w -> Arguments.of(v[0], b, w, v[1]))));
    }

    @ParameterizedTest(name = "{0} {1}/{2}: {3}")
    @MethodSource("everyTypeAndOrder")
    @DisplayName("every type survives encoding and decoding in every byte and word order")
    void everyTypeRoundTrips(DataType type, ByteOrder byteOrder, WordOrder wordOrder, Object value) {
        int[] words = RegisterCodec.encode(type, byteOrder, wordOrder, value);
        assertEquals(type.registerCount(), words.length);
        Arrays.stream(words).forEach(w -> assertEquals(w & 0xFFFF, w, "a register word holds 16 bits"));
        assertEquals(value, RegisterCodec.decode(type, byteOrder, wordOrder, words, 0));
    }

    @Test
    @DisplayName("BIT(n) reads bit n of a register, bit 0 being the least significant")
    void bitNReadsBitNOfTheRegister() {
        int[] words = { 0b1000_0000_0000_0101 };
        assertEquals(true, RegisterCodec.decode(DataType.bit(0), BE, HI, words, 0));
        assertEquals(false, RegisterCodec.decode(DataType.bit(1), BE, HI, words, 0));
        assertEquals(true, RegisterCodec.decode(DataType.bit(2), BE, HI, words, 0));
        assertEquals(true, RegisterCodec.decode(DataType.bit(15), BE, HI, words, 0));
        // byte-swapped device: the logical register is 0x0580, so bit 7 is set and bit 15 is not
        assertEquals(true, RegisterCodec.decode(DataType.bit(7), LE, HI, words, 0));
        assertEquals(false, RegisterCodec.decode(DataType.bit(15), LE, HI, words, 0));
    }

    @Test
    @DisplayName("setting a BIT changes only that bit of the register")
    void settingABitChangesOnlyThatBit() {
        assertEquals(0x8007, RegisterCodec.encodeBit(0x8005, DataType.bit(1), BE, true));
        assertEquals(0x0005, RegisterCodec.encodeBit(0x8005, DataType.bit(15), BE, false));
        assertEquals(0x0105, RegisterCodec.encodeBit(0x0005, DataType.bit(0), LE, true));
    }

    @Test
    @DisplayName("a value that does not fit its type is refused instead of being truncated")
    void aValueThatDoesNotFitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.encode(DataType.INT16, BE, HI, 40000));
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.encode(DataType.UINT16, BE, HI, -1));
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.encode(DataType.UINT32, BE, HI, -1L));
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.encode(DataType.INT32, BE, HI, 1.5));
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.encode(DataType.string(1), BE, HI, "abc"));
    }

    @Test
    @DisplayName("a value reaching past the words read is refused")
    void aValuePastTheWordsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RegisterCodec.decode(DataType.FLOAT32, BE, HI, new int[] { 1, 2 }, 1));
    }

    @Test
    @DisplayName("each type occupies the registers its size needs")
    void eachTypeOccupiesItsRegisters() {
        assertEquals(1, DataType.INT16.registerCount());
        assertEquals(1, DataType.bit(15).registerCount());
        assertEquals(2, DataType.FLOAT32.registerCount());
        assertEquals(4, DataType.FLOAT64.registerCount());
        assertEquals(10, DataType.string(10).registerCount());
        assertEquals(1, DataType.BOOL.registerCount());
        assertEquals(2, DataType.UINT32.registerCount());
        assertEquals(4, DataType.INT64.registerCount());
        assertThrows(IllegalArgumentException.class, () -> DataType.bit(16));
        assertThrows(IllegalArgumentException.class, () -> DataType.string(0));
    }
}
