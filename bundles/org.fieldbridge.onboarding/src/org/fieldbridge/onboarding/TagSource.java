/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import org.fieldbridge.dsl.modbus.RegisterAddress;

/** Where an imported tag's value comes from: a Modbus register, an OPC UA node, or nowhere Fieldbridge can read. */
public sealed interface TagSource permits TagSource.Modbus, TagSource.OpcUa, TagSource.Unreadable {

    /**
     * A Modbus address, read with the .twin language's own address rules.
     *
     * @param written the address as the export wrote it
     * @param address the table and zero-based offset
     */
    record Modbus(String written, RegisterAddress address) implements TagSource {
    }

    /**
     * An OPC UA node.
     *
     * @param nodeId the NodeId in its string form ({@code ns=3;s="Motor_Speed"})
     * @param assumed why the NodeId is inferred rather than read (empty when a server said so)
     */
    record OpcUa(String nodeId, String assumed) implements TagSource {
    }

    /**
     * A tag Fieldbridge cannot read (an HMI memory tag, an address no protocol here speaks).
     *
     * @param why in plant words
     */
    record Unreadable(String why) implements TagSource {
    }
}
