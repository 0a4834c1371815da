/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.util.Map;

/** Renders the role matrix as the Markdown table of docs/opcua-server.md. */
final class MatrixTable {

    private MatrixTable() {
    }

    static String markdown(Map<String, Map<String, String>> matrix) {
        StringBuilder table = new StringBuilder("| user | ");
        Map<String, String> first = matrix.values().iterator().next();
        table.append(String.join(" | ", first.keySet())).append(" |\n|---|");
        first.keySet().forEach(k -> table.append("---|"));
        table.append('\n');
        matrix.forEach((user, row) -> table.append("| ").append(user).append(" | ")
                .append(String.join(" | ", row.values())).append(" |\n"));
        return table.toString();
    }
}
