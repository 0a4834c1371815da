/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an export into records the way spreadsheets write CSV (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes), with the delimiter the file uses: comma, semicolon (German Excel) or tab.
 */
public final class CsvRecords {

    /**
     * One record and the line it starts on.
     *
     * @param line 1-based line number
     * @param fields the fields, unquoted
     */
    public record Record(int line, List<String> fields) {

        /** @return the field at a position, empty when the record is shorter */
        public String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
        }

        /** @return whether every field is blank */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    /**
     * Guesses the delimiter from the first non-empty line: the most frequent of comma, semicolon and tab outside
     * quotes.
     *
     * @param text the export
     * @return the delimiter
     */
    public static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' && comma + semicolon + tab > 0) {
                    break;
                }
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /**
     * @param text the export (a byte order mark is skipped)
     * @param delimiter the field delimiter
     * @return its records, blank lines left out
     */
    public static List<Record> parse(String text, char delimiter) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(records, start, fields);
                fields = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, start, fields);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        Record record = new Record(line, List.copyOf(fields));
        if (!record.isBlank()) {
            records.add(record);
        }
    }
}
