/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.fieldbridge.runtime.server.ControllerNode;

/**
 * One namespace of a simulated controller (a {@link ControllerNode}'s URI): a folder in the Objects folder named
 * after the server, holding the namespace's variables flat, each at its string identifier as given. The folder has
 * a numeric NodeId, so it cannot clash with an identifier. Monitored items are sampled by Milo's
 * {@link SubscriptionModel}: a simulated PLC needs no exception-based reporting.
 */
final class ControllerNamespace extends ManagedNamespaceWithLifecycle {

    private final String folderName;
    private final List<ControllerNode> nodes;
    private final SubscriptionModel subscriptions;
    private final Map<String, TwinNamespace.PublishedVariable> variables = new ConcurrentHashMap<>();

    ControllerNamespace(OpcUaServer server, String namespaceUri, String folderName, List<ControllerNode> nodes) {
        super(server, namespaceUri);
        this.folderName = folderName;
        this.nodes = List.copyOf(nodes);
        subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::build);
    }

    /** @return the variable of {@code identifier}, or null */
    TwinNamespace.PublishedVariable variable(String identifier) {
        return variables.get(identifier);
    }

    NodeId nodeId(String identifier) {
        return newNodeId(identifier);
    }

    private void build() {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(uint(1)), newQualifiedName(folderName),
                LocalizedText.english(folderName));
        folder.setDescription(LocalizedText.english("The nodes of namespace " + getNamespaceUri()));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
                false));
        for (ControllerNode node : nodes) {
            if (variables.containsKey(node.identifier())) {
                continue; // two mappings of one node: one variable
            }
            UaVariableNode variable = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                    .setNodeId(newNodeId(node.identifier()))
                    .setBrowseName(newQualifiedName(node.identifier()))
                    .setDisplayName(LocalizedText.english(node.identifier()))
                    .setDataType(TwinNamespace.dataTypeOf(node.type()))
                    .setTypeDefinition(NodeIds.BaseDataVariableType)
                    .setAccessLevel(AccessLevel.READ_ONLY)
                    .setUserAccessLevel(AccessLevel.READ_ONLY)
                    .setMinimumSamplingInterval(0.0)
                    .build();
            variable.setValueRank(-1); // ValueRanks.Scalar
            DataValue waiting = SampleValues.waitingForInitialData();
            variable.setValue(waiting);
            getNodeManager().addNode(variable);
            folder.addOrganizes(variable);
            variables.put(node.identifier(), new TwinNamespace.PublishedVariable(variable, node.type(), waiting, () -> { }));
        }
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptions.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptions.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptions.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptions.onMonitoringModeChanged(monitoredItems);
    }
}
