/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagFormat;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.read.CsvRecords;
import org.fieldbridge.onboarding.read.TiaPlcTagReader;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TIA Portal's own PLC tag export, the .xlsx workbook, read without a spreadsheet library: the same tags as the sheet
 * saved as CSV, every way a workbook writes a cell, and damaged or hostile files refused in plant words.
 */
@DisplayName("Reading TIA Portal's PLC tag workbook (.xlsx)")
class TiaWorkbookTest {

    private static final List<String> HEADER = List.of("Name", "Path", "Data Type", "Logical Address", "Comment",
            "Hmi Visible", "Hmi Accessible", "Hmi Writeable", "Typeobject ID", "Version ID");

    @TempDir
    Path dir;

    @Test
    void theShippedWorkbookGivesTheSameTagsAsItsSheetSavedAsCsv() throws Exception {
        Path examples = RepositoryRoot.find().resolve("examples/import");
        List<ImportedTag> fromXlsx = TiaPlcTagReader.readWorkbook(examples.resolve("line7-tia-plctags.xlsx"));
        List<ImportedTag> fromCsv = new TiaPlcTagReader().read("line7-tia-plctags.csv",
                Files.readString(examples.resolve("line7-tia-plctags.csv")), null);
        assertEquals(12, fromXlsx.size());
        assertEquals(fromCsv.size(), fromXlsx.size());
        for (int i = 0; i < fromCsv.size(); i++) {
            ImportedTag csv = fromCsv.get(i);
            ImportedTag xlsx = fromXlsx.get(i);
            assertEquals(facts(csv), facts(xlsx), csv.name());
            assertEquals(csv.origin().replace(".csv:", ".xlsx:"), xlsx.origin(), "the row is the CSV's line");
        }
        assertEquals("nsu=http://www.siemens.com/simatic-s7-opcua;s=\"Temp_Sensor_7A\"",
                ((TagSource.OpcUa) fromXlsx.get(0).source()).nodeId(), "the namespace by its URI, not a guessed index");
        assertEquals(List.of("Tank7A"), fromXlsx.get(0).groups(), "the tag table is the equipment");
    }

    @Test
    void theShippedWorkbookImportsToACheckedModel() throws Exception {
        Path sample = RepositoryRoot.find().resolve("examples/import/line7-tia-plctags.xlsx");
        ImportResult result = Onboarding.importer().run(ImportRequest.of(List.of(sample.toString()), dir)
                .withPlant("Example.Eastgate.Pretreatment.Line7").withEndpoint("opc.tcp://127.0.0.1:4840"));
        CheckReport report = Onboarding.check(dir);
        String twin = Files.readString(result.twinFile());
        assertEquals(0, report.errors(), () -> Onboarding.lines(report) + "\n" + twin);
        assertEquals(List.of(TagFormat.TIA.title()), result.formats());
        assertEquals(12, result.tags());
        assertEquals(12, result.mapped());
        assertTrue(twin.contains("\"nsu=http://www.siemens.com/simatic-s7-opcua;s=\\\"Temp_Sensor_7A\\\"\""), twin);
        assertTrue(result.review().stream().anyMatch(r -> r.origin().equals("line7-tia-plctags.xlsx:13")),
                () -> "Spare_Out_3, row 13, is listed with its row: " + result.review());
    }

    @Test
    void inlineStringsSkippedCellsAndNumbersLandInTheirColumns() throws Exception {
        Path book = new XlsxSample().inlineStrings().sheet("PLC Tags", List.of(HEADER,
                List.of("Motor_Speed", "Drives\\Conveyor", "Int", "%IW64", "", "True", "False", "True", "", ""),
                List.of("Count", "", "DInt", "%MD4", "Parts", "", "", "", "", "7")))
                .write(dir.resolve("PLCTags.xlsx"));
        List<ImportedTag> tags = TiaPlcTagReader.readWorkbook(book);
        assertEquals(2, tags.size());
        assertEquals(List.of("Conveyor"), tags.get(0).groups(), "the table of a tag table group");
        assertEquals("", tags.get(0).description(), "a skipped Comment cell is empty, not the next column");
        assertTrue(tags.get(0).notes().stream().anyMatch(n -> n.contains("not accessible")),
                "Hmi Accessible False, read from the cell after a skipped one");
        assertEquals("Parts", tags.get(1).description());
    }

    @Test
    void cellsWithoutReferencesRichTextAndPhoneticHintsAreRead() throws Exception {
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row><c t="inlineStr"><is><t>Name</t></is></c><c t="inlineStr"><is><t>Data Type</t></is></c>
                <c t="inlineStr"><is><t>Logical Address</t></is></c><c r="E1" t="s"><v>0</v></c></row>
                <row><c t="inlineStr"><is><r><t>Tank_</t></r><r><rPr><b/></rPr><t>Level</t></r><rPh><t>x</t></rPh></is></c>
                <c t="str"><f>"Re"&amp;"al"</f><v>Real</v></c><c t="inlineStr"><is><t>%MD8</t></is></c>
                <c r="E2" t="s"><v>1</v></c></row>
                </sheetData></worksheet>""";
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Comment</t>"
                + "</si><si><r><t>Level </t></r><r><t>tank 3</t></r></si></sst>";
        Path book = new XlsxSample().sheet("PLC Tags", List.of(List.of("x")))
                .part("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8))
                .part("xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8)).write(dir.resolve("t.xlsx"));
        ImportedTag tag = TiaPlcTagReader.readWorkbook(book).get(0);
        assertEquals("Tank_Level", tag.name());
        assertEquals("Level tank 3", tag.description());
        assertEquals(org.fieldbridge.onboarding.TagType.FLOAT32, tag.type(), "the formula's cached value");
    }

    @Test
    void aDamagedSheetIsRefusedWithThePartLineAndColumn() throws Exception {
        byte[] broken = ("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml"
                + "/2006/main\"><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>\n"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></row>").getBytes(StandardCharsets.UTF_8);
        Path book = new XlsxSample().sheet("PLC Tags", List.of(HEADER)).part("xl/worksheets/sheet1.xml", broken)
                .write(dir.resolve("PLCTags.xlsx"));
        String message = refusal(book);
        assertTrue(message.startsWith("PLCTags.xlsx: the workbook cannot be read: xl/worksheets/sheet1.xml line 4 "
                + "column "), message);
        assertTrue(message.contains("export it again"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void aFileThatIsNoZipArchiveBeyondItsFirstBytesIsRefused() throws Exception {
        Path book = Files.write(dir.resolve("PLCTags.xlsx"), new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 });
        assertTrue(refusal(book).startsWith("PLCTags.xlsx: the workbook cannot be read: it is not a readable zip "
                + "archive"), refusal(book));
    }

    @Test
    void aPartThatInflatesBeyondItsBoundIsRefusedWithoutReadingItAll() throws Exception {
        byte[] zeros = new byte[65 * 1024 * 1024];
        Path book = new XlsxSample().sheet("PLC Tags", List.of(HEADER)).part("xl/worksheets/sheet1.xml", zeros)
                .write(dir.resolve("bomb.xlsx"));
        assertTrue(Files.size(book) < 1024 * 1024, "it is small on disk");
        String message = refusal(book);
        assertTrue(message.contains("xl/worksheets/sheet1.xml inflates to more than 64 MB"), message);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        byte[] hostile = ("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
        Path book = new XlsxSample().sheet("PLC Tags", List.of(HEADER)).part("xl/worksheets/sheet1.xml", hostile)
                .write(dir.resolve("xxe.xlsx"));
        String message = refusal(book);
        assertFalse(message.contains("TOPSECRET"), message);
        assertTrue(message.startsWith("xxe.xlsx: the workbook cannot be read: xl/worksheets/sheet1.xml line "), message);
    }

    @Test
    void aRenamedSheetIsFoundByTiasHeaderRow() throws Exception {
        Path book = new XlsxSample().sheet("Notes", List.of(List.of("Line 7 tags, exported for the integrator")))
                .sheet("PLC-Variablen", List.of(HEADER, List.of("Level_7A", "Tank7A", "Real", "%MD108", "Fill level",
                        "True", "True", "False", "", ""))).write(dir.resolve("renamed.xlsx"));
        List<ImportedTag> tags = TiaPlcTagReader.readWorkbook(book);
        assertEquals(List.of("Level_7A"), tags.stream().map(ImportedTag::name).toList());
        assertEquals("renamed.xlsx:2", tags.get(0).origin());
    }

    @Test
    void aWorkbookWithoutAPlcTagsSheetIsRefusedWithItsSheetsAndWhatToDo() throws Exception {
        Path book = new XlsxSample().sheet("Registers", List.of(List.of("Name", "Address"), List.of("T", "40001")))
                .write(dir.resolve("registers.xlsx"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Onboarding.importer().run(
                ImportRequest.of(List.of(book.toString()), dir.resolve("out"))));
        assertEquals("registers.xlsx has no sheet 'PLC Tags' (its sheets: Registers): Fieldbridge reads a workbook "
                + "only as TIA Portal's PLC tag export (PLC tags > Export); save the tag sheet of this one as CSV "
                + "(Excel: File > Save As > CSV UTF-8) and import that", e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aWorkbookForcedAsAnotherFormatIsRefused() throws Exception {
        Path sample = RepositoryRoot.find().resolve("examples/import/line7-tia-plctags.xlsx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Onboarding.importer().run(
                ImportRequest.of(List.of(sample.toString()), dir).withFormat(TagFormat.KEPWARE)));
        assertTrue(e.getMessage().contains("only TIA Portal's PLC tag export is read as a workbook, not Kepware tags"),
                e.getMessage());
    }

    /**
     * The shipped sample is what the generator writes from the CSV sample, as TIA Portal lays the workbook out (sheet
     * "PLC Tags" with its header row, "TagTable Properties" beside it): compared part by part. When the CSV or the
     * generator changes, the new workbook is left in target/ to be copied to examples/import.
     */
    @Test
    void theShippedWorkbookIsWhatTheGeneratorWritesFromTheCsvSample() throws Exception {
        Path examples = RepositoryRoot.find().resolve("examples/import");
        List<List<String>> rows = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (CsvRecords.Record r : CsvRecords.parse(Files.readString(examples.resolve("line7-tia-plctags.csv")), ',')) {
            List<String> row = new ArrayList<>(r.fields());
            while (row.size() < HEADER.size()) {
                row.add("");
            }
            rows.add(row);
            if (r.line() > 1 && !tables.contains(row.get(1))) {
                tables.add(row.get(1));
            }
        }
        List<List<String>> properties = new ArrayList<>();
        properties.add(List.of("Path", "BelongsToUnit", "Accessibility"));
        tables.forEach(t -> properties.add(Arrays.asList(t, "", "")));
        Path written = new XlsxSample().sheet("PLC Tags", rows).sheet("TagTable Properties", properties)
                .write(Files.createDirectories(Path.of("target")).resolve("line7-tia-plctags.xlsx"));
        assertEquals(parts(written), parts(examples.resolve("line7-tia-plctags.xlsx")),
                "examples/import/line7-tia-plctags.xlsx is not what the generator writes: copy " + written.toAbsolutePath()
                        + " there");
    }

    @Test
    void aTenThousandTagWorkbookIsReadWellWithinTheImportBudget() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of("Temp_Sensor_" + i, "Zone" + i / 100, "Real", "%MD" + 4 * i, "Zone temperature " + i,
                    "True", "True", "False", "", ""));
        }
        Path book = new XlsxSample().sheet("PLC Tags", rows).write(dir.resolve("big.xlsx"));
        long start = System.nanoTime();
        List<ImportedTag> tags = TiaPlcTagReader.readWorkbook(book);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("xlsx.read.10000-tags=" + millis + " ms (" + Files.size(book) + " bytes)");
        assertEquals(10_000, tags.size());
        assertEquals("Temp_Sensor_9999", tags.get(9_999).name());
        assertTrue(millis < 10_000, millis + " ms: the whole import of 10,000 tags has 10 s");
    }

    private static java.util.Map<String, String> parts(Path workbook) throws java.io.IOException {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements();) {
                var entry = e.nextElement();
                try (var in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    private static List<Object> facts(ImportedTag t) {
        return List.of(t.name(), t.source(), t.type(), t.unit(), t.description(), t.groups(), t.notes());
    }

    private static String refusal(Path book) {
        return assertThrows(IllegalArgumentException.class, () -> TiaPlcTagReader.readWorkbook(book)).getMessage();
    }
}
