/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;

/**
 * A Siemens TIA Portal PLC tag table export (PLC tags > Export, V15 to V19), saved as CSV: TIA writes an .xlsx
 * workbook whose sheet {@code PLCTags} has the columns {@code Name,Path,Data Type,Logical Address,Comment,
 * Hmi Visible,Hmi Accessible,Hmi Writeable,Typeobject ID,Version ID}; Fieldbridge reads that sheet saved as CSV
 * (Excel: File > Save As > CSV UTF-8), because reading .xlsx would need a spreadsheet library the runtime does not
 * carry. The tags are read through the S7-1500's OPC UA server: NodeId {@code ns=3;s="NAME"} (namespace
 * {@code http://www.siemens.com/simatic-s7-opcua}, index 3 unless the server has more namespaces).
 */
public final class TiaPlcTagReader implements TagExportReader {

    private static final Map<String, TagType> TYPES = Map.ofEntries(Map.entry("bool", TagType.BOOL),
            Map.entry("byte", TagType.UINT16), Map.entry("sint", TagType.INT16), Map.entry("usint", TagType.UINT16),
            Map.entry("int", TagType.INT16), Map.entry("uint", TagType.UINT16), Map.entry("word", TagType.UINT16),
            Map.entry("dint", TagType.INT32), Map.entry("udint", TagType.UINT32), Map.entry("dword", TagType.UINT32),
            Map.entry("time", TagType.INT32), Map.entry("lint", TagType.INT64), Map.entry("real", TagType.FLOAT32),
            Map.entry("lreal", TagType.FLOAT64), Map.entry("string", TagType.STRING), Map.entry("wstring", TagType.STRING));

    @Override
    public List<ImportedTag> read(String file, String text, ModbusItems addresses) {
        List<CsvRecords.Record> records = CsvRecords.parse(text, CsvRecords.delimiter(text));
        if (records.isEmpty() || !new Header(records.get(0).fields()).has("Logical Address")) {
            throw new IllegalArgumentException(file + ": not a TIA Portal PLC tag table (the first row must name the "
                    + "columns Name,Path,Data Type,Logical Address,Comment,...; save the PLCTags sheet as CSV)");
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
                    .groups(path.isEmpty() || path.toLowerCase(Locale.ROOT).startsWith("default") ? List.of()
                            : List.of(path))
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
                tag.source(new TagSource.OpcUa("ns=3;s=\"" + name + "\"", "S7-1500 OPC UA server NodeId for PLC tag "
                        + name + " (" + address + "); check the namespace index with fieldbridge browse"));
            }
            if ("false".equalsIgnoreCase(row.field(h.column("Hmi Accessible")))) {
                tag.note("not accessible from HMI/OPC UA in TIA Portal: tick 'Accessible from HMI/OPC UA/Web API' "
                        + "for it, or the server will not offer it");
            }
            tags.add(tag.build());
        }
        return tags;
    }
}
