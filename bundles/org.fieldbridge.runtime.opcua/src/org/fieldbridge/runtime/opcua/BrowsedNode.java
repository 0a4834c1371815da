/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.util.Objects;

import org.fieldbridge.runtime.Sample;

/**
 * One node of a server's address space as a commissioning engineer looks at it: where it is in the hierarchy,
 * what it is, and for a variable its data type, access, engineering unit, range and current value. Plain Java,
 * so that nothing of Milo leaves this bundle.
 *
 * @param depth       0 for the node the browse started at, 1 for its children, ...
 * @param nodeId      the node in OPC UA string form, e.g. {@code ns=2;s=Zone1.Temp}
 * @param browseName  the browse name with its namespace index, e.g. {@code 2:Temp}
 * @param displayName the display name's text
 * @param nodeClass   {@code Object}, {@code Variable}, {@code Method}, ...
 * @param dataType    the data type's browse name ({@code Double}); empty for nodes without a value
 * @param access      {@code read}, {@code read/write}, {@code write}, {@code none}; empty for nodes without a value
 * @param unit        the EngineeringUnits' display name ({@code °C}); empty when there is none
 * @param unitCode    the UNECE Rec 20 common code encoded in the EngineeringUnits' unitId ({@code CEL}); empty
 *                    when there is none
 * @param euLow       the EURange's low end; NaN when there is no EURange
 * @param euHigh      the EURange's high end; NaN when there is no EURange
 * @param value       the value read with its StatusCode and timestamps; null for nodes without a value
 */
public record BrowsedNode(int depth, String nodeId, String browseName, String displayName, String nodeClass,
        String dataType, String access, String unit, String unitCode, double euLow, double euHigh, Sample value) {

    public BrowsedNode {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(browseName, "browseName");
        Objects.requireNonNull(nodeClass, "nodeClass");
    }

    /** @return whether the node has an EURange */
    public boolean hasRange() {
        return !Double.isNaN(euLow) && !Double.isNaN(euHigh);
    }

    /** @return whether the node is a variable (has a value) */
    public boolean isVariable() {
        return value != null;
    }
}
