/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code map} statements in the text of a .twin editor as it is now (edited, unsaved): per statement its
 * connection and the plant signal named after {@code ->}. Read from the live text rather than the saved model's
 * line numbers, so that inline values stay beside their mappings while the engineer types.
 */
public final class MappingLines {

    private static final Pattern MAP = Pattern.compile(
            "^\\s*map\\s+([A-Za-z_][A-Za-z0-9_]*)\\b.*?->\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

    /**
     * A map statement's first line.
     *
     * @param line the 0-based line (where the inline value goes, at its end)
     * @param connection the connection named, e.g. {@code PLC4}
     * @param signal the plant signal as written, e.g. {@code Tank1.BathTemp}
     */
    public record Line(int line, String connection, String signal) {

        /**
         * @param qualifiedSignal a resolved signal, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp}
         * @return whether this statement names it
         */
        public boolean names(String qualifiedSignal) {
            return qualifiedSignal.equals(signal) || qualifiedSignal.endsWith("." + signal);
        }
    }

    private MappingLines() {
    }

    /**
     * @param text a .twin file's text
     * @return its map statements, in order
     */
    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] split = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < split.length; i++) {
            String code = withoutComment(split[i]);
            if (!code.contains("->")) {
                continue;
            }
            Matcher matcher = MAP.matcher(code);
            if (matcher.find()) {
                lines.add(new Line(i, matcher.group(1), matcher.group(2)));
            }
        }
        return lines;
    }

    /** @return the line up to a {@code //} comment that is not inside a string (NodeIds are strings) */
    static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
