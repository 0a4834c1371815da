/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.WordOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A scan's decoding written into a map statement")
class EncodingRewriteTest {

    private static final EncodingRewrite REWRITE = new EncodingRewrite(
            new TwinStandaloneSetup().createInjectorAndDoEMFRegistration());

    private static RankedDecoding cdabFloat() {
        return new RankedDecoding(new Decoding(DataType.FLOAT32, ByteOrder.BIG_ENDIAN, WordOrder.LOW_WORD_FIRST,
                1201.1f, false), 1201.1, 1, false, true, true, false, "in range");
    }

    @Test
    void aWrongWordOrderIsReplacedWhereWrittenAndTheByteOrderAdded() {
        assertEquals("map PLC4 4x0003 float32 \"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A, word order little,"
                + " byte order big }", REWRITE.apply("map PLC4 4x0003 float32 \"Rect_Amps_1\" -> Tank1.RectifierCurrent"
                        + " { unit A, word order big }", cdabFloat()));
    }

    @Test
    void aMappingWithoutOptionsGetsBraces() {
        assertEquals("map PLC4 holding 40023 float32 -> Tank3.RectifierCurrent { byte order big, word order little }",
                REWRITE.apply("map PLC4 holding 40023 float32 -> Tank3.RectifierCurrent", cdabFloat()));
    }

    @Test
    void theDataTypeIsReplacedAndAddedAfterAnAddressWithoutOne() {
        assertEquals("map PLC4 holding-register:3 float32 -> Tank1.RectifierCurrent { unit A, byte order big, word order"
                + " little }", REWRITE.apply("map PLC4 holding-register:3 -> Tank1.RectifierCurrent { unit A }",
                        cdabFloat()));
        assertEquals("map PLC4 4x0003 float32 -> T.C { byte order big, word order little }",
                REWRITE.apply("map PLC4 4x0003 int32 -> T.C {}", cdabFloat()));
    }

    @Test
    void commentsLineBreaksAndOtherOptionsStayAsWritten() {
        String statement = "map PLC4 holding 40021 int16 \"Temp_Sensor_7B\" -> Tank3.BathTemp {\n"
                + "    scale 0.1, // tenths of a degree\n    byte order little, unit degC\n}";
        RankedDecoding tenths = new RankedDecoding(new Decoding(DataType.INT16, ByteOrder.BIG_ENDIAN,
                WordOrder.HIGH_WORD_FIRST, (short) 212, false), 21.2, 0.1, false, true, true, false, "");
        assertEquals("map PLC4 holding 40021 int16 \"Temp_Sensor_7B\" -> Tank3.BathTemp {\n"
                + "    scale 0.1, // tenths of a degree\n    byte order big, unit degC\n}", REWRITE.apply(statement, tenths));
    }

    @Test
    void aSuggestedScaleIsWrittenToo() {
        RankedDecoding tenths = new RankedDecoding(new Decoding(DataType.INT16, ByteOrder.BIG_ENDIAN,
                WordOrder.HIGH_WORD_FIRST, (short) 212, false), 21.2, 0.1, true, true, true, false, "");
        assertEquals("map PLC4 holding 40021 int16 -> Tank3.BathTemp { unit degC, byte order big, scale 0.1 }",
                REWRITE.apply("map PLC4 holding 40021 int16 -> Tank3.BathTemp { unit degC }", tenths));
    }

    @Test
    void uint64AndTextThatIsNoStatementAreRefused() {
        RankedDecoding unsigned = new RankedDecoding(new Decoding(DataType.INT64, ByteOrder.BIG_ENDIAN,
                WordOrder.HIGH_WORD_FIRST, 5L, true), 5, 1, false, true, true, false, "");
        assertThrows(IllegalArgumentException.class, () -> REWRITE.apply("map PLC4 4x0003 -> T.C", unsigned));
        assertThrows(IllegalArgumentException.class, () -> REWRITE.apply("connection PLC4 modbus tcp {}", cdabFloat()));
    }
}
