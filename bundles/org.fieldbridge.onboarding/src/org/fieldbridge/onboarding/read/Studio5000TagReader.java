/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;

/**
 * A Rockwell Studio 5000 Logix Designer tag export (Tools > Export > Tags and Logic Comments, CSV; record layout
 * of Logix 5000 Controllers Import/Export, 1756-RM084, and Logix Designer v37 "CSV Record Format"):
 * {@code remark} lines, a format version line, the header {@code TYPE,SCOPE,NAME,DESCRIPTION,DATATYPE,SPECIFIER,
 * ATTRIBUTES}, then {@code TAG}, {@code ALIAS} and {@code COMMENT} records (with project documentation languages
 * the description moves to a {@code COMMENT} record whose specifier is the tag). Scope is empty for
 * controller-scoped tags, else the program. Logix tags are read over OPC UA as FactoryTalk Linx Gateway publishes
 * them: NodeId {@code ns=2;s=[SHORTCUT]TAG}, {@code ns=2;s=[SHORTCUT]Program:PROGRAM.TAG} for program tags.
 */
public final class Studio5000TagReader implements TagExportReader {

    private static final Map<String, TagType> TYPES = Map.of("BOOL", TagType.BOOL, "SINT", TagType.INT16,
            "INT", TagType.INT16, "DINT", TagType.INT32, "LINT", TagType.INT64, "USINT", TagType.UINT16,
            "UINT", TagType.UINT16, "UDINT", TagType.UINT32, "REAL", TagType.FLOAT32, "LREAL", TagType.FLOAT64);

    /** The FactoryTalk Linx device shortcut standing for the controller in NodeIds. */
    public static final String SHORTCUT_PLACEHOLDER = "{connection}";

    @Override
    public List<ImportedTag> read(String file, String text, ModbusItems addresses) {
        List<CsvRecords.Record> records = CsvRecords.parse(text, CsvRecords.delimiter(text));
        Header header = null;
        Map<String, ImportedTag.Builder> tags = new LinkedHashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (CsvRecords.Record row : records) {
            String type = row.field(0).toUpperCase(Locale.ROOT);
            if (type.equals("REMARK") || type.matches("[0-9.]+")) {
                continue;
            }
            if (type.equals("TYPE")) {
                header = new Header(row.fields());
                continue;
            }
            if (header == null) {
                throw new IllegalArgumentException(file + ":" + row.line() + ": not a Studio 5000 tag export (expected "
                        + "remark lines and the header TYPE,SCOPE,NAME,DESCRIPTION,DATATYPE,SPECIFIER,ATTRIBUTES)");
            }
            String scope = row.field(header.column("SCOPE"));
            String name = row.field(header.column("NAME"));
            String key = scope + ":" + name;
            if (type.startsWith("COMMENT")) {
                String specifier = row.field(header.column("SPECIFIER"));
                if (specifier.isEmpty() || specifier.equals(name)) {
                    descriptions.putIfAbsent(key, row.field(header.column("DESCRIPTION")));
                }
                continue;
            }
            if (type.equals("TAG") || type.equals("ALIAS")) {
                tags.put(key, tag(file, row, header, type, scope, name));
            }
        }
        List<ImportedTag> result = new ArrayList<>();
        for (Map.Entry<String, ImportedTag.Builder> entry : tags.entrySet()) {
            String description = descriptions.get(entry.getKey());
            if (description != null) {
                entry.getValue().description(description);
            }
            result.add(entry.getValue().build());
        }
        return result;
    }

    private static ImportedTag.Builder tag(String file, CsvRecords.Record row, Header h, String type, String scope,
            String name) {
        String dataType = row.field(h.column("DATATYPE")).toUpperCase(Locale.ROOT);
        String attributes = row.field(h.column("ATTRIBUTES"));
        ImportedTag.Builder tag = ImportedTag.builder(name, file + ":" + row.line())
                .description(row.field(h.column("DESCRIPTION"))).groups(scope.isEmpty() ? List.of() : List.of(scope))
                .type(TYPES.getOrDefault(dataType, TagType.UNKNOWN));
        if (type.equals("ALIAS")) {
            tag.note("alias of " + row.field(h.column("SPECIFIER")) + ": its data type is the base tag's");
        }
        if (dataType.contains("[")) {
            return tag.source(new TagSource.Unreadable("an array tag (" + dataType + "): map its elements one by one"));
        }
        if (!dataType.isEmpty() && !TYPES.containsKey(dataType)) {
            return tag.source(new TagSource.Unreadable("structured data type " + dataType
                    + ": map its members one by one (e.g. " + name + ".ACC)"));
        }
        if (attributes.replace(" ", "").contains("ExternalAccess:=None")) {
            tag.note("External Access is None in Logix: no OPC UA server can read it until it is Read Only or "
                    + "Read/Write");
        }
        String path = scope.isEmpty() ? name : "Program:" + scope + "." + name;
        return tag.source(new TagSource.OpcUa("ns=2;s=[" + SHORTCUT_PLACEHOLDER + "]" + path,
                "FactoryTalk Linx Gateway NodeId ns=2;s=[SHORTCUT]TAG with the connection's name as device shortcut; "
                        + "check with fieldbridge browse"));
    }
}
