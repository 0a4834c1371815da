/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alarms as OPC UA Alarms and Conditions (issue 13 item 3) with Milo clients over Basic256Sha256 SignAndEncrypt:
 * anna operates the anodizing line (acknowledgeAlarms there), paul the powder-coating line, quinn is the quality
 * manager of the Finishing area (browse and read only).
 */
@Timeout(120)
class AlarmConditionTest {

    static final Instant RAISED_AT = Instant.parse("2026-12-07T08:00:05Z");

    @TempDir
    Path pki;

    RolePlant plant;
    TwinOpcUaServer server;
    AlarmClient anna;
    AlarmClient paul;
    AlarmClient quinn;
    final BlockingQueue<ConditionEvent> transitions = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        plant = new RolePlant();
        TwinServerConfig.Builder builder = TwinServerConfig.builder("alarms-test", plant)
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(pki);
        server = TwinOpcUaServer.start(RolePlant.users(builder).build(), RolePlant.description());
        server.conditions().addListener(transitions::add);
        anna = new AlarmClient(server, "anna", plant.password("anna"));
        paul = new AlarmClient(server, "paul", plant.password("paul"));
        quinn = new AlarmClient(server, "quinn", plant.password("quinn"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AlarmClient client : new AlarmClient[] { anna, paul, quinn }) {
            if (client != null) {
                client.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    void raiseBathTooHot(Instant time, double value) {
        server.fireEvent(RolePlant.TANK, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED, time, value, 700,
                "BathTooHot active: " + value + " > 24.5 for PT5S"));
    }

    NodeId condition() {
        return TestClient.nodeId(server, RolePlant.BATH_TOO_HOT);
    }

    @Test
    void part9_5_8_2_anActivationIsAnAlarmConditionEventWithItsStatesSourceAndInput() throws Exception {
        raiseBathTooHot(RAISED_AT, 25.1);
        Map<String, Object> event = anna.next("BathTooHot", 10_000);
        assertNotNull(event, "anna got no BathTooHot event");
        assertEquals(NodeIds.AlarmConditionType, event.get("EventType"));
        assertEquals(condition(), event.get("ConditionId"));
        assertEquals("BathTooHot active: 25.1 > 24.5 for PT5S", event.get("Message"));
        assertEquals(700, ((Number) event.get("Severity")).intValue());
        assertEquals(Boolean.TRUE, event.get("Retain"));
        assertEquals(Boolean.TRUE, event.get("EnabledState/Id"));
        assertEquals(Boolean.TRUE, event.get("ActiveState/Id"));
        assertEquals(Boolean.FALSE, event.get("AckedState/Id"));
        assertEquals(Boolean.FALSE, event.get("ConfirmedState/Id"));
        assertEquals(TestClient.nodeId(server, RolePlant.ANODIZING_TEMP), event.get("InputNode"));
        assertTrue(event.get("BranchId") == null || ((NodeId) event.get("BranchId")).isNull());
    }

    @Test
    void eventsReachOnlySessionsWhoseRolesReceiveEventsInTheConditionsScope() throws Exception {
        raiseBathTooHot(RAISED_AT, 25.1);
        assertNotNull(anna.next("BathTooHot", 10_000), "the anodizing operator gets the anodizing alarm");
        assertNotNull(quinn.next("BathTooHot", 10_000), "the quality manager of the area gets it");
        assertNull(paul.next("BathTooHot", 2_000), "the powder-coating operator must not get it");
        server.fireEvent(RolePlant.OVEN, new BehaviourEvent("OvenOvershoot", BehaviourEvent.Type.RAISED, RAISED_AT,
                185.0, 500, "OvenOvershoot active"));
        assertNotNull(paul.next("OvenOvershoot", 10_000));
        assertNull(anna.next("OvenOvershoot", 2_000), "the anodizing operator must not get the oven's alarm");
    }

    @Test
    void part9_5_7_3_theOperatorAcknowledgesWithACommentTheQualityManagerIsRefused() throws Exception {
        raiseBathTooHot(RAISED_AT, 25.1);
        ByteString eventId = (ByteString) anna.next("BathTooHot", 10_000).get("EventId");
        quinn.next("BathTooHot", 10_000);
        NodeId acknowledge = anna.method(condition(), "Acknowledge");

        assertEquals(Boolean.TRUE, userExecutable(anna, acknowledge));
        assertEquals(Boolean.FALSE, userExecutable(quinn, acknowledge));
        assertEquals(StatusCodes.Bad_UserAccessDenied, quinn.call(condition(), acknowledge, eventId, "not mine").getValue());
        assertEquals(StatusCodes.Bad_UserAccessDenied, quinn.call(condition(),
                NodeIds.AcknowledgeableConditionType_Acknowledge, eventId, "by the type's method").getValue(),
                "the type's method id is no way around the role");

        assertEquals(StatusCode.GOOD, anna.call(condition(), acknowledge, eventId, "cooling valve opened"));
        Map<String, Object> acked = anna.next("BathTooHot", 10_000);
        assertEquals(Boolean.TRUE, acked.get("AckedState/Id"));
        assertEquals("cooling valve opened", acked.get("Comment"));
        assertEquals("anna", acked.get("ClientUserId"));
        ConditionEvent seen = lastTransition();
        assertEquals("anna", seen.user(), "listeners learn who acknowledged");
        assertEquals("cooling valve opened", seen.comment());

        assertEquals(StatusCodes.Bad_ConditionBranchAlreadyAcked,
                anna.call(condition(), acknowledge, eventId, "again").getValue());
        assertEquals(StatusCodes.Bad_EventIdUnknown,
                anna.call(condition(), acknowledge, ByteString.of(new byte[] { 1, 2, 3 }), "").getValue());
        NodeId confirm = anna.method(condition(), "Confirm");
        assertEquals(StatusCodes.Bad_UserAccessDenied, quinn.call(condition(), confirm, eventId, "").getValue());
        assertEquals(StatusCode.GOOD, anna.call(condition(), confirm, eventId, "bath back in range"));
        assertEquals(Boolean.TRUE, anna.next("BathTooHot", 10_000).get("ConfirmedState/Id"));
        NodeId addComment = anna.method(condition(), "AddComment");
        assertEquals(StatusCodes.Bad_UserAccessDenied, quinn.call(condition(), addComment, eventId, "x").getValue());
        assertEquals(StatusCode.GOOD, anna.call(condition(), NodeIds.ConditionType_AddComment, eventId,
                "by the type's method id, as UaExpert calls it"));
        assertEquals("by the type's method id, as UaExpert calls it", anna.next("BathTooHot", 10_000).get("Comment"));
    }

    @Test
    void part9_5_5_7_conditionRefreshReplaysTheRetainedConditionsTheSessionMayReceive() throws Exception {
        raiseBathTooHot(RAISED_AT, 25.1);
        Map<String, Object> original = anna.next("BathTooHot", 10_000);
        paul.drain(500);
        assertEquals(StatusCode.GOOD, anna.refresh());
        List<Map<String, Object>> replay = anna.drain(2_000);
        List<Object> order = replay.stream().map(e -> e.get("EventType")).toList();
        assertEquals(List.of(NodeIds.RefreshStartEventType, NodeIds.AlarmConditionType, NodeIds.RefreshEndEventType),
                order, "RefreshStart, the retained BathTooHot, RefreshEnd");
        assertEquals(original.get("EventId"), replay.get(1).get("EventId"), "the condition's last event, replayed");
        assertEquals(Boolean.TRUE, replay.get(1).get("Retain"));

        assertEquals(StatusCode.GOOD, paul.refresh());
        List<Object> paulsReplay = paul.drain(2_000).stream().map(e -> e.get("EventType")).toList();
        assertEquals(List.of(NodeIds.RefreshStartEventType, NodeIds.RefreshEndEventType), paulsReplay,
                "nothing of the anodizing line for the powder-coating operator");
        assertTrue(quinn.drain(500).stream().noneMatch(e -> NodeIds.RefreshStartEventType.equals(e.get("EventType"))),
                "a refresh goes to the caller's subscription only");
    }

    @Test
    void part9_5_5_2_aNewActivationBeforeAcknowledgementIsReportedWithABranchOfThePreviousOne() throws Exception {
        raiseBathTooHot(RAISED_AT, 25.1);
        ByteString first = (ByteString) anna.next("BathTooHot", 10_000).get("EventId");
        server.fireEvent(RolePlant.TANK, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.CLEARED,
                RAISED_AT.plusSeconds(10), 23.9, 700, "BathTooHot cleared"));
        assertEquals(Boolean.FALSE, anna.next("BathTooHot", 10_000).get("ActiveState/Id"));
        raiseBathTooHot(RAISED_AT.plusSeconds(20), 25.8);
        Map<String, Object> branch = anna.next("BathTooHot", 10_000);
        NodeId branchId = (NodeId) branch.get("BranchId");
        assertNotNull(branchId);
        assertFalse(branchId.isNull(), "the previous activation is a branch");
        assertEquals(condition(), branch.get("ConditionId"));
        assertEquals(Boolean.FALSE, branch.get("AckedState/Id"));
        Map<String, Object> trunk = anna.next("BathTooHot", 10_000);
        assertEquals(Boolean.TRUE, trunk.get("ActiveState/Id"));
        assertNotEquals(first, trunk.get("EventId"));

        NodeId acknowledge = anna.method(condition(), "Acknowledge");
        assertEquals(StatusCode.GOOD, anna.call(condition(), acknowledge, first, "the first one"));
        assertEquals(branchId, anna.next("BathTooHot", 10_000).get("BranchId"), "the first EventId acknowledges the branch");
    }

    @Test
    void aServerStartedWithTheRuntimesConditionsRegistersItsAlarmsThereAndReportsTheirTransitions(@TempDir Path other)
            throws Exception {
        AlarmConditions shared = new AlarmConditions();
        BlockingQueue<ConditionEvent> seen = new LinkedBlockingQueue<>();
        shared.addListener(seen::add);
        TwinServerConfig.Builder builder = TwinServerConfig.builder("alarms-shared", plant)
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(other);
        try (TwinOpcUaServer second = TwinOpcUaServer.start(RolePlant.users(builder).build(), RolePlant.description(),
                shared)) {
            assertTrue(shared.condition(RolePlant.BATH_TOO_HOT).isPresent());
            assertTrue(shared.condition(RolePlant.OVEN_OVERSHOOT).isPresent());
            assertEquals(RolePlant.ANODIZING_TEMP, shared.condition(RolePlant.BATH_TOO_HOT).orElseThrow().sourceSignal());
            second.fireEvent(RolePlant.TANK, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED, RAISED_AT, 25.1,
                    700, "BathTooHot active"));
            ConditionEvent activated = seen.poll(10, SECONDS);
            assertNotNull(activated);
            assertEquals(RolePlant.BATH_TOO_HOT, activated.conditionId());
            assertTrue(activated.active());
        }
    }

    private ConditionEvent lastTransition() throws InterruptedException {
        ConditionEvent last = null;
        ConditionEvent next;
        while ((next = transitions.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
            last = next;
        }
        return last;
    }

    private static Object userExecutable(AlarmClient client, NodeId method) throws Exception {
        return client.client.readAsync(0.0, TimestampsToReturn.Neither,
                List.of(new ReadValueId(method, AttributeId.UserExecutable.uid(), null, null)))
                .get(10, SECONDS).getResults()[0].getValue().getValue();
    }
}
