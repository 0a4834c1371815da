/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of one worksheet part ({@code xl/worksheets/sheetN.xml}) as records of text, so that a sheet and a CSV
 * file go through the same reader: each {@code <row r="12">} is the record of line 12, each {@code <c r="C12">}
 * lands in its column (C is the third field) with the empty cells a spreadsheet leaves out filled in as empty text.
 * Cell values: shared strings ({@code t="s"}), inline strings ({@code t="inlineStr"}), formula strings
 * ({@code t="str"}, the cached value), booleans as TRUE/FALSE, numbers as written.
 */
final class XlsxSheetRows {

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private XlsxSheetRows() {
    }

    /**
     * @param reader positioned before the worksheet's root
     * @param shared the workbook's shared strings
     * @return the non-blank rows in sheet order
     * @throws XMLStreamException when the XML is damaged
     * @throws IllegalArgumentException when a cell is wrong, naming it
     */
    static List<CsvRecords.Record> read(XMLStreamReader reader, List<String> shared) throws XMLStreamException {
        List<CsvRecords.Record> rows = new ArrayList<>();
        int row = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
                String r = reader.getAttributeValue(null, "r");
                row = r == null ? row + 1 : number(r, "row number");
                List<String> fields = cells(reader, row, shared);
                CsvRecords.Record record = new CsvRecords.Record(row, List.copyOf(fields));
                if (!record.isBlank()) {
                    rows.add(record);
                }
            }
        }
        return rows;
    }

    private static List<String> cells(XMLStreamReader reader, int row, List<String> shared) throws XMLStreamException {
        List<String> fields = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row")) {
                return fields;
            }
            if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("c")) {
                String ref = reader.getAttributeValue(null, "r");
                int column = ref == null ? fields.size() : column(ref);
                if (column >= MAX_COLUMNS) {
                    throw new IllegalArgumentException("cell " + ref + " is beyond the last column of a sheet");
                }
                String type = reader.getAttributeValue(null, "t");
                String value = value(reader, type, shared, ref == null ? "in row " + row : ref);
                while (fields.size() <= column) {
                    fields.add("");
                }
                fields.set(column, value);
            }
        }
        return fields;
    }

    /** Reads a cell's value, leaving the reader on its end tag. */
    private static String value(XMLStreamReader reader, String type, List<String> shared, String cell)
            throws XMLStreamException {
        String value = "";
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("v")) {
                value = reader.getElementText();
            } else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("is")) {
                value = text(reader, "is");
            }
        }
        if ("s".equals(type)) {
            int index = number(value.strip(), "shared string of cell " + cell);
            if (index >= shared.size()) {
                throw new IllegalArgumentException("cell " + cell + " names shared string " + index + " of "
                        + shared.size());
            }
            return shared.get(index);
        }
        if ("b".equals(type)) {
            return "1".equals(value.strip()) ? "TRUE" : "FALSE";
        }
        return value;
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}): its {@code <t>}, or the {@code <t>} of each rich text
     * run; phonetic hints ({@code <rPh>}) are no part of it.
     *
     * @param reader on the item's start tag; left on its end tag
     * @param element the item's element name
     * @return the text
     */
    static String text(XMLStreamReader reader, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals(element)) {
                    break;
                }
                phonetic -= reader.getLocalName().equals("rPh") ? 1 : 0;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (reader.getLocalName().equals("t") && phonetic == 0) {
                    text.append(reader.getElementText());
                }
            }
        }
        return text.toString();
    }

    /** @return the zero-based column of a cell reference: A1 is 0, C12 is 2, AA3 is 26 */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (column > MAX_COLUMNS) {
                break;
            }
        }
        if (i == 0 || i == ref.length() || !ref.substring(i).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + ref + "' is no cell reference (such as C12)");
        }
        return column - 1;
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is no number");
        }
    }
}
