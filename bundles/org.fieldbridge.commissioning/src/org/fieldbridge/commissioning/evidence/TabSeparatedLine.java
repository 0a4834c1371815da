/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The line syntax of evidence and audit files: fields separated by one tab, and inside a field {@code \t},
 * {@code \n}, {@code \r} and {@code \\} for a tab, line feed, carriage return and backslash — so that one record
 * is always one line (diffs and {@code grep} work) whatever a comment contains.
 */
final class TabSeparatedLine {

    /** A field of a line and the 1-based column it starts at. */
    record Field(String text, int column) {
    }

    /** A field that is not written correctly; {@code column} is where the problem is. */
    static final class SyntaxProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        SyntaxProblem(String message, int column) {
            super(message);
            this.column = column;
        }
    }

    private TabSeparatedLine() {
    }

    /** @return the fields joined by tabs, each escaped */
    static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(escape(fields.get(i)));
        }
        return line.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits a line into its unescaped fields.
     *
     * @param line a line without its line end
     * @return the fields with their columns
     * @throws SyntaxProblem at an unknown escape or a backslash ending the line
     */
    static List<Field> split(String line) throws SyntaxProblem {
        List<Field> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int start = 1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(new Field(field.toString(), start));
                field.setLength(0);
                start = i + 2;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new SyntaxProblem("a backslash ends the line; write \\\\ for a backslash", i + 1);
                }
                char next = line.charAt(++i);
                switch (next) {
                    case '\\' -> field.append('\\');
                    case 't' -> field.append('\t');
                    case 'n' -> field.append('\n');
                    case 'r' -> field.append('\r');
                    default -> throw new SyntaxProblem("unknown escape \\" + next
                            + "; only \\t, \\n, \\r and \\\\ are known (write \\\\ for a backslash)", i);
                }
            } else {
                field.append(c);
            }
        }
        fields.add(new Field(field.toString(), start));
        return fields;
    }
}
