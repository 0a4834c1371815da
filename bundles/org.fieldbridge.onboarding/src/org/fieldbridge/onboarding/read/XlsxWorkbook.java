/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Office Open XML workbook (.xlsx) read with java.util.zip and StAX, without a spreadsheet library: the sheet
 * names of {@code xl/workbook.xml}, their parts from {@code xl/_rels/workbook.xml.rels}, the shared strings, and one
 * sheet's rows ({@link XlsxSheetRows}). Enough for the tag tables engineering tools export, nothing more (no
 * formulas are evaluated: the cached value is read).
 *
 * <p>Hostile files are bounded: no DTDs or external entities, each part read at most {@link #MAX_PART_BYTES} however
 * small its compressed size (a zip bomb stops there), at most four parts in memory, at most {@link #MAX_ENTRIES}
 * entries. A damaged file is an
 * {@link IllegalArgumentException} naming the file, the part and the line and column in it.
 */
public final class XlsxWorkbook {

    /** The most bytes one part may inflate to: a 10,000-tag sheet is about 3 MB. */
    public static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** The most entries a workbook may have. */
    public static final int MAX_ENTRIES = 10_000;

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private final Path path;
    private final String file;
    private final Map<String, byte[]> parts;
    private final Map<String, String> sheets;

    private XlsxWorkbook(Path path, Map<String, byte[]> parts) {
        this.path = path;
        this.file = path.getFileName().toString();
        this.parts = parts;
        this.sheets = sheetParts();
    }

    /**
     * @param bytes the first bytes of a file
     * @return whether they are a zip archive's (an .xlsx is one)
     */
    public static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * Reads the workbook's sheet list and shared strings; a sheet's rows are read when asked for, so that no more
     * than four parts are ever in memory.
     *
     * @param path the workbook
     * @return the workbook
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is no workbook or is damaged, in plant words
     */
    public static XlsxWorkbook open(Path path) throws IOException {
        Map<String, byte[]> parts = read(path, List.of(WORKBOOK, RELATIONSHIPS, SHARED_STRINGS));
        if (!parts.containsKey(WORKBOOK)) {
            throw damaged(path.getFileName().toString(), "it has no xl/workbook.xml, so it is no Excel workbook");
        }
        return new XlsxWorkbook(path, parts);
    }

    /** Reads the named parts (those the archive has), each bounded. */
    private static Map<String, byte[]> read(Path path, List<String> names) throws IOException {
        String name = path.getFileName().toString();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw damaged(name, "it has " + zip.size() + " parts, more than a workbook has");
            }
            for (String part : names) {
                ZipEntry entry = zip.getEntry(part);
                if (entry != null && !entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(part, bounded(name, part, in));
                    }
                }
            }
        } catch (ZipException e) {
            throw damaged(name, "it is not a readable zip archive (" + e.getMessage() + ")");
        }
        return parts;
    }

    private static byte[] bounded(String file, String part, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PART_BYTES + 1));
        if (bytes.length > MAX_PART_BYTES) {
            throw damaged(file, part + " inflates to more than " + MAX_PART_BYTES / (1024 * 1024)
                    + " MB; a tag table is far smaller (a damaged or hostile file?)");
        }
        return bytes;
    }

    static IllegalArgumentException damaged(String file, String why) {
        return new IllegalArgumentException(file + ": the workbook cannot be read: " + why + "; export it again "
                + "from the engineering tool, or open it in Excel and save the tag sheet as CSV");
    }

    /** @return the sheet names in workbook order */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * @param names the names the sheet may have, first match wins (case and spaces are ignored)
     * @return the rows of the sheet, or empty when the workbook has none of these names
     * @throws IOException when the file cannot be read again
     * @throws IllegalArgumentException when the sheet is damaged, with the part, line and column
     */
    public Optional<List<CsvRecords.Record>> rows(String... names) throws IOException {
        for (String wanted : names) {
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                if (Header.key(sheet.getKey()).equals(Header.key(wanted))) {
                    byte[] xml = read(path, List.of(sheet.getValue())).get(sheet.getValue());
                    if (xml == null) {
                        throw damaged(file, "sheet '" + sheet.getKey() + "' has no part " + sheet.getValue());
                    }
                    List<String> shared = sharedStrings();
                    return Optional.of(parse(sheet.getValue(), xml, r -> XlsxSheetRows.read(r, shared)));
                }
            }
        }
        return Optional.empty();
    }

    /** Sheet name to part ({@code xl/worksheets/sheet1.xml}), through the workbook's relationships. */
    private Map<String, String> sheetParts() {
        Map<String, String> targets = new LinkedHashMap<>();
        byte[] rels = parts.get(RELATIONSHIPS);
        if (rels != null) {
            parse(RELATIONSHIPS, rels, r -> {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String target = r.getAttributeValue(null, "Target");
                        target = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                        targets.put(r.getAttributeValue(null, "Id"), target);
                    }
                }
                return null;
            });
        }
        Map<String, String> result = new LinkedHashMap<>();
        parse(WORKBOOK, parts.get(WORKBOOK), r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String id = r.getAttributeValue(REL_NS, "id");
                    String part = targets.getOrDefault(id, "xl/worksheets/sheet" + (result.size() + 1) + ".xml");
                    result.put(r.getAttributeValue(null, "name"), part);
                }
            }
            return null;
        });
        return result;
    }

    /** The shared string table: plain {@code <t>} or rich text runs, phonetic hints left out. */
    private List<String> sharedStrings() {
        byte[] xml = parts.get(SHARED_STRINGS);
        if (xml == null) {
            return List.of();
        }
        return parse(SHARED_STRINGS, xml, r -> {
            List<String> strings = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                    strings.add(XlsxSheetRows.text(r, "si"));
                }
            }
            return strings;
        });
    }

    /** Reads one part of the workbook. */
    @FunctionalInterface
    interface PartReader<T> {
        T read(XMLStreamReader reader) throws XMLStreamException;
    }

    private <T> T parse(String part, byte[] xml, PartReader<T> body) {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return body.read(reader);
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNumber() + " column " + at.getColumnNumber();
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*"
                    + "Message: ", "");
            throw damaged(file, part + where + ": the XML is damaged (" + message.strip() + ")");
        } catch (IllegalArgumentException e) {
            throw damaged(file, part + ": " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing was written
                }
            }
        }
    }
}
