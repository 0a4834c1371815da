/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.time.LocalDate;

/**
 * Java source text for values: literals that compile to exactly the value, and comment text that cannot
 * end a comment or start a unicode escape. Everything outside ASCII is written as a unicode escape, so the
 * generated sources compile whatever encoding javac assumes.
 */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /** @return a double literal ({@code 24.5}, {@code 1.0E-5}, {@code Double.POSITIVE_INFINITY}) */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(value);
    }

    /** @return a string literal with quotes, or {@code null} for null */
    public static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** @return {@code LocalDate.of(2029, 9, 30)} */
    public static String date(LocalDate date) {
        return "LocalDate.of(" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth() + ")";
    }

    /**
     * @return {@code text} for a {@code //} line comment: one line, ASCII (other characters as Unicode
     *         escapes), backslashes doubled so that no {@code \\u} escape can end the comment early
     */
    public static String lineComment(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                out.append(' ');
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a comment or Javadoc: on one line, HTML-escaped, no comment end, no backslash (which could
     * start a unicode escape), non-ASCII as unicode escapes.
     */
    public static String comment(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (c < 0x20) {
                        out.append(' ');
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
