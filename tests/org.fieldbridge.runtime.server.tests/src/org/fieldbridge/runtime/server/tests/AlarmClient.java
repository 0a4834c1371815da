/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ContentFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EventFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.fieldbridge.runtime.server.TwinOpcUaServer;

/**
 * A Milo client session of one user that subscribes to the Server object's events with the fields an alarm list
 * shows (OPC 10000-9 §5.5.2, §5.7.2, §5.8.2) and calls the condition methods, as an operator's client does.
 */
final class AlarmClient implements AutoCloseable {

    /** The selected event fields, in the order of the select clauses. */
    static final List<String> FIELDS = List.of("EventId", "EventType", "SourceName", "Message", "Severity",
            "ConditionId", "BranchId", "Retain", "EnabledState/Id", "ActiveState/Id", "AckedState/Id",
            "ConfirmedState/Id", "Comment", "ClientUserId", "InputNode");

    final String user;
    final OpcUaClient client;
    final OpcUaSubscription subscription;
    final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();

    AlarmClient(TwinOpcUaServer server, String user, String password) throws Exception {
        this.user = user;
        client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, user, password);
        subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newEventItem(NodeIds.Server,
                new EventFilter(FIELDS.stream().map(AlarmClient::operand).toArray(SimpleAttributeOperand[]::new),
                        new ContentFilter(null)));
        item.setQueueSize(uint(100));
        item.setEventValueListener((i, values) -> {
            Map<String, Object> event = new LinkedHashMap<>();
            for (int f = 0; f < FIELDS.size(); f++) {
                Object value = values[f].getValue();
                event.put(FIELDS.get(f), value instanceof LocalizedText text ? text.text() : value);
            }
            events.add(event);
        });
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
    }

    private static SimpleAttributeOperand operand(String field) {
        if (field.equals("ConditionId")) { // OPC 10000-9 §5.5.2: the NodeId of the ConditionType instance
            return new SimpleAttributeOperand(NodeIds.ConditionType, new QualifiedName[0], AttributeId.NodeId.uid(),
                    null);
        }
        QualifiedName[] path = java.util.Arrays.stream(field.split("/")).map(name -> new QualifiedName(0, name))
                .toArray(QualifiedName[]::new);
        return new SimpleAttributeOperand(NodeIds.BaseEventType, path, AttributeId.Value.uid(), null);
    }

    /** @return the next event whose SourceName is {@code source}, or null within {@code millis} */
    Map<String, Object> next(String source, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Map<String, Object> event = events.poll(Math.max(1, end - System.currentTimeMillis()), MILLISECONDS);
            if (event != null && source.equals(event.get("SourceName"))) {
                return event;
            }
        }
        return null;
    }

    /** @return every event that arrives within {@code millis} */
    List<Map<String, Object>> drain(long millis) throws InterruptedException {
        List<Map<String, Object>> all = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Map<String, Object> event = events.poll(Math.max(1, end - System.currentTimeMillis()), MILLISECONDS);
            if (event != null) {
                all.add(event);
            }
        }
        return all;
    }

    /** Calls {@code method} of the condition with the EventId and a comment. */
    StatusCode call(NodeId condition, NodeId method, ByteString eventId, String comment) throws Exception {
        return client.call(List.of(new CallMethodRequest(condition, method,
                new Variant[] { new Variant(eventId), new Variant(LocalizedText.english(comment)) })))
                .getResults()[0].getStatusCode();
    }

    /** Calls ConditionRefresh (OPC 10000-9 §5.5.7) for this client's subscription. */
    StatusCode refresh() throws Exception {
        return client.call(List.of(new CallMethodRequest(NodeIds.ConditionType, NodeIds.ConditionType_ConditionRefresh,
                new Variant[] { new Variant(subscription.getSubscriptionId().orElseThrow()) })))
                .getResults()[0].getStatusCode();
    }

    /** @return the NodeId of the condition's method {@code name} (found by browsing its components) */
    NodeId method(NodeId condition, String name) throws Exception {
        var result = client.browse(new BrowseDescription(condition, BrowseDirection.Forward, NodeIds.HasComponent, true,
                uint(0), uint(BrowseResultMask.All.getValue())));
        for (ReferenceDescription reference : result.getReferences()) {
            if (name.equals(reference.getBrowseName().name())) {
                return reference.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
            }
        }
        throw new AssertionError(condition + " has no method " + name);
    }

    @Override
    public void close() throws Exception {
        TestClient.disconnect(client);
    }
}
