/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;

/**
 * An AVEVA (Wonderware) InTouch HMI tagname dictionary dumped with DBDump: a {@code :mode=} line, then sections
 * whose first row starts with the keyword and names the columns ({@code :IOAccess}, {@code :AlarmGroup},
 * {@code :MemoryDisc}, {@code :IODisc}, {@code :MemoryInt}, {@code :IOInt}, {@code :MemoryReal}, {@code :IOReal},
 * {@code :MemoryMsg}, {@code :IOMsg}, ...), column order as in the InTouch HMI 2023 R2 documentation ("Tag type
 * keyword attributes"). I/O tags whose item is a Modbus address of the Modbus DAServer / OI.MBTCP syntax
 * ({@code 400001}, {@code 40001 F}: S signed, U unsigned, L 32-bit, F float) become Modbus mappings with the
 * raw-to-EU scaling of MinRaw/MaxRaw/MinEU/MaxEU; memory tags live in the HMI only and are listed for review.
 */
public final class InTouchDbDumpReader implements TagExportReader {

    private static final Pattern ITEM = Pattern.compile("^(\\S+?)\\s*([SULFD])?$", Pattern.CASE_INSENSITIVE);

    @Override
    public List<ImportedTag> read(String file, String text, ModbusItems addresses) {
        List<CsvRecords.Record> records = CsvRecords.parse(text, ',');
        Map<String, String> topics = new HashMap<>();
        List<ImportedTag> tags = new ArrayList<>();
        String section = null;
        Header header = null;
        for (CsvRecords.Record row : records) {
            String first = row.field(0);
            if (first.startsWith(";")) {
                continue;
            }
            if (first.startsWith(":")) {
                int equals = first.indexOf('=');
                section = (equals > 0 ? first.substring(1, equals) : first.substring(1)).toLowerCase(Locale.ROOT);
                header = new Header(row.fields());
                continue;
            }
            if (section == null || header == null) {
                throw new IllegalArgumentException(file + ":" + row.line() + ": not an InTouch DBDump file (it must "
                        + "start with :mode= and sections such as :IOReal)");
            }
            if (section.equals("ioaccess")) {
                topics.put(first, row.field(header.column("Topic")));
            } else if (section.startsWith("io") || section.startsWith("memory")) {
                tags.add(tag(file, row, section, header, addresses));
            }
        }
        return tags;
    }

    private static ImportedTag tag(String file, CsvRecords.Record row, String section, Header h, ModbusItems addresses) {
        String name = row.field(0);
        ImportedTag.Builder tag = ImportedTag.builder(name, file + ":" + row.line())
                .description(row.field(h.column("Comment"))).unit(row.field(h.column("EngUnits")));
        // the Group column is the tag's alarm group, not where it is in the plant: not used as structure
        tag.type(section.endsWith("disc") ? TagType.BOOL : section.endsWith("real") ? TagType.FLOAT32
                : section.endsWith("msg") ? TagType.STRING : TagType.INT16);
        if (section.startsWith("memory")) {
            tag.source(new TagSource.Unreadable("InTouch memory tag (:" + section + "): it lives in the HMI, no "
                    + "controller holds it"));
            return tag.build();
        }
        if (!section.equals("iodisc") && !section.equals("iomsg")) {
            LinearScaling.apply(tag, TypeNames.number(row.field(h.column("MinRaw"))),
                    TypeNames.number(row.field(h.column("MaxRaw"))), TypeNames.number(row.field(h.column("MinEU"))),
                    TypeNames.number(row.field(h.column("MaxEU"))), row.field(h.column("Conversion")));
        }
        String access = row.field(h.column("AccessName"));
        tag.connection(access);
        String item = "yes".equalsIgnoreCase(row.field(h.column("ItemUseTagname"))) ? name
                : row.field(h.column("ItemName"));
        Matcher match = ITEM.matcher(item.strip());
        if (!match.matches() || !ModbusCell.apply(tag, match.group(1), "", addresses)) {
            tag.source(new TagSource.Unreadable("item '" + item + "' of access name " + access
                    + " is no Modbus address; read it over OPC UA (fieldbridge import opc.tcp://...)"));
            return tag.build();
        }
        if (section.equals("iomsg")) {
            double length = TypeNames.number(row.field(h.column("MaxLength")));
            tag.type(TagType.STRING).bit(Double.isNaN(length) ? 1 : (int) Math.max(1, Math.ceil(length / 2)));
        } else if (match.group(2) != null && !section.equals("iodisc")) {
            tag.type(switch (match.group(2).toUpperCase(Locale.ROOT)) {
                case "U" -> TagType.UINT16;
                case "L" -> TagType.INT32;
                case "F" -> TagType.FLOAT32;
                case "D" -> TagType.FLOAT64;
                default -> TagType.INT16;
            });
        } else if (!section.equals("iodisc")) {
            tag.type(TagType.INT16); // a register without a suffix is one signed 16-bit value
        }
        return tag.build();
    }
}
