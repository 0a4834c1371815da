/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * A node of an OPC UA controller.
 *
 * @param nodeId the NodeId in its standard string form
 * @param samplingMillis the sampling interval
 */
public record OpcUaSource(String nodeId, long samplingMillis) implements SignalSource {

    @Override
    public String canonical() {
        return nodeId;
    }
}
