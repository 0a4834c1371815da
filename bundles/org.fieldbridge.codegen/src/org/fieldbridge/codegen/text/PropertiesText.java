/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

/** Lines of a {@code .properties} file that {@code java.util.Properties} reads back exactly (ASCII only). */
public final class PropertiesText {

    private final StringBuilder out = new StringBuilder();

    /** Starts with the generated-file header as a comment. */
    public PropertiesText(String header) {
        comment(header);
    }

    /** Writes a comment line (or an empty line for an empty text). */
    public PropertiesText comment(String text) {
        if (text.isEmpty()) {
            out.append('\n');
        } else {
            out.append("# ").append(escape(text, false).replace("\n", " ")).append('\n');
        }
        return this;
    }

    /** Writes {@code key=value}. */
    public PropertiesText property(String key, String value) {
        out.append(escape(key, true)).append('=').append(escape(value, false)).append('\n');
        return this;
    }

    /** Writes a list value over several lines: {@code key=a,\}, one element per line. */
    public PropertiesText list(String key, java.util.List<String> values) {
        out.append(escape(key, true)).append('=');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append("    ");
            }
            out.append(escape(values.get(i), false));
            out.append(i + 1 < values.size() ? ",\\\n" : "\n");
        }
        if (values.isEmpty()) {
            out.append('\n');
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String escape(String text, boolean key) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                s.append("\\\\");
            } else if (key && (c == '=' || c == ':' || c == ' ' || c == '#' || c == '!')) {
                s.append('\\').append(c);
            } else if (!key && i == 0 && c == ' ') {
                s.append("\\ ");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
