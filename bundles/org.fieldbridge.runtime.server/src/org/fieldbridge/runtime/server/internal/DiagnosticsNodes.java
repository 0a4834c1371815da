/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.fieldbridge.runtime.diagnostics.ForwardingSnapshot;
import org.fieldbridge.runtime.diagnostics.HealthSnapshot;

/**
 * The diagnostics of the controllers in the address space, like Kepware's {@code _Statistics} and Ignition's
 * device status: a {@code Controllers} folder in the Objects folder, an Object per controller and below it a
 * {@code _Diagnostics} Object with read-only variables (connection state, last error and its time, reconnect
 * count, poll cycle time last and p99, requests per second, failed requests; for OPC UA sources the
 * subscription state instead of the cycle times). Nodes of a controller are made when it is first published.
 */
final class DiagnosticsNodes {

    /** The NodeId string of the folder. */
    static final String FOLDER = "Controllers";
    /** The NodeId string of the Sparkplug publisher's object. */
    static final String SPARKPLUG = "Sparkplug";

    private final TwinNamespace namespace;
    private final Map<String, Map<String, UaVariableNode>> controllers = new LinkedHashMap<>();
    private Map<String, UaVariableNode> sparkplug;
    private UaFolderNode folder;

    DiagnosticsNodes(TwinNamespace namespace) {
        this.namespace = namespace;
    }

    /** Sets every diagnostics variable of the snapshot's controller (creating its nodes the first time). */
    synchronized void publish(HealthSnapshot s) {
        Map<String, UaVariableNode> variables = controllers.computeIfAbsent(s.controller(), c -> create(s));
        Instant now = Instant.now();
        set(variables, "ConnectionState", s.state().text(), now);
        set(variables, "StateSince", new DateTime(s.stateSince()), now);
        set(variables, "LastError", s.lastError() == null ? "" : s.lastError(), now);
        set(variables, "LastErrorTime", s.lastErrorTime() == null ? null : new DateTime(s.lastErrorTime()), now);
        set(variables, "ReconnectCount", uint(Math.min(s.reconnects(), 0xFFFF_FFFFL)), now);
        set(variables, "RequestsPerSecond", s.requestsPerSecond(), now);
        set(variables, "FailedRequests", ulong(s.failedRequests()), now);
        if (variables.containsKey("SubscriptionState")) {
            set(variables, "SubscriptionState", s.subscriptionState() == null ? "" : s.subscriptionState(), now);
        } else {
            set(variables, "PollCycleTime", millis(s.lastCycle()), now);
            set(variables, "PollCycleTimeP99", millis(s.cycleP99()), now);
        }
    }

    /** Sets the Sparkplug publisher's variables (creating its nodes the first time). */
    synchronized void publish(ForwardingSnapshot s) {
        if (sparkplug == null) {
            sparkplug = createSparkplug(s);
        }
        Instant now = Instant.now();
        set(sparkplug, "ConnectionState", s.state(), now);
        set(sparkplug, "QueueDepth", ulong(s.queueDepth()), now);
        set(sparkplug, "QueueOldestAge", s.oldestAge().toMillis() / 1000.0, now);
        set(sparkplug, "QueueDropped", ulong(s.dropped()), now);
    }

    private Map<String, UaVariableNode> createSparkplug(ForwardingSnapshot s) {
        UaObjectNode publisher = object(SPARKPLUG, SPARKPLUG, "The Sparkplug B edge node " + s.edgeNode()
                + " that publishes this twin to an MQTT broker");
        publisher.addReference(new Reference(publisher.getNodeId(), NodeIds.Organizes,
                NodeIds.ObjectsFolder.expanded(), false));
        UaObjectNode diagnostics = object(SPARKPLUG + "._Diagnostics", "_Diagnostics",
                "Broker connection and store-and-forward queue of " + s.edgeNode());
        publisher.addComponent(diagnostics);
        Map<String, UaVariableNode> variables = new LinkedHashMap<>();
        String base = SPARKPLUG + "._Diagnostics.";
        variable(variables, diagnostics, base, "ConnectionState", NodeIds.String,
                "connected, broker not connected, or connected, primary host offline");
        variable(variables, diagnostics, base, "QueueDepth", NodeIds.UInt64,
                "Samples queued on disk, not yet acknowledged by the broker");
        variable(variables, diagnostics, base, "QueueOldestAge", NodeIds.Double,
                "Seconds the oldest queued sample has waited");
        variable(variables, diagnostics, base, "QueueDropped", NodeIds.UInt64,
                "Samples dropped at the queue's bound (sparkplug.queue.maxSamples) since the start");
        return variables;
    }

    private static Double millis(Duration d) {
        return d == null ? null : d.toNanos() / 1e6;
    }

    private static void set(Map<String, UaVariableNode> variables, String name, Object value, Instant now) {
        UaVariableNode node = variables.get(name);
        DataValue current = node.getValue();
        Object old = current == null || current.getValue() == null ? null : current.getValue().getValue();
        if (current != null && java.util.Objects.equals(old, value) && current.getStatusCode() != null
                && current.getStatusCode().isGood()) {
            return; // unchanged: keep its timestamps, so a subscription sees changes only
        }
        DateTime time = new DateTime(now);
        node.setValue(new DataValue(value == null ? Variant.NULL_VALUE : new Variant(value), StatusCode.GOOD, time, time));
    }

    private Map<String, UaVariableNode> create(HealthSnapshot s) {
        if (folder == null) {
            folder = new UaFolderNode(namespace.getNodeContext(), namespace.nodeId(FOLDER), namespace.qualifiedName(FOLDER),
                    LocalizedText.english(FOLDER));
            folder.setDescription(LocalizedText.english("The controllers this twin reads, with their diagnostics"));
            namespace.getNodeManager().addNode(folder);
            folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
                    false));
        }
        String id = FOLDER + "." + s.controller();
        UaObjectNode controller = object(id, s.controller(), s.protocol() + " controller " + s.controller());
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, controller.getNodeId().expanded(), true));
        UaObjectNode diagnostics = object(id + "._Diagnostics", "_Diagnostics", "Connection state and statistics of "
                + s.controller());
        controller.addComponent(diagnostics);
        Map<String, UaVariableNode> variables = new LinkedHashMap<>();
        String base = id + "._Diagnostics.";
        variable(variables, diagnostics, base, "ConnectionState", NodeIds.String, "connecting, connected, reconnecting or stopped");
        variable(variables, diagnostics, base, "StateSince", NodeIds.DateTime, "When the connection entered its state");
        variable(variables, diagnostics, base, "LastError", NodeIds.String, "The last problem, in plant words");
        variable(variables, diagnostics, base, "LastErrorTime", NodeIds.DateTime, "When the last problem happened");
        variable(variables, diagnostics, base, "ReconnectCount", NodeIds.UInt32,
                "Connection attempts after the first one, failed or not");
        if (s.subscriptionState() != null || "OPC UA".equals(s.protocol())) {
            variable(variables, diagnostics, base, "SubscriptionState", NodeIds.String, "State of the subscription");
        } else {
            variable(variables, diagnostics, base, "PollCycleTime", NodeIds.Double, "Duration of the last poll cycle, ms");
            variable(variables, diagnostics, base, "PollCycleTimeP99", NodeIds.Double,
                    "99th percentile of the last 200 poll cycles, ms");
        }
        variable(variables, diagnostics, base, "RequestsPerSecond", NodeIds.Double,
                "Requests (Modbus) or notifications (OPC UA) per second over the last 10 s");
        variable(variables, diagnostics, base, "FailedRequests", NodeIds.UInt64,
                "Requests without answer or refused since the start");
        return variables;
    }

    private UaObjectNode object(String id, String browseName, String description) {
        UaObjectNode node = new UaObjectNode.UaObjectNodeBuilder(namespace.getNodeContext())
                .setNodeId(namespace.nodeId(id))
                .setBrowseName(namespace.qualifiedName(browseName))
                .setDisplayName(LocalizedText.english(browseName))
                .setDescription(LocalizedText.english(description))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
        namespace.getNodeManager().addNode(node);
        return node;
    }

    private void variable(Map<String, UaVariableNode> variables, UaNode parent, String base, String name, NodeId type,
            String description) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(namespace.getNodeContext())
                .setNodeId(namespace.nodeId(base + name))
                .setBrowseName(namespace.qualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDescription(LocalizedText.english(description))
                .setDataType(type)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setMinimumSamplingInterval(0.0)
                .build();
        node.setValue(SampleValues.waitingForInitialData());
        namespace.getNodeManager().addNode(node);
        ((UaObjectNode) parent).addComponent(node);
        variables.put(name, node);
    }
}
