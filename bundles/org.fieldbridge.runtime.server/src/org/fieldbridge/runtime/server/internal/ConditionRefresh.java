/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler.InvocationContext;
import org.eclipse.milo.opcua.sdk.server.model.objects.BaseEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.ConditionType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.util.NonceUtil;

/**
 * ConditionRefresh and ConditionRefresh2 (OPC 10000-9 §5.5.7, §5.5.8) on the ConditionType object: a
 * RefreshStartEvent, the last event of every retained condition and branch the session may receive, a
 * RefreshEndEvent, all to the event items of the caller's subscription (or the one item) only. Replaces Milo's
 * handler, which sends just the start and end events, and to every subscriber.
 */
final class ConditionRefresh {

    private final OpcUaServer server;
    private final ConditionNodes conditions;

    ConditionRefresh(OpcUaServer server, ConditionNodes conditions) {
        this.server = server;
        this.conditions = conditions;
    }

    /** Puts the handlers on the ConditionRefresh methods of the standard address space (after it started). */
    void install() {
        server.getAddressSpaceManager().getManagedNode(NodeIds.ConditionType_ConditionRefresh)
                .filter(UaMethodNode.class::isInstance).map(UaMethodNode.class::cast)
                .ifPresent(method -> method.setInvocationHandler(new ConditionType.ConditionRefreshMethod(method) {
                    @Override
                    protected void invoke(InvocationContext context, UInteger subscriptionId) throws UaException {
                        refresh(subscription(context, subscriptionId), item -> true);
                    }
                }));
        server.getAddressSpaceManager().getManagedNode(NodeIds.ConditionType_ConditionRefresh2)
                .filter(UaMethodNode.class::isInstance).map(UaMethodNode.class::cast)
                .ifPresent(method -> method.setInvocationHandler(new ConditionType.ConditionRefresh2Method(method) {
                    @Override
                    protected void invoke(InvocationContext context, UInteger subscriptionId, UInteger itemId)
                            throws UaException {
                        Subscription subscription = subscription(context, subscriptionId);
                        if (!subscription.getMonitoredItems().containsKey(itemId)) {
                            throw new UaException(StatusCodes.Bad_MonitoredItemIdInvalid);
                        }
                        refresh(subscription, item -> item.getId().equals(itemId));
                    }
                }));
    }

    private static Subscription subscription(InvocationContext context, UInteger subscriptionId) throws UaException {
        Session session = context.getSession().orElseThrow(() -> new UaException(StatusCodes.Bad_UserAccessDenied));
        Subscription subscription = session.getSubscriptionManager().getSubscription(subscriptionId);
        if (subscription == null) {
            throw new UaException(StatusCodes.Bad_SubscriptionIdInvalid);
        }
        return subscription;
    }

    private void refresh(Subscription subscription, Predicate<EventItem> item) throws UaException {
        Predicate<EventItem> ofSubscription = i -> i.getSubscriptionId().equals(subscription.getId()) && item.test(i);
        marker(NodeIds.RefreshStartEventType, "RefreshStart", ofSubscription);
        conditions.replayRetained(ofSubscription);
        marker(NodeIds.RefreshEndEventType, "RefreshEnd", ofSubscription);
    }

    private void marker(NodeId type, String name, Predicate<EventItem> items) throws UaException {
        BaseEventTypeNode event = server.getEventFactory().createEvent(new NodeId(1, UUID.randomUUID()), type);
        try {
            event.setBrowseName(new QualifiedName(1, name));
            event.setDisplayName(LocalizedText.english(name));
            event.setEventId(ByteString.of(NonceUtil.generateNonce(16).bytesOrEmpty()));
            event.setEventType(type);
            event.setSourceNode(NodeIds.Server);
            event.setSourceName("Server");
            event.setTime(DateTime.now());
            event.setReceiveTime(DateTime.NULL_VALUE);
            event.setMessage(LocalizedText.english(name));
            event.setSeverity(ushort(1));
            conditions.delivery().deliver(event, null, items);
        } finally {
            event.delete();
        }
    }
}
