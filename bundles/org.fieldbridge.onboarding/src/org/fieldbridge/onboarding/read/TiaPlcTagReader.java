/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;

/**
 * A Siemens TIA Portal PLC tag table export (PLC tags > Export, V15 to V20): the {@code .xlsx} workbook TIA writes
 * ({@code PLCTags.xlsx}, sheet {@code PLC Tags}, beside it {@code TagTable Properties} in V17 and later), or that sheet
 * saved as CSV. Both give the same rows to one mapping. Columns, found by name: {@code Name, Path, Data Type,
 * Logical Address, Comment, Hmi Visible, Hmi Accessible, Hmi Writeable, Typeobject ID, Version ID}. The tags are read
 * through the S7-1500's OPC UA server, in the namespace {@value #S7_NAMESPACE} whose index the server chooses: the
 * NodeId is written {@code nsu=http://www.siemens.com/simatic-s7-opcua;s="NAME"}, which the runtime resolves against
 * the server's namespace table when it connects.
 */
public final class TiaPlcTagReader implements TagExportReader {

    /** The namespace of the PLC tags in the S7-1500's OPC UA server. */
    public static final String S7_NAMESPACE = "http://www.siemens.com/simatic-s7-opcua";
    /** The names TIA gives the sheet: V15 to V20 write "PLC Tags"; "PLCTags" is the file's name, accepted too. */
    private static final String[] SHEETS = { "PLC Tags", "PLCTags" };

    private static final Map<String, TagType> TYPES = Map.ofEntries(Map.entry("bool", TagType.BOOL),
            Map.entry("byte", TagType.UINT16), Map.entry("sint", TagType.INT16), Map.entry("usint", TagType.UINT16),
            Map.entry("int", TagType.INT16), Map.entry("uint", TagType.UINT16), Map.entry("word", TagType.UINT16),
            Map.entry("dint", TagType.INT32), Map.entry("udint", TagType.UINT32), Map.entry("dword", TagType.UINT32),
            Map.entry("time", TagType.INT32), Map.entry("lint", TagType.INT64), Map.entry("real", TagType.FLOAT32),
            Map.entry("lreal", TagType.FLOAT64), Map.entry("string", TagType.STRING), Map.entry("wstring", TagType.STRING));

    @Override
    public List<ImportedTag> read(String file, String text, ModbusItems addresses) {
        return read(file, CsvRecords.parse(text, CsvRecords.delimiter(text)));
    }

    /**
     * Reads TIA Portal's own export, the workbook.
     *
     * @param workbook the .xlsx file
     * @return the tags of its PLC Tags sheet
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is damaged or has no PLC Tags sheet, in plant words
     */
    public static List<ImportedTag> readWorkbook(Path workbook) throws IOException {
        String file = workbook.getFileName().toString();
        XlsxWorkbook book = XlsxWorkbook.open(workbook);
        Optional<List<CsvRecords.Record>> rows = book.rows(SHEETS);
        for (String sheet : book.sheetNames()) {
            // a sheet renamed, or named in another language: TIA's header row is what counts
            if (rows.isEmpty()) {
                rows = book.rows(sheet).filter(TiaPlcTagReader::isTagTable);
            }
        }
        return read(file, rows.orElseThrow(() -> new IllegalArgumentException(file + " has no sheet 'PLC Tags' (its "
                + "sheets: " + String.join(", ", book.sheetNames()) + "): Fieldbridge reads a workbook only as TIA "
                + "Portal's PLC tag export (PLC tags > Export); save the tag sheet of this one as CSV (Excel: File > "
                + "Save As > CSV UTF-8) and import that")));
    }

    private static boolean isTagTable(List<CsvRecords.Record> rows) {
        Header header = rows.isEmpty() ? null : new Header(rows.get(0).fields());
        return header != null && header.has("Name") && header.has("Logical Address");
    }

    /**
     * @param file the export's name, for origins ({@code file:row})
     * @param records the header row, then a row per tag
     * @return the tags in row order
     */
    static List<ImportedTag> read(String file, List<CsvRecords.Record> records) {
        if (records.isEmpty() || !new Header(records.get(0).fields()).has("Logical Address")) {
            throw new IllegalArgumentException(file + ": not a TIA Portal PLC tag table (the first row must name the "
                    + "columns Name,Path,Data Type,Logical Address,Comment,...; export the PLC tag table again)");
        }
        Header h = new Header(records.get(0).fields());
        List<ImportedTag> tags = new ArrayList<>();
        for (CsvRecords.Record row : records.subList(1, records.size())) {
            String name = row.field(h.column("Name"));
            if (name.isEmpty()) {
                continue;
            }
            String path = row.field(h.column("Path"));
            String typeName = row.field(h.column("Data Type"));
            ImportedTag.Builder tag = ImportedTag.builder(name, file + ":" + row.line())
                    .description(row.field(h.column("Comment")))
                    .groups(groups(path))
                    .type(TYPES.getOrDefault(typeName.toLowerCase(Locale.ROOT).replaceAll("\\[.*", ""),
                            TagType.UNKNOWN));
            if (typeName.equalsIgnoreCase("Time")) {
                tag.unit("ms");
            }
            String address = row.field(h.column("Logical Address"));
            if (typeName.toLowerCase(Locale.ROOT).startsWith("array") || typeName.startsWith("\"")) {
                tag.source(new TagSource.Unreadable("structured data type " + typeName + " at " + address
                        + ": map its members one by one"));
            } else {
                tag.source(new TagSource.OpcUa("nsu=" + S7_NAMESPACE + ";s=\"" + name + "\"", "S7-1500 OPC UA "
                        + "server NodeId for PLC tag " + name + " (" + address + "), the namespace by its URI"));
            }
            if ("false".equalsIgnoreCase(row.field(h.column("Hmi Accessible")))) {
                tag.note("not accessible from HMI/OPC UA in TIA Portal: tick 'Accessible from HMI/OPC UA/Web API' "
                        + "for it, or the server will not offer it");
            }
            tags.add(tag.build());
        }
        return tags;
    }

    /**
     * The tag table is the equipment; {@code Path} is {@code Folder\Table} for tables in groups. The default tag
     * table ("Default tag table", "Standard-Variablentabelle") names none.
     */
    private static List<String> groups(String path) {
        if (path.isEmpty()) {
            return List.of();
        }
        String table = path.substring(path.lastIndexOf('\\') + 1).strip();
        String lower = table.toLowerCase(Locale.ROOT);
        return table.isEmpty() || lower.startsWith("default") || lower.startsWith("standard") ? List.of()
                : List.of(table);
    }
}
