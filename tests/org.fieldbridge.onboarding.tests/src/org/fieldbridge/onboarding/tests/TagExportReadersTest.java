/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagFormat;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;
import org.fieldbridge.onboarding.read.CsvRecords;
import org.fieldbridge.onboarding.read.InTouchDbDumpReader;
import org.fieldbridge.onboarding.read.KepwareTagReader;
import org.fieldbridge.onboarding.read.ModbusItems;
import org.fieldbridge.onboarding.read.ModbusRegisterListReader;
import org.fieldbridge.onboarding.read.Studio5000TagReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The readers on the details of real exports: quoting, delimiters, spellings, scaling, sections. */
@DisplayName("Reading tag exports")
class TagExportReadersTest {

    private static final ModbusItems ADDRESSES = new ModbusItems(Onboarding.injector());

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvRecords.Record> records = CsvRecords.parse("\uFEFFa,\"b, \"\"c\"\"\",\"d\ne\"\r\nf,g,h\n", ',');
        assertEquals(List.of("a", "b, \"c\"", "d\ne"), records.get(0).fields());
        assertEquals(3, records.get(1).line(), "the second record starts on line 3");
    }

    @Test
    void aGermanExcelListWithSemicolonsAndDecimalCommasIsRead() {
        String list = "Name;Adresse;Register Type;Datentyp;Scale;Unit\nTemp_Tank_1;7;Holding Register;INT;0,1;°C\n";
        // "Adresse" is no address column: the list is refused with the columns it needs
        assertTrue(assertThrowsMessage(() -> new ModbusRegisterListReader().read("de.csv", list, ADDRESSES))
                .contains("no header row with a name and an address column"));
        String english = list.replace("Adresse", "Address").replace("Datentyp", "Data Type");
        ImportedTag tag = new ModbusRegisterListReader().read("de.csv", english, ADDRESSES).get(0);
        assertEquals("holding:6", ((TagSource.Modbus) tag.source()).address().canonical(),
                "a plain number with the table beside it counts from 1");
        assertEquals(0.1, tag.scale());
        assertEquals(TagType.INT16, tag.type());
    }

    @Test
    void everyAddressSpellingOfTheLanguageIsAccepted() {
        for (String address : List.of("40007", "400007", "4x0007", "holding 7", "holding-register:7", "HOLDING:7")) {
            ImportedTag tag = new ModbusRegisterListReader().read("l.csv", "Name,Address\nT," + address + "\n",
                    ADDRESSES).get(0);
            assertEquals("holding:6", ((TagSource.Modbus) tag.source()).address().canonical(), address);
        }
        ImportedTag unreadable = new ModbusRegisterListReader().read("l.csv", "Name,Address\nT,%MW7\n", ADDRESSES)
                .get(0);
        assertInstanceOf(TagSource.Unreadable.class, unreadable.source(), "kept, with why, never dropped");
    }

    @Test
    void orderColumnsAsCdabAndBitsAfterTheAddressAreRead() {
        ImportedTag tag = new ModbusRegisterListReader().read("l.csv",
                "Name,Address,Type,Order\nA,40021,float,CDAB\nB,40030.3,bool,\n", ADDRESSES).get(0);
        assertEquals("big", tag.byteOrder());
        assertEquals("little", tag.wordOrder());
        ImportedTag bit = new ModbusRegisterListReader().read("l.csv",
                "Name,Address,Type,Order\nA,40021,float,CDAB\nB,40030.3,bool,\n", ADDRESSES).get(1);
        assertEquals(TagType.BIT, bit.type());
        assertEquals(3, bit.bit());
    }

    @Test
    void kepwareLinearScalingBecomesScaleOffsetAndRange() {
        String export = "Tag Name,Address,Data Type,Respect Data Type,Client Access,Scan Rate,Scaling,Raw Low,Raw High,"
                + "Scaled Low,Scaled High,Scaled Data Type,Clamp Low,Clamp High,Eng Units,Description,Negate Value\n"
                + "\"Boiler1.Press\",\"400010\",\"Word\",1,RO,100,\"Linear\",4000,20000,0,16,\"Float\",0,0,\"bar\",\"\",0\n";
        ImportedTag tag = new KepwareTagReader().read("k.csv", export, ADDRESSES).get(0);
        assertEquals(0.001, tag.scale());
        assertEquals(-4.0, tag.offset());
        assertEquals(0, tag.low());
        assertEquals(16, tag.high());
        assertEquals(List.of("Boiler1"), tag.groups());
        assertEquals("Boiler1.Press", tag.label());
    }

    @Test
    void inTouchItemsWithTypeLettersAndScalingAreRead() {
        String dump = ":mode=ask\n:IOReal,Group,Comment,EngUnits,MinEU,MaxEU,MinRaw,MaxRaw,Conversion,AccessName,"
                + "ItemUseTagname,ItemName\nFT_101,$System,\"Gas flow\",\"m3/h\",0,400,0,4000,Linear,PLC2,No,\"40101 F\"\n"
                + ":MemoryInt,Group,Comment\nCounterHMI,$System,\"\"\n";
        List<ImportedTag> tags = new InTouchDbDumpReader().read("d.csv", dump, ADDRESSES);
        assertEquals(TagType.FLOAT32, tags.get(0).type());
        assertEquals(0.1, tags.get(0).scale());
        assertEquals("PLC2", tags.get(0).connection());
        assertInstanceOf(TagSource.Unreadable.class, tags.get(1).source());
        assertEquals(TagFormat.INTOUCH, TagFormat.detect(dump).orElseThrow());
    }

    @Test
    void studio5000DescriptionsInCommentRecordsAndProgramScopesAreRead() {
        String export = "remark,\"CSV-Import-Export\"\n0.3\nTYPE,SCOPE,NAME,DESCRIPTION,DATATYPE,SPECIFIER,ATTRIBUTES\n"
                + "TAG,Mixer,Speed,\"\",\"REAL\",\"\",\"(RADIX := Float)\"\n"
                + "COMMENT,Mixer,Speed,\"Mixer shaft speed\",\"\",\"Speed\",\"\"\n";
        ImportedTag tag = new Studio5000TagReader().read("r.csv", export, ADDRESSES).get(0);
        assertEquals("Mixer shaft speed", tag.description());
        assertEquals(List.of("Mixer"), tag.groups());
        assertTrue(((TagSource.OpcUa) tag.source()).nodeId().endsWith("]Program:Mixer.Speed"));
    }

    private static String assertThrowsMessage(org.junit.jupiter.api.function.Executable executable) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, executable).getMessage();
    }
}
