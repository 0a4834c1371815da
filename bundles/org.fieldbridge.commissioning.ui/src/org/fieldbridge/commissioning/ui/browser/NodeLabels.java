/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.browser;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/** The columns of a browsed node: browse name, node class, data type, access, unit, EURange, value. */
final class NodeLabels {

    private NodeLabels() {
    }

    static String column(BrowsedNode node, int column) {
        return switch (column) {
            case 0 -> node.browseName();
            case 1 -> node.nodeClass();
            case 2 -> node.dataType();
            case 3 -> node.access();
            case 4 -> node.unit().isEmpty() ? "" : node.unit() + (node.unitCode().isEmpty() ? "" : " (" + node.unitCode() + ")");
            case 5 -> node.hasRange() ? number(node.euLow()) + " .. " + number(node.euHigh()) : "";
            case 6 -> value(node.value());
            default -> "";
        };
    }

    static String value(Sample sample) {
        if (sample == null) {
            return "";
        }
        String value = sample.value() instanceof Number n ? number(n.doubleValue()) : String.valueOf(sample.value());
        return sample.quality().isGood() ? value : value + " (" + sample.quality() + ")";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", value).replaceAll("\\.?0+($|e)", "$1");
    }
}
