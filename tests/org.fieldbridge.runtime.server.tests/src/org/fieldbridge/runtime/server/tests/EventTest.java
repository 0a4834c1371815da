/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ContentFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EventFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.ThresholdAlarm;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour events (alarms raised and cleared) as OPC UA events (Part 5 §6.4.2 BaseEventType). */
@Timeout(60)
@DisplayName("Behaviour events")
class EventTest {

    @Test
    @DisplayName("an alarm raised by a behaviour reaches an event subscription with its source, message, severity and time")
    void anAlarmReachesAnEventSubscription(@TempDir Path pki) throws Exception {
        TestSecrets secrets = new TestSecrets();
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                BlockingQueue<Variant[]> events = new LinkedBlockingQueue<>();
                var subscription = new OpcUaSubscription(client, 50.0);
                subscription.create();
                var item = OpcUaMonitoredItem.newEventItem(NodeIds.Server, new EventFilter(new SimpleAttributeOperand[] {
                        field("SourceNode"), field("SourceName"), field("Message"), field("Severity"), field("Time") },
                        new ContentFilter(null)));
                item.setEventValueListener((i, values) -> events.add(values));
                subscription.addMonitoredItem(item);
                subscription.synchronizeMonitoredItems();

                Instant raisedAt = Instant.parse("2026-11-24T12:03:05Z");
                server.fireEvent(AcmePlant.TANK, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED, raisedAt,
                        24.9, 700, "BathTooHot active: 24.9 > 24.5 for PT5S"));
                Variant[] e = events.poll(10, SECONDS);
                assertNotNull(e, "no event within 10 s");
                assertEquals(TestClient.nodeId(server, AcmePlant.TANK), (NodeId) e[0].getValue());
                assertEquals("BathTooHot", e[1].getValue());
                assertEquals("BathTooHot active: 24.9 > 24.5 for PT5S", ((LocalizedText) e[2].getValue()).text());
                assertEquals(700, ((UShort) e[3].getValue()).intValue());
                assertEquals(raisedAt, ((DateTime) e[4].getValue()).getJavaInstant());
                subscription.delete();
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    @Test
    @DisplayName("a threshold alarm wired to the server shows its state as a variable and its transitions as events")
    void aThresholdAlarmShowsStateAndEvents(@TempDir Path pki) throws Exception {
        TestSecrets secrets = new TestSecrets();
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                BlockingQueue<Variant[]> events = new LinkedBlockingQueue<>();
                var subscription = new OpcUaSubscription(client, 50.0);
                subscription.create();
                var item = OpcUaMonitoredItem.newEventItem(NodeIds.Server, new EventFilter(new SimpleAttributeOperand[] {
                        field("SourceName"), field("Message") }, new ContentFilter(null)));
                item.setEventValueListener((i, values) -> events.add(values));
                subscription.addMonitoredItem(item);
                subscription.synchronizeMonitoredItems();

                // the wiring a generated runtime does: behaviour events -> server events and state variables
                ThresholdAlarm alarm = new ThresholdAlarm("BathTempHigh", ThresholdAlarm.Direction.ABOVE, 24.5, 24.0,
                        Duration.ofSeconds(5), 700, event -> {
                            server.fireEvent(AcmePlant.TANK, event);
                            server.publish(AcmePlant.ALARM_ACTIVE, Sample.good(
                                    event.type() == BehaviourEvent.Type.RAISED, event.time()));
                        });
                long t0 = EpochNanos.of(Instant.parse("2026-11-24T12:00:00Z"));
                for (int s = 0; s <= 6; s++) {
                    alarm.update(t0 + s * 1_000_000_000L, 25.0, Quality.GOOD.code());
                }
                Variant[] raised = events.poll(10, SECONDS);
                assertNotNull(raised, "no event for the raised alarm");
                assertEquals("BathTempHigh", raised[0].getValue());
                assertEquals(Boolean.TRUE, readValue(client, server, AcmePlant.ALARM_ACTIVE));
                alarm.update(t0 + 7_000_000_000L, 23.9, Quality.GOOD.code());
                Variant[] cleared = events.poll(10, SECONDS);
                assertNotNull(cleared, "no event for the cleared alarm");
                assertTrue(((LocalizedText) cleared[1].getValue()).text().contains("cleared"));
                assertEquals(Boolean.FALSE, readValue(client, server, AcmePlant.ALARM_ACTIVE));
                subscription.delete();
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    private static Object readValue(OpcUaClient client, TwinOpcUaServer server, String id) throws Exception {
        return client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(TestClient.nodeId(server, id)))
                .get(10, SECONDS).get(0).getValue().getValue();
    }

    private static SimpleAttributeOperand field(String name) {
        return new SimpleAttributeOperand(NodeIds.BaseEventType, new QualifiedName[] { new QualifiedName(0, name) },
                AttributeId.Value.uid(), null);
    }
}
