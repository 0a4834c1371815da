/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a tag list, matched loosely: case, spaces, dots, underscores and hyphens do not count, so
 * {@code Data Type}, {@code DataType}, {@code data_type} and {@code DATATYPE} are one column.
 */
public final class Header {

    private final Map<String, Integer> columns = new HashMap<>();

    /** @param names the header's fields */
    public Header(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(key(names.get(i)), i);
        }
    }

    /** @return the key a header name is matched by: lower case letters and digits only */
    static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * @param aliases names the column goes by, first match wins
     * @return its position, -1 when the header has none of them
     */
    public int column(String... aliases) {
        for (String alias : aliases) {
            Integer index = columns.get(key(alias));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** @return whether the header has a column of one of these names */
    public boolean has(String... aliases) {
        return column(aliases) >= 0;
    }
}
