/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.milo.opcua.sdk.server.NodeManager;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.UaNodeManager;
import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;

/**
 * Makes the event node a client's event item selects its fields from: an AlarmConditionType instance whose NodeId is
 * the condition's (ConditionId, OPC 10000-9 §5.5.2, is the NodeId of the event's condition) with the event's state.
 * It lives in a node manager of its own, outside the address space, so it never shadows the live condition node;
 * a fresh one per event keeps events of the same condition from sharing nodes.
 */
final class ConditionSnapshots {

    /** Optional parts of AlarmConditionType the twin's conditions have. */
    static final Set<String> OPTIONAL_PARTS = Set.of("ConfirmedState", "Confirm");

    private final OpcUaServer server;

    ConditionSnapshots(OpcUaServer server) {
        this.server = server;
    }

    /** Builds the event node of {@code event} and hands it to {@code deliver}. */
    void fire(ConditionEvent event, ConditionSource source, Consumer<AlarmConditionTypeNode> deliver) {
        UaNodeManager nodes = new UaNodeManager();
        UaNodeContext context = new UaNodeContext() {
            @Override
            public OpcUaServer getServer() {
                return server;
            }

            @Override
            public NodeManager<UaNode> getNodeManager() {
                return nodes;
            }
        };
        NodeFactory factory = new NodeFactory(context, server.getObjectTypeManager(), server.getVariableTypeManager());
        try {
            AlarmConditionTypeNode node = (AlarmConditionTypeNode) factory.createNode(source.condition(),
                    NodeIds.AlarmConditionType, optionalParts());
            node.setBrowseName(new QualifiedName(source.condition().getNamespaceIndex(), event.sourceName()));
            ConditionFields.apply(node, event, source);
            deliver.accept(node);
        } catch (UaException e) {
            throw new IllegalStateException("cannot make the event of condition " + event.conditionId(), e);
        }
    }

    static NodeFactory.InstantiationCallback optionalParts() {
        return new NodeFactory.InstantiationCallback() {
            @Override
            public boolean includeOptionalNode(NodeId typeDefinitionId, QualifiedName browseName) {
                return OPTIONAL_PARTS.contains(browseName.getName());
            }
        };
    }
}
