/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.ControllerNode;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated controller's own NodeIds ({@link ControllerNode}): namespaces added after the twin's, variables at
 * their identifiers as written, published, read and written as the twin's signals are.
 */
@Timeout(60)
class ControllerNodesTest {

    private static final String SIEMENS = "http://www.siemens.com/simatic-s7-opcua";
    private static final ControllerNode TEMP = new ControllerNode(SIEMENS, "\"Temp_Sensor_7A\"", SignalType.DOUBLE);
    private static final ControllerNode SPEED = new ControllerNode(SIEMENS, "\"DB_Line7\".\"Speed\"", SignalType.FLOAT);
    private static final ControllerNode RUN = new ControllerNode("KEPServerEX", "Channel1.Device1.Pump_Run",
            SignalType.BOOLEAN);

    @TempDir
    Path pki;

    @Test
    @DisplayName("controller nodes are served in their namespaces, by URI, at their identifiers, and can accept writes")
    void controllerNodesAreServedAtTheirOwnNodeIds() throws Exception {
        TestSecrets secrets = new TestSecrets();
        List<Sample> written = new CopyOnWriteArrayList<>();
        try (TwinOpcUaServer server = TwinOpcUaServer.start(config(secrets), twin(), List.of(TEMP, SPEED, RUN))) {
            assertEquals("ns=3;s=\"Temp_Sensor_7A\"", server.nodeId(TEMP));
            assertEquals("ns=4;s=Channel1.Device1.Pump_Run", server.nodeId(RUN));
            server.publish("Zone1.Temp", Sample.good(26.0, Instant.now()));
            server.publish(TEMP, Sample.good(55.5, Instant.now()));
            server.publish(SPEED, Sample.good(980.0f, Instant.now()));
            server.publish(RUN, Sample.good(true, Instant.now()));
            server.acceptWrites(SPEED, written::add);
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                NamespaceTable namespaces = client.readNamespaceTable();
                assertEquals(List.of(SIEMENS, "KEPServerEX"), List.of(namespaces.toArray()).subList(3, 5));
                List<NodeId> ids = List.of(byUri(TEMP, namespaces), byUri(SPEED, namespaces), byUri(RUN, namespaces),
                        TestClient.nodeId(server, "Zone1.Temp"));
                List<DataValue> values = client.readValuesAsync(0.0, TimestampsToReturn.Both, ids).get(10, SECONDS);
                assertEquals(List.of(55.5, 980.0f, true, 26.0),
                        values.stream().map(v -> v.getValue().getValue()).toList());
                List<StatusCode> results = client.writeValues(List.of(ids.get(1), ids.get(0)), List.of(
                        DataValue.valueOnly(new Variant(1010.0f)), DataValue.valueOnly(new Variant(60.0))));
                assertEquals(StatusCode.GOOD, results.get(0), results.toString());
                assertTrue(results.get(1).isBad(), "read-only unless it accepts writes: " + results);
                assertEquals(1, written.size());
                assertEquals(1010.0f, written.get(0).value());
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    @Test
    @DisplayName("a controller node in the twin's own namespace is refused, saying why")
    void theTwinsOwnNamespaceIsRefused() {
        TestSecrets secrets = new TestSecrets();
        TwinServerConfig config = config(secrets);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TwinOpcUaServer.start(config,
                twin(), List.of(new ControllerNode(config.namespaceUri(), "Zone1.Temp", SignalType.DOUBLE))));
        assertTrue(e.getMessage().contains("is already the server's own"), e.getMessage());
    }

    private TwinServerConfig config(TestSecrets secrets) {
        return TwinServerConfig.builder(TestServer.NAME, secrets).bindAddress(LoopbackPort.ADDRESS)
                .port(LoopbackPort.free()).pkiDirectory(pki).build();
    }

    private static AddressSpaceDescription twin() {
        return AddressSpaceDescription.of(PlantElement.builder(PlantLevel.EQUIPMENT, "Zone1")
                .signal(new SignalDescription("Temp", "Temperature", "", SignalType.DOUBLE, null, null)).build());
    }

    private static NodeId byUri(ControllerNode node, NamespaceTable namespaces) {
        return ExpandedNodeId.parse(node.toString()).toNodeId(namespaces).orElseThrow();
    }
}
