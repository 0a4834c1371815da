/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import org.fieldbridge.commissioning.MappedValue;

/**
 * What a write dialog shows before anything is typed, read from the controller without writing: the value now and
 * what a new value is encoded against ({@link #encode}).
 *
 * @param mapping the mapping
 * @param oldValue the engineering value now, {@code -} when it could not be read
 * @param words the registers as read (a bit of a register is written by rewriting them); empty for OPC UA
 * @param nodeDataType the OPC UA node's built-in data type, e.g. {@code Double}; empty for Modbus
 * @param problem why nothing can be written there, in plant words (read-only, not reachable); empty when it can
 */
public record WriteTarget(MappedValue mapping, String oldValue, int[] words, String nodeDataType, String problem) {

    public WriteTarget {
        words = words.clone();
    }

    /**
     * Encodes a value as typed, without I/O: for validating as a person types.
     *
     * @param text the engineering value
     * @return the value as it will be sent
     * @throws IllegalArgumentException why it cannot be written, in plant words
     */
    public WriteEncoding.Encoded encode(String text) {
        return mapping.isModbus() ? WriteEncoding.modbus(mapping, text, words)
                : WriteEncoding.opcua(mapping, text, nodeDataType);
    }

    /** @return whether values go to registers whose words a person checks (not a coil, not OPC UA) */
    public boolean hasRegisters() {
        return mapping.isModbus() && !mapping.address().area().isBits();
    }

    /** @return the data type as encoded, e.g. {@code float32 CDAB} or {@code Double} */
    public String dataType() {
        return mapping.isModbus() ? WriteEncoding.dataType(mapping) : nodeDataType;
    }

    /** @return e.g. {@code holding:2 (400003)} or the NodeId */
    public String addressText() {
        return mapping.isModbus() ? mapping.canonical() + " (" + WriteEncoding.modicon(mapping) + ")" : mapping.nodeId();
    }
}
