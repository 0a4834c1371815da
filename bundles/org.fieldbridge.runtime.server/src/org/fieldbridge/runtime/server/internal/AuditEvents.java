/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.BaseMonitoredItem;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.model.objects.AuditActivateSessionEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.AuditCreateSessionEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.AuditEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.AuditSecurityEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.AuditSessionEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.BaseEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MonitoringMode;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises every audit record as an OPC UA audit event (OPC 10000-5 §6.4.3 ff.) on the Server object, for the
 * sessions that hold the well-known role SecurityAdmin (a plant role with {@code administer}) only: the event is
 * handed to their event items on the Server object directly instead of being fired to every subscriber, so no
 * other session ever sees who logged in from where.
 * <ul>
 * <li>connection refused at OpenSecureChannel: AuditOpenSecureChannelEventType; session refused at CreateSession:
 * AuditCreateSessionEventType; opened or refused at ActivateSession:
 * AuditActivateSessionEventType; closed: AuditSessionEventType;</li>
 * <li>certificate trusted, removed, rejected: AuditCertificateEventType;</li>
 * <li>configuration, alarm, write: AuditEventType.</li>
 * </ul>
 */
final class AuditEvents implements Consumer<AuditRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(AuditEvents.class);

    private final OpcUaServer server;
    private final String serverId;
    private final Runnable delivered;

    /** @param delivered told after an event was handed to event items (the server's publishing ticks wait for it) */
    AuditEvents(OpcUaServer server, String serverId, Runnable delivered) {
        this.server = server;
        this.serverId = serverId;
        this.delivered = delivered;
    }

    @Override
    public void accept(AuditRecord record) {
        BaseEventTypeNode node = null;
        try {
            NodeId type = eventType(record);
            node = server.getEventFactory().createEvent(new NodeId(1, UUID.randomUUID()), type);
            fill(node, type, record);
            for (Session session : server.getSessionManager().getAllSessions()) {
                if (mayReceiveAuditEvents(session)) {
                    deliver(session, node);
                }
            }
            delivered.run();
        } catch (UaException | RuntimeException e) {
            LOG.warn("audit event of record {} not raised: {}", record.sequence(), e.getMessage());
        } finally {
            if (node != null) {
                node.delete();
            }
        }
    }

    /** @return whether the session's roles include SecurityAdmin, which a plant role with administer grants */
    static boolean mayReceiveAuditEvents(Session session) {
        if (session.getIdentity() == null) {
            return false; // created, not yet activated: no roles yet
        }
        return session.getRoleIds().map(ids -> ids.contains(NodeIds.WellKnownRole_SecurityAdmin)).orElse(false);
    }

    private static void deliver(Session session, BaseEventTypeNode node) {
        for (Subscription subscription : session.getSubscriptionManager().getSubscriptions()) {
            for (BaseMonitoredItem<?> item : subscription.getMonitoredItems().values()) {
                if (item instanceof EventItem events && NodeIds.Server.equals(item.getReadValueId().getNodeId())
                        && item.getMonitoringMode() != MonitoringMode.Disabled) {
                    events.onEvent(node);
                }
            }
        }
    }

    private static NodeId eventType(AuditRecord record) {
        if (record.category() == AuditCategory.SESSION) {
            return switch (record.details().getOrDefault("service", "")) {
                case "OpenSecureChannel" -> NodeIds.AuditOpenSecureChannelEventType;
                case "CreateSession" -> NodeIds.AuditCreateSessionEventType;
                case "ActivateSession" -> NodeIds.AuditActivateSessionEventType;
                default -> NodeIds.AuditSessionEventType;
            };
        }
        return record.category() == AuditCategory.CERTIFICATE ? NodeIds.AuditCertificateEventType
                : NodeIds.AuditEventType;
    }

    private void fill(BaseEventTypeNode node, NodeId type, AuditRecord record) {
        String service = record.details().getOrDefault("service", "CloseSession");
        String sourceName = record.category() == AuditCategory.SESSION
                ? (service.equals("OpenSecureChannel") ? "SecureChannel/" : "Session/") + service
                : record.category() == AuditCategory.CERTIFICATE ? "Security/Certificate"
                        : "Fieldbridge/" + record.category().key();
        node.setBrowseName(new QualifiedName(1, "Audit" + record.sequence()));
        node.setDisplayName(LocalizedText.english(sourceName));
        node.setEventId(ByteString.of(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)));
        node.setEventType(type);
        node.setSourceNode(NodeIds.Server);
        node.setSourceName(sourceName);
        node.setTime(new DateTime(record.time()));
        node.setReceiveTime(DateTime.now());
        node.setMessage(LocalizedText.english(AuditText.sentence(record)));
        node.setSeverity(ushort(record.success() ? 100 : 500));
        if (node instanceof AuditEventTypeNode audit) {
            audit.setActionTimeStamp(new DateTime(record.time()));
            audit.setStatus(record.success());
            audit.setServerId(serverId);
            audit.setClientAuditEntryId("fieldbridge-audit-" + record.sequence());
            audit.setClientUserId(record.user());
        }
        if (node instanceof AuditSecurityEventTypeNode security) {
            security.setStatusCodeId(statusCode(record.status()));
        }
        if (node instanceof AuditSessionEventTypeNode session && record.details().containsKey("session")) {
            session.setSessionId(NodeId.parse(record.details().get("session")));
        }
        String channel = record.details().getOrDefault("secureChannel", "");
        if (node instanceof AuditCreateSessionEventTypeNode create) {
            create.setSecureChannelId(channel);
            create.setClientCertificateThumbprint(record.details().getOrDefault("clientCertificate", ""));
        }
        if (node instanceof AuditActivateSessionEventTypeNode activate) {
            activate.setSecureChannelId(channel);
        }
    }

    /** @return the status code named in the record ({@code Good}, {@code Bad_UserAccessDenied} ...) */
    private static StatusCode statusCode(String name) {
        try {
            return new StatusCode(StatusCodes.class.getField(name).getLong(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return name.startsWith("Good") ? StatusCode.GOOD : StatusCode.BAD;
        }
    }
}
