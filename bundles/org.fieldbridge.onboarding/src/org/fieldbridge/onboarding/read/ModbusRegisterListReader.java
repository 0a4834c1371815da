/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagType;

/**
 * A Modbus register list as integrators keep it in a spreadsheet: one row per value, a header row naming the
 * columns loosely (name, address, table, data type, byte/word order, scale, offset, unit, description, min/max,
 * HMI tag, device). Only a name and an address column are required.
 */
public final class ModbusRegisterListReader implements TagExportReader {

    static final String[] NAME = { "Name", "Tag", "Tag Name", "Tagname", "Signal", "Variable", "Point", "Point Name" };
    static final String[] ADDRESS = { "Address", "Modbus Address", "Register", "Register Address", "Reg", "Addr" };

    @Override
    public List<ImportedTag> read(String file, String text, ModbusItems addresses) {
        List<CsvRecords.Record> records = CsvRecords.parse(text, CsvRecords.delimiter(text));
        int headerAt = -1;
        Header header = null;
        for (int i = 0; i < records.size() && i < 20; i++) {
            Header candidate = new Header(records.get(i).fields());
            if (candidate.has(NAME) && candidate.has(ADDRESS)) {
                headerAt = i;
                header = candidate;
                break;
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(file + ": no header row with a name and an address column "
                    + "(e.g. Name,Address,Data Type,Scale,Unit,Description)");
        }
        Columns columns = new Columns(header);
        List<ImportedTag> tags = new ArrayList<>();
        for (CsvRecords.Record row : records.subList(headerAt + 1, records.size())) {
            String name = row.field(columns.name);
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            tags.add(tag(file, row, name, columns, addresses));
        }
        return tags;
    }

    private static ImportedTag tag(String file, CsvRecords.Record row, String name, Columns c, ModbusItems addresses) {
        ImportedTag.Builder tag = ImportedTag.builder(name, file + ":" + row.line())
                .description(row.field(c.description)).unit(row.field(c.unit)).hmiTag(row.field(c.hmi))
                .connection(row.field(c.device));
        TagType type = TypeNames.type(row.field(c.type));
        tag.type(type);
        if (type == TagType.STRING) {
            double registers = TypeNames.number(row.field(c.length));
            tag.bit(Double.isNaN(registers) ? 1 : (int) registers);
            if (Double.isNaN(registers)) {
                tag.note("text length not in the list: 1 register (2 characters) assumed");
            }
        }
        ModbusCell.apply(tag, row.field(c.address), row.field(c.table), addresses);
        String[] orders = TypeNames.orders(row.field(c.order));
        String byteOrder = TypeNames.byteOrder(row.field(c.byteOrder));
        String wordOrder = TypeNames.wordOrder(row.field(c.wordOrder));
        tag.byteOrder(byteOrder != null ? byteOrder : orders[0]).wordOrder(wordOrder != null ? wordOrder : orders[1]);
        double scale = TypeNames.number(row.field(c.scale));
        double offset = TypeNames.number(row.field(c.offset));
        tag.scale(Double.isNaN(scale) ? null : scale).offset(Double.isNaN(offset) ? null : offset);
        tag.range(TypeNames.number(row.field(c.min)), TypeNames.number(row.field(c.max)));
        return tag.build();
    }

    /** Column positions, -1 where the list has none. */
    private static final class Columns {
        final int name;
        final int address;
        final int table;
        final int type;
        final int length;
        final int order;
        final int byteOrder;
        final int wordOrder;
        final int scale;
        final int offset;
        final int unit;
        final int description;
        final int min;
        final int max;
        final int hmi;
        final int device;

        Columns(Header h) {
            name = h.column(NAME);
            address = h.column(ADDRESS);
            table = h.column("Table", "Register Type", "Function", "Area", "Object Type");
            type = h.column("Data Type", "Type", "DataType", "Format", "Value Type");
            length = h.column("Length", "Registers", "Size", "Count");
            order = h.column("Order", "Endianness", "Byte Word Order", "Encoding", "Swap");
            byteOrder = h.column("Byte Order", "Byte Swap");
            wordOrder = h.column("Word Order", "Word Swap");
            scale = h.column("Scale", "Factor", "Multiplier", "Gain", "Scaling");
            offset = h.column("Offset");
            unit = h.column("Unit", "Units", "Eng Units", "Engineering Unit", "EU", "Engineering Units");
            description = h.column("Description", "Comment", "Remark", "Text");
            min = h.column("Min", "Minimum", "Low", "Range Low", "Min EU", "Eng Low", "Lower Limit");
            max = h.column("Max", "Maximum", "High", "Range High", "Max EU", "Eng High", "Upper Limit");
            hmi = h.column("HMI Tag", "HMI", "HMI Name", "SCADA Tag");
            device = h.column("Device", "Controller", "PLC", "Slave");
        }
    }
}
