/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the hand-written data files of this package: one record a line, fields separated by {@code |},
 * {@code #} starting a comment line.
 */
final class DataLines {

    private DataLines() {
    }

    /** @return the lines of a resource next to this class, as read (UTF-8, no line ends) */
    static List<String> read(String resource) {
        try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("unit data '" + resource + "' is missing from org.fieldbridge.core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unit data '" + resource + "'", e);
        }
    }

    /** @return the records of a {@code |}-separated resource, each field trimmed; comments and blank lines left out */
    static List<String[]> records(String resource) {
        List<String[]> records = new ArrayList<>();
        for (String line : read(resource)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            records.add(fields);
        }
        return records;
    }

    /** @return a number written as a decimal or as a fraction {@code a/b} of decimals */
    static double number(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Double.parseDouble(text);
        }
        return Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    }
}
