/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import java.util.List;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * A one-variable namespace: a Double temperature that the test changes on the server side.
 * <p>
 * Not the product's {@code ControllerNamespace} (runtime.server), which serves a simulated controller's nodes the
 * same way: that class is internal to the twin server and only built by it from an address-space description, it
 * publishes runtime {@code Sample}s (no raw DataValue with a chosen status and source timestamp, as a third-party
 * server sends and OpcUaSourceTest needs), starts at Bad_WaitingForInitialData rather than a value, and the twin
 * server around it offers no anonymous Basic256Sha256 endpoint; using it would also pull runtime.server into this
 * bundle, which tests the client adapters against a plain Milo server.
 */
final class ProcessValueNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:fieldbridge:tests:process-values";

    private final SubscriptionModel subscriptions;
    private final double initialTemperature;
    private volatile UaVariableNode temperature;

    ProcessValueNamespace(OpcUaServer server, double initialTemperature) {
        super(server, URI);
        this.initialTemperature = initialTemperature;
        subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addTemperature);
    }

    NodeId temperatureId() {
        return newNodeId("Line1/Temperature");
    }

    void setTemperature(double value) {
        temperature.setValue(new DataValue(new Variant(value)));
    }

    /** Sets value and status, as a server does for a failed sensor. */
    void setTemperature(DataValue value) {
        temperature.setValue(value);
    }

    private void addTemperature() {
        temperature = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(temperatureId())
                .setBrowseName(newQualifiedName("Temperature"))
                .setDisplayName(LocalizedText.english("Temperature"))
                .setDataType(NodeIds.Double)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setMinimumSamplingInterval(0.0)
                .build();
        temperature.setValue(new DataValue(new Variant(initialTemperature)));
        getNodeManager().addNode(temperature);
    }

    // Monitored items are served by sampling the node values (Milo's SubscriptionModel).

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
