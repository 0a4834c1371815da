/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.OptionalLong;
import java.util.function.Predicate;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.BaseMonitoredItem;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.model.objects.BaseEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * Hands the twin's events (behaviour events, condition events) to the event items on the Server object of only
 * those sessions whose roles grant ReceiveEvents on the event's scope (the condition, or the equipment of a
 * behaviour event; OPC 10000-3 §8.55). Milo's own event bus gives every event to every subscriber, so the twin's
 * events bypass it; an unrestricted scope (no roles in the plant) reaches every session.
 */
final class EventDelivery {

    /** PermissionType ReceiveEvents (OPC 10000-3 §8.55). */
    static final long RECEIVE_EVENTS = 0x800;

    private final OpcUaServer server;
    private final NodePermissions permissions;
    private final Runnable delivered;

    /** @param delivered told after an event was handed to event items (the server's publishing ticks wait for it) */
    EventDelivery(OpcUaServer server, NodePermissions permissions, Runnable delivered) {
        this.server = server;
        this.permissions = permissions;
        this.delivered = delivered;
    }

    /** Delivers {@code event} to every event item on the Server object whose session may receive it. */
    void deliver(BaseEventTypeNode event, NodeId scope) {
        deliver(event, scope, item -> true);
    }

    /** Delivers {@code event} to the event items {@code which} accepts, whose session may receive it. */
    void deliver(BaseEventTypeNode event, NodeId scope, Predicate<EventItem> which) {
        for (Subscription subscription : server.getSubscriptions().values()) {
            for (BaseMonitoredItem<?> item : subscription.getMonitoredItems().values()) {
                if (item instanceof EventItem eventItem && item.isSamplingEnabled()
                        && NodeIds.Server.equals(item.getReadValueId().getNodeId()) && which.test(eventItem)
                        && mayReceive(item.getSession(), scope)) {
                    eventItem.onEvent(event);
                }
            }
        }
        delivered.run();
    }

    /** @return true when the session's roles grant ReceiveEvents on {@code scope} (or it is not restricted) */
    boolean mayReceive(Session session, NodeId scope) {
        if (session == null || scope == null) {
            return true;
        }
        OptionalLong bits = permissions.bitsOf(session, scope);
        return bits.isEmpty() || (bits.getAsLong() & RECEIVE_EVENTS) != 0;
    }
}
