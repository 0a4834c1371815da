/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;

/**
 * A Kepware KEPServerEX / Kepware Edge tag CSV export of one device or tag group (File > Export CSV; layout of
 * KEPServerEX 6.x: {@code Tag Name,Address,Data Type,Respect Data Type,Client Access,Scan Rate,Scaling,Raw Low,
 * Raw High,Scaled Low,Scaled High,Scaled Data Type,Clamp Low,Clamp High,Eng Units,Description,Negate Value}).
 * A tag name with dots is a tag in a tag group ({@code Tank7B.Temp}). Addresses of the Modbus TCP/IP Ethernet
 * driver ({@code 400001}, {@code 400030.00}, {@code 000017}) become Modbus mappings; others are read through
 * KEPServerEX's own OPC UA server, NodeId {@code nsu=KEPServerEX;s=CHANNEL.DEVICE.TAG}: the namespace by its URI
 * (index 2 on a default server), which the runtime resolves against the server's namespace table.
 */
public final class KepwareTagReader implements TagExportReader {

    /** The channel and device of tags read through KEPServerEX's OPC UA server; the export does not name them. */
    public static final String DEVICE_PATH = "Channel1.Device1";
    /** The namespace of the tags in KEPServerEX's OPC UA server. */
    public static final String NAMESPACE = "KEPServerEX";

    private static final Map<String, TagType> TYPES = Map.ofEntries(Map.entry("boolean", TagType.BOOL),
            Map.entry("char", TagType.INT16), Map.entry("byte", TagType.UINT16), Map.entry("short", TagType.INT16),
            Map.entry("word", TagType.UINT16), Map.entry("long", TagType.INT32), Map.entry("dword", TagType.UINT32),
            Map.entry("float", TagType.FLOAT32), Map.entry("double", TagType.FLOAT64),
            Map.entry("llong", TagType.INT64), Map.entry("string", TagType.STRING), Map.entry("bcd", TagType.UINT16),
            Map.entry("lbcd", TagType.UINT32), Map.entry("qword", TagType.INT64));

    @Override
    public List<ImportedTag> read(String file, String text, ModbusItems addresses) {
        List<CsvRecords.Record> records = CsvRecords.parse(text, CsvRecords.delimiter(text));
        if (records.isEmpty() || !new Header(records.get(0).fields()).has("Tag Name")) {
            throw new IllegalArgumentException(file + ": not a Kepware tag export (the first row must name the columns "
                    + "Tag Name,Address,Data Type,...)");
        }
        Header h = new Header(records.get(0).fields());
        int name = h.column("Tag Name");
        int address = h.column("Address");
        int type = h.column("Data Type");
        int scaling = h.column("Scaling");
        int units = h.column("Eng Units", "Engineering Units");
        int description = h.column("Description");
        int access = h.column("Client Access");
        List<ImportedTag> tags = new ArrayList<>();
        for (CsvRecords.Record row : records.subList(1, records.size())) {
            String full = row.field(name);
            if (full.isEmpty()) {
                continue;
            }
            List<String> path = Arrays.asList(full.split("\\."));
            ImportedTag.Builder tag = ImportedTag.builder(full, file + ":" + row.line())
                    .groups(path.subList(0, path.size() - 1)).unit(row.field(units))
                    .description(row.field(description));
            String typeName = row.field(type).toLowerCase(Locale.ROOT);
            tag.type(TYPES.getOrDefault(typeName.replace(" array", ""), TagType.UNKNOWN));
            if (typeName.contains("bcd")) {
                tag.note("BCD values are not decoded by Fieldbridge: the mapping reads the register as a binary number");
            }
            if (typeName.contains("array")) {
                tag.source(new TagSource.Unreadable("an array tag (" + row.field(type) + "): map its elements one by one"));
                tags.add(tag.build());
                continue;
            }
            if (!ModbusCell.apply(tag, row.field(address), "", addresses)) {
                tag.source(new TagSource.OpcUa("nsu=" + NAMESPACE + ";s=" + DEVICE_PATH + "." + full,
                        "KEPServerEX's OPC UA NodeId nsu=KEPServerEX;s=CHANNEL.DEVICE.TAG; the export does not name the "
                                + "channel and device: replace " + DEVICE_PATH));
            }
            ImportedTag probe = tag.build();
            if (probe.source() instanceof TagSource.Modbus && (probe.type() == TagType.INT32
                    || probe.type() == TagType.UINT32 || probe.type() == TagType.FLOAT32
                    || probe.type() == TagType.FLOAT64 || probe.type() == TagType.INT64)) {
                // the Modbus Ethernet driver's device property "First word low in 32 bit data types" is on by default
                tag.wordOrder("little").note("word order little assumed: Kepware's Modbus driver reads 32/64-bit values "
                        + "low word first unless the device's 'First word low' setting is off (not in the tag export)");
            }
            if (row.field(scaling).equalsIgnoreCase("Linear") || row.field(scaling).toLowerCase(Locale.ROOT)
                    .startsWith("square")) {
                LinearScaling.apply(tag, TypeNames.number(row.field(h.column("Raw Low"))),
                        TypeNames.number(row.field(h.column("Raw High"))),
                        TypeNames.number(row.field(h.column("Scaled Low"))),
                        TypeNames.number(row.field(h.column("Scaled High"))), row.field(scaling));
            }
            if (row.field(access).equalsIgnoreCase("WO")) {
                tag.note("write-only in Kepware (Client Access WO): Fieldbridge only reads");
            }
            tags.add(tag.build());
        }
        return tags;
    }
}
