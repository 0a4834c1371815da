/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.browse;

import org.fieldbridge.commissioning.Numbers;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/**
 * One browsed node as a line: indented two spaces per level, browse name, NodeId, then for a variable its data
 * type, access, unit and range, and value with its status:
 *
 * <pre>
 *     2:Temp  ns=2;s=Zone1.Temp  Double  read  °C (CEL)  0 .. 250  = 121.4 Good
 *   2:Zone1  ns=2;s=Zone1  Object
 * </pre>
 */
public final class NodeLine {

    private NodeLine() {
    }

    /**
     * @param node a browsed node
     * @return the line
     */
    public static String of(BrowsedNode node) {
        StringBuilder line = new StringBuilder("  ".repeat(node.depth()));
        line.append(node.browseName()).append("  ").append(node.nodeId());
        if (!node.isVariable()) {
            return line.append("  ").append(node.nodeClass()).toString();
        }
        line.append("  ").append(node.dataType().isEmpty() ? "?" : node.dataType());
        line.append("  ").append(node.access().isEmpty() ? "?" : node.access());
        String unit = unit(node);
        if (!unit.isEmpty()) {
            line.append("  ").append(unit);
        }
        if (node.hasRange()) {
            line.append("  ").append(Numbers.text(node.euLow())).append(" .. ").append(Numbers.text(node.euHigh()));
        }
        line.append("  = ").append(Numbers.text(node.value().value())).append(' ')
                .append(node.value().quality().symbolicName());
        return line.toString();
    }

    /** @return e.g. {@code °C (CEL)}, {@code CEL} or empty */
    static String unit(BrowsedNode node) {
        if (node.unit().isEmpty()) {
            return node.unitCode();
        }
        return node.unitCode().isEmpty() || node.unitCode().equals(node.unit()) ? node.unit()
                : node.unit() + " (" + node.unitCode() + ")";
    }
}
