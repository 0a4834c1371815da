/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionListener;
import org.fieldbridge.runtime.behaviour.condition.ConditionTransition;
import org.fieldbridge.runtime.behaviour.condition.OperatorAction;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.NodeOpcUa;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's check of alarms with a client that is not ours: node-opcua (interop/alarm-acknowledge.js) gets the active
 * BathTooHot through ConditionRefresh, is refused Acknowledge (by the condition's own method) as the quality manager
 * with Bad_UserAccessDenied, which the condition listeners (the audit trail) are told,
 * acknowledges it with a comment as the anodizing line's operator and sees the acknowledged state with her comment;
 * the powder-coating operator's refresh does not contain it.
 */
@Timeout(300)
class NodeOpcUaAlarmTest {

    private static final String CLIENT_URI = "urn:fieldbridge:tests:node-opcua-alarms";

    @TempDir
    Path temp;

    @Test
    @DisplayName("node-opcua: BathTooHot replayed by ConditionRefresh, refused to quinn, acknowledged by anna with her comment")
    void nodeOpcUaWorksTheAlarm() throws Exception {
        Path script = InteropFolder.script("alarm-acknowledge.js");
        NodeOpcUa nodeOpcUa = NodeOpcUa.installed();
        RolePlant plant = new RolePlant();
        TwinServerConfig.Builder builder = TwinServerConfig.builder("alarms-interop", plant)
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free())
                .pkiDirectory(Files.createDirectories(temp.resolve("server-pki")));
        try (TwinOpcUaServer server = TwinOpcUaServer.start(RolePlant.users(builder).build(),
                RolePlant.description())) {
            server.fireEvent(RolePlant.TANK, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED, Instant.now(),
                    25.1, 700, "BathTooHot active: 25.1 > 24.5 for PT5S"));
            TrustedNodeClient client = TrustedNodeClient.of(server, temp, "Fieldbridge alarm list (node-opcua)",
                    CLIENT_URI);

            List<OperatorAction> actions = new CopyOnWriteArrayList<>();
            server.conditions().addListener(new ConditionListener() {
                @Override
                public void onTransition(ConditionEvent event) {
                }

                @Override
                public void onOperatorAction(OperatorAction action) {
                    actions.add(action);
                }
            });
            Map<String, String> quinn = run(nodeOpcUa, script, client, plant, "quinn");
            assertEquals("Good", quinn.get("refreshCall"));
            assertEquals("RefreshStart,BathTooHot,RefreshEnd", quinn.get("refresh"));
            assertEquals("true", quinn.get("active"));
            assertEquals("false", quinn.get("acked"));
            assertEquals("true", quinn.get("retain"));
            assertEquals("own", quinn.get("acknowledgeBy"), "the condition's own Acknowledge method");
            assertEquals("Bad_UserAccessDenied", quinn.get("acknowledge"), "the quality manager may not acknowledge");
            // refused by Milo's access controller before any handler; reported for the audit trail all the same
            assertEquals(1, actions.size(), actions::toString);
            assertEquals("quinn", actions.get(0).user());
            assertEquals(ConditionTransition.ACKNOWLEDGED, actions.get(0).action());
            assertEquals("Bad_UserAccessDenied", actions.get(0).status());
            assertEquals("comment by quinn", actions.get(0).comment());

            Map<String, String> paul = run(nodeOpcUa, script, client, plant, "paul");
            assertEquals("RefreshStart,RefreshEnd", paul.get("refresh"), "not the anodizing line's alarm");
            assertEquals("false", paul.get("seen"));

            Map<String, String> anna = run(nodeOpcUa, script, client, plant, "anna");
            assertEquals("RefreshStart,BathTooHot,RefreshEnd", anna.get("refresh"));
            assertEquals("Good", anna.get("acknowledge"));
            assertEquals("true", anna.get("ackedAfter"));
            assertEquals("comment by anna", anna.get("comment"));
            assertEquals("anna", anna.get("user"));
            assertNull(quinn.get("user"));
        }
    }

    private Map<String, String> run(NodeOpcUa nodeOpcUa, Path script, TrustedNodeClient client, RolePlant plant,
            String user) throws Exception {
        Map<String, String> env = client.environment(user);
        env.put("FB_USER", user);
        env.put("FB_PASSWORD", plant.password(user));
        env.put("FB_SOURCE_NAME", "BathTooHot");
        env.put("FB_COMMENT", "comment by " + user);
        NodeOpcUa.Run run = nodeOpcUa.run(script, temp, env, Duration.ofSeconds(90));
        String json = run.lastJsonLine("as " + user);
        assertFalse(run.output().contains(plant.password(user)), "a password appears in the client's output");
        System.out.println(user + ": " + json);
        return FlatJson.parse(json);
    }
}
