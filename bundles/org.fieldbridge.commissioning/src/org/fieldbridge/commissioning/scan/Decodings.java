/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterCodec;
import org.fieldbridge.runtime.register.WordOrder;

/** Every decoding of registers read from one address, through the runtime's codec. */
public final class Decodings {

    private static final DataType[] ONE = { DataType.INT16, DataType.UINT16 };
    private static final DataType[] TWO = { DataType.FLOAT32, DataType.INT32, DataType.UINT32 };
    private static final DataType[] FOUR = { DataType.FLOAT64, DataType.INT64 };

    private Decodings() {
    }

    /**
     * @param words registers read from the address on (each 0..65535), at least one
     * @return int16/uint16 in both byte orders; with two registers int32/uint32/float32 in ABCD, CDAB, BADC,
     *         DCBA; with four also int64/uint64/float64 in those orders; and the registers as a text when every
     *         character is printable
     */
    public static List<Decoding> of(int[] words) {
        List<Decoding> all = new ArrayList<>();
        for (ByteOrder bytes : ByteOrder.values()) {
            for (DataType type : ONE) {
                all.add(decode(type, bytes, WordOrder.HIGH_WORD_FIRST, words));
            }
        }
        for (WordOrder order : WordOrder.values()) {
            for (ByteOrder bytes : ByteOrder.values()) {
                if (words.length >= 2) {
                    for (DataType type : TWO) {
                        all.add(decode(type, bytes, order, words));
                    }
                }
                if (words.length >= 4) {
                    for (DataType type : FOUR) {
                        all.add(decode(type, bytes, order, words));
                    }
                    Object signed = RegisterCodec.decode(DataType.INT64, bytes, order, words, 0);
                    if ((Long) signed < 0) { // only where it differs from int64
                        all.add(new Decoding(DataType.INT64, bytes, order, signed, true));
                    }
                }
            }
        }
        DataType text = DataType.string(words.length);
        String string = (String) RegisterCodec.decode(text, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST, words, 0);
        if (isPrintable(string)) {
            all.add(new Decoding(text, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST, string, false));
        }
        return all;
    }

    private static Decoding decode(DataType type, ByteOrder bytes, WordOrder order, int[] words) {
        return new Decoding(type, bytes, order, RegisterCodec.decode(type, bytes, order, words, 0), false);
    }

    /** A text of at least two characters, all printable ISO 8859-1: likely a name, a recipe, a serial number. */
    static boolean isPrintable(String text) {
        if (text.length() < 2) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (c < 0x20 || (c > 0x7E && c < 0xA0)) {
                return false;
            }
        }
        return true;
    }
}
