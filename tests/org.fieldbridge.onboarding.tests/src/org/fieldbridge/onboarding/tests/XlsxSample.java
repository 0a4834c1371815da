/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks the way spreadsheet tools do (for the shipped TIA sample and the reader's tests):
 * text in the shared string table or inline, empty cells left out, numbers as numbers, fixed timestamps so that the
 * same rows give the same bytes. Parts can be replaced to make damaged files.
 */
final class XlsxSample {

    private static final FileTime FIXED = FileTime.from(Instant.parse("2026-12-07T08:00:00Z"));
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private boolean inline;

    /** Adds a sheet; an empty string is an empty cell, left out of the file. */
    XlsxSample sheet(String name, List<List<String>> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Writes text as inline strings ({@code t="inlineStr"}) instead of shared strings. */
    XlsxSample inlineStrings() {
        inline = true;
        return this;
    }

    /** Replaces (or adds) a part with these bytes. */
    XlsxSample part(String name, byte[] content) {
        replaced.put(name, content);
        return this;
    }

    Path write(Path file) throws IOException {
        Map<String, byte[]> parts = parts();
        parts.putAll(replaced);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setLastModifiedTime(FIXED);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder(head()).append("<Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxml"
                + "formats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder(head()).append("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                + "\"><sheets>");
        StringBuilder rels = new StringBuilder(head()).append("<Relationships xmlns=\"http://schemas.openxmlformats"
                + ".org/package/2006/relationships\">");
        List<String> shared = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet" + n + ".xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"" + xml(sheet.getKey()) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n
                    + "\"/>");
            rels.append("<Relationship Id=\"rId" + n + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet"
                    + n + ".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", utf8(sheetXml(sheet.getValue(), shared)));
        }
        types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        rels.append("<Relationship Id=\"rId" + (n + 1) + "\" Type=\"" + REL + "/sharedStrings\" Target=\"shared"
                + "Strings.xml\"/></Relationships>");
        StringBuilder strings = new StringBuilder(head()).append("<sst xmlns=\"" + MAIN + "\" count=\""
                + shared.size() + "\" uniqueCount=\"" + shared.size() + "\">");
        shared.forEach(s -> strings.append("<si><t xml:space=\"preserve\">").append(xml(s)).append("</t></si>"));
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put("[Content_Types].xml", utf8(types.toString()));
        ordered.put("_rels/.rels", utf8(head() + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/"
                + "workbook.xml\"/></Relationships>"));
        ordered.put("xl/workbook.xml", utf8(workbook.append("</sheets></workbook>").toString()));
        ordered.put("xl/_rels/workbook.xml.rels", utf8(rels.toString()));
        ordered.putAll(parts);
        ordered.put("xl/sharedStrings.xml", utf8(strings.append("</sst>").toString()));
        return ordered;
    }

    private String sheetXml(List<List<String>> rows, List<String> shared) {
        StringBuilder xml = new StringBuilder(head()).append("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c);
                if (value.isEmpty()) {
                    continue;
                }
                String ref = column(c) + (r + 1);
                if (value.matches("-?\\d+(\\.\\d+)?")) {
                    xml.append("<c r=\"" + ref + "\"><v>" + value + "</v></c>");
                } else if (inline) {
                    xml.append("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xml(value) + "</t></is></c>");
                } else {
                    int index = shared.indexOf(value);
                    if (index < 0) {
                        shared.add(value);
                        index = shared.size() - 1;
                    }
                    xml.append("<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    static String column(int index) {
        String name = "";
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name = (char) ('A' + (i - 1) % 26) + name;
        }
        return name;
    }

    private static String head() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
