/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a Java properties file with the line each starts on, so that every configuration error
 * can name its line ({@link java.util.Properties} forgets them). Supported: {@code key=value},
 * {@code key:value}, {@code key value}, comments ({@code #}, {@code !}), blank lines, a backslash at the end
 * of a line continuing the value, and backslash escapes (tab, new line, =, :, Unicode). A key given twice is an
 * error (one of the two would be silently ignored).
 */
final class PropertiesFile {

    /** One {@code key=value} entry. */
    record Entry(String key, String value, int line) {
    }

    private final String fileName;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private PropertiesFile(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @param fileName how messages name the file
     * @param text its content
     */
    static PropertiesFile parse(String fileName, String text) throws ConfigurationException {
        PropertiesFile file = new PropertiesFile(fileName);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripLeading(lines[i]);
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            int first = i + 1;
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1);
                line = stripLeading(lines[++i]);
            }
            logical.append(endsWithContinuation(line) ? line.substring(0, line.length() - 1) : line);
            file.add(logical.toString(), first);
        }
        return file;
    }

    private void add(String logical, int line) throws ConfigurationException {
        int split = separator(logical);
        String key = unescape(logical.substring(0, split), line);
        String rest = split < logical.length() ? logical.substring(split) : "";
        rest = stripLeading(rest);
        if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
            rest = stripLeading(rest.substring(1));
        }
        Entry previous = entries.putIfAbsent(key, new Entry(key, unescape(rest, line).strip(), line));
        if (previous != null) {
            throw new ConfigurationException(fileName, line, key + ": set twice (also on line " + previous.line() + ")");
        }
    }

    /** @return the index of the first unescaped '=', ':' or white space: where the key ends */
    private static int separator(String logical) {
        for (int i = 0; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return logical.length();
    }

    private String unescape(String text, int line) throws ConfigurationException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 5 > text.length()) {
                        throw new ConfigurationException(fileName, line, "incomplete \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        throw new ConfigurationException(fileName, line, "malformed \\u escape");
                    }
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }

    String fileName() {
        return fileName;
    }

    /** @return the entries in file order */
    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** @return the entry of {@code key}, or null */
    Entry get(String key) {
        return entries.get(key);
    }
}
