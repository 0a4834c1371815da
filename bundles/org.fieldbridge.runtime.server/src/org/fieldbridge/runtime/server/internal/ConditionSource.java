/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * Where a condition lives in the address space: its own node (ConditionId of its events), the equipment that is its
 * SourceNode (and whose HasCondition points to it), the signal it watches (InputNode; NULL when not known).
 */
record ConditionSource(NodeId condition, NodeId sourceNode, NodeId inputNode) {

    /** @return the BranchId of a branch (OPC 10000-9 §5.5.2), NULL for the trunk */
    NodeId branchNodeId(String branchId) {
        if (branchId == null) {
            return NodeId.NULL_VALUE;
        }
        return new NodeId(condition.getNamespaceIndex(), condition.getIdentifier() + "#" + branchId);
    }
}
