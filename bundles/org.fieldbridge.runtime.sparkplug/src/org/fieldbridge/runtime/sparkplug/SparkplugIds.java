/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

/** The rules of Sparkplug B ids (group, edge node and device ids, metric names used in topics). */
final class SparkplugIds {

    private SparkplugIds() {
    }

    /**
     * @throws IllegalArgumentException when the id is empty or holds a character an MQTT topic level cannot
     *         (Sparkplug B 3.0: '/', '+' and '#')
     */
    static String requireValid(String what, String id) {
        if (id == null || id.isEmpty() || id.chars().anyMatch(c -> c == '/' || c == '+' || c == '#')) {
            throw new IllegalArgumentException("Sparkplug " + what + " '" + id
                    + "' must not be empty nor contain '/', '+' or '#'");
        }
        return id;
    }
}
