/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a generated {@code fieldbridge-runtime.properties} with some values set (kept in place, so the
 * generated comments stay next to them) and the users replaced: what an administrator does for one
 * deployment, done by the demo and the start-up benchmark for theirs.
 */
final class ConfigurationEdit {

    private final Map<String, String> values = new LinkedHashMap<>();

    ConfigurationEdit set(String key, String value) {
        values.put(key, value);
        return this;
    }

    /** Writes {@code from} with the values set to {@code to}; generated users not set here are left out. */
    void write(Path from, Path to) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(from, StandardCharsets.UTF_8));
        lines.removeIf(l -> l.strip().startsWith("user.") && !values.containsKey(key(l)));
        for (Map.Entry<String, String> value : values.entrySet()) {
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (value.getKey().equals(key(lines.get(i)))) {
                    lines.set(i, value.getKey() + "=" + value.getValue());
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(value.getKey() + "=" + value.getValue());
            }
        }
        Files.write(to, lines, StandardCharsets.UTF_8);
    }

    private static String key(String line) {
        String l = line.strip();
        int eq = l.indexOf('=');
        return l.startsWith("#") || eq < 0 ? "" : l.substring(0, eq).strip();
    }
}
