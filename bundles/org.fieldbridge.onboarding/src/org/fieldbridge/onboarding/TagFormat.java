/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.fieldbridge.onboarding.read.CsvRecords;
import org.fieldbridge.onboarding.read.InTouchDbDumpReader;
import org.fieldbridge.onboarding.read.KepwareTagReader;
import org.fieldbridge.onboarding.read.ModbusRegisterListReader;
import org.fieldbridge.onboarding.read.Studio5000TagReader;
import org.fieldbridge.onboarding.read.TagExportReader;
import org.fieldbridge.onboarding.read.TiaPlcTagReader;

/** The sources {@code fieldbridge import} reads, each recognised from its content. */
public enum TagFormat {
    /** A Modbus register list (CSV). */
    MODBUS("modbus", "Modbus register list", ModbusRegisterListReader::new),
    /** AVEVA/Wonderware InTouch DBDump CSV. */
    INTOUCH("intouch", "InTouch DBDump", InTouchDbDumpReader::new),
    /** Siemens TIA Portal PLC tag table: its .xlsx export (read by {@link TiaPlcTagReader#readWorkbook}) or CSV. */
    TIA("tia", "TIA Portal PLC tags", TiaPlcTagReader::new),
    /** Rockwell Studio 5000 tag CSV. */
    STUDIO5000("studio5000", "Studio 5000 tags", Studio5000TagReader::new),
    /** Kepware tag CSV export. */
    KEPWARE("kepware", "Kepware tags", KepwareTagReader::new),
    /** An OPC UA server, browsed. */
    OPCUA("opcua", "OPC UA server", null);

    private final String id;
    private final String title;
    private final Supplier<TagExportReader> reader;

    TagFormat(String id, String title, Supplier<TagExportReader> reader) {
        this.id = id;
        this.title = title;
        this.reader = reader;
    }

    /** @return the name {@code --format} takes */
    public String id() {
        return id;
    }

    /** @return the name people know it by */
    public String title() {
        return title;
    }

    /** @return a reader of this format; none for {@link #OPCUA} */
    public TagExportReader reader() {
        if (reader == null) {
            throw new IllegalStateException(title + " is browsed, not read from a file");
        }
        return reader.get();
    }

    /**
     * @param id a {@code --format} value
     * @return the format
     */
    public static Optional<TagFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * Recognises an export from its first lines.
     *
     * @param text the export
     * @return the format, empty when it is none of them
     */
    public static Optional<TagFormat> detect(String text) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        String lower = head.toLowerCase(Locale.ROOT).replace("\"", "");
        String first = lower.stripLeading().replace("\uFEFF", "");
        if (first.startsWith(":mode=") || lower.contains("\n:ioreal") || lower.contains("\n:iodisc")
                || lower.contains("\n:ioint") || first.startsWith(":io") || first.startsWith(":memory")) {
            return Optional.of(INTOUCH);
        }
        if (first.startsWith("remark,") || lower.contains("type,scope,name,description,datatype")) {
            return Optional.of(STUDIO5000);
        }
        String header = firstLine(first);
        String flat = header.replace(" ", "");
        if (flat.contains("tagname") && flat.contains("address") && (flat.contains("respectdatatype")
                || flat.contains("clientaccess") || flat.contains("scanrate"))) {
            return Optional.of(KEPWARE);
        }
        if (flat.contains("logicaladdress")) {
            return Optional.of(TIA);
        }
        char delimiter = CsvRecords.delimiter(head);
        String[] columns = header.split(String.valueOf(delimiter == '\t' ? "\t" : delimiter));
        boolean address = false;
        for (String column : columns) {
            String key = column.strip();
            address |= key.startsWith("address") || key.startsWith("register") || key.startsWith("modbus");
        }
        return address ? Optional.of(MODBUS) : Optional.empty();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
