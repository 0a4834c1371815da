/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EuRange;
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
 * Boolean and String signals (an agitator's running flag, a recipe name) are DataItemType variables of
 * their own data type, without unit or range; a numeric signal may go without a unit.
 */
@Timeout(60)
class DiscreteSignalTest {

    private static final String TANK = "Acme.Tank1";
    private static final String RUNNING = TANK + ".AgitatorRunning";
    private static final String RECIPE = TANK + ".Recipe";
    private static final String COUNT = TANK + ".BatchCount";

    @Test
    @DisplayName("a Boolean and a String signal are read with their data type, type definition and value")
    void booleanAndStringSignalsAreDataItems(@TempDir Path pki) throws Exception {
        TestSecrets secrets = new TestSecrets();
        AddressSpaceDescription description = AddressSpaceDescription.of(PlantElement.builder(PlantLevel.ENTERPRISE,
                "Acme").child(PlantElement.builder(PlantLevel.EQUIPMENT, "Tank1")
                        .signal(SignalDescription.discrete("AgitatorRunning", "Agitator running", "", SignalType.BOOLEAN))
                        .signal(SignalDescription.discrete("Recipe", "Recipe", "", SignalType.STRING))
                        .signal(new SignalDescription("BatchCount", "Batches", "", SignalType.INT32, null,
                                new EuRange(0, 1000)))
                        .build()).build());
        TwinServerConfig config = TwinServerConfig.builder(TestServer.NAME, secrets).bindAddress(LoopbackPort.ADDRESS)
                .port(LoopbackPort.free()).pkiDirectory(pki).build();
        try (TwinOpcUaServer server = TwinOpcUaServer.start(config, description)) {
            Instant now = Instant.now();
            server.publish(RUNNING, Sample.good(true, now));
            server.publish(RECIPE, Sample.good("SAA-20um", now));
            server.publish(COUNT, Sample.good(7, now));
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                NodeId running = TestClient.nodeId(server, RUNNING);
                NodeId recipe = TestClient.nodeId(server, RECIPE);
                List<DataValue> dataTypes = Arrays.asList(client.readAsync(0.0, TimestampsToReturn.Neither, List.of(
                        new ReadValueId(running, AttributeId.DataType.uid(), null, null),
                        new ReadValueId(recipe, AttributeId.DataType.uid(), null, null))).get(10, SECONDS).getResults());
                assertEquals(NodeIds.Boolean, dataTypes.get(0).getValue().getValue());
                assertEquals(NodeIds.String, dataTypes.get(1).getValue().getValue());
                assertEquals(NodeIds.DataItemType, typeDefinition(client, running));
                assertEquals(NodeIds.DataItemType, typeDefinition(client, recipe));
                assertEquals(NodeIds.AnalogItemType, typeDefinition(client, TestClient.nodeId(server, COUNT)));
                assertFalse(propertyNames(client, running).contains("EngineeringUnits"));
                assertFalse(propertyNames(client, TestClient.nodeId(server, COUNT)).contains("EngineeringUnits"),
                        "a numeric signal without unit has no EngineeringUnits");
                assertTrue(propertyNames(client, TestClient.nodeId(server, COUNT)).contains("EURange"));

                List<DataValue> values = client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(running, recipe))
                        .get(10, SECONDS);
                assertEquals(Boolean.TRUE, values.get(0).getValue().getValue());
                assertEquals("SAA-20um", values.get(1).getValue().getValue());

                server.publish(RUNNING, new Sample(false, Quality.BAD_TIMEOUT, now, Instant.now()));
                DataValue bad = client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(running)).get(10, SECONDS)
                        .get(0);
                assertEquals(Quality.BAD_TIMEOUT.unsignedCode(), bad.getStatusCode().getValue());
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    @Test
    @DisplayName("a String signal with a range, or a numeric one with an empty (NaN or infinite) EURange, is refused")
    void inconsistentSignalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignalDescription("On", "On", "", SignalType.STRING,
                null, new EuRange(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new SignalDescription("T", "T", "", SignalType.DOUBLE,
                AcmePlant.CELSIUS, new EuRange(Double.NaN, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new SignalDescription("T", "T", "", SignalType.DOUBLE,
                AcmePlant.CELSIUS, new EuRange(0, Double.POSITIVE_INFINITY)));
    }

    @Test
    @DisplayName("counters and unranged numbers get the narrowest built-in type and no EURange: UInt32, UInt16, Int16, "
            + "Float (AnalogUnitType with a unit, DataItemType without); values out of the type are Bad_TypeMismatch")
    void numbersHaveTheNarrowestTypeAndNoEmptyRange(@TempDir Path pki) throws Exception {
        TestSecrets secrets = new TestSecrets();
        AddressSpaceDescription description = AddressSpaceDescription.of(PlantElement.builder(PlantLevel.ENTERPRISE,
                "Acme").child(PlantElement.builder(PlantLevel.EQUIPMENT, "Press")
                        .signal(SignalDescription.discrete("Strokes", "Strokes", "", SignalType.UINT32))
                        .signal(SignalDescription.discrete("Die", "Die", "", SignalType.UINT16))
                        .signal(SignalDescription.discrete("Offset", "Offset", "", SignalType.INT16))
                        .signal(new SignalDescription("Tonnage", "Tonnage", "", SignalType.FLOAT, AcmePlant.CELSIUS, null))
                        .signal(SignalDescription.discrete("Batch", "Batch", "", SignalType.INT64))
                        .build()).build());
        TwinServerConfig config = TwinServerConfig.builder(TestServer.NAME, secrets).bindAddress(LoopbackPort.ADDRESS)
                .port(LoopbackPort.free()).pkiDirectory(pki).build();
        try (TwinOpcUaServer server = TwinOpcUaServer.start(config, description)) {
            Instant now = Instant.now();
            server.publish("Acme.Press.Strokes", Sample.good(4_000_000_000L, now));
            server.publish("Acme.Press.Die", Sample.good(70_000, now)); // beyond UInt16
            server.publish("Acme.Press.Offset", Sample.good(-12, now));
            server.publish("Acme.Press.Tonnage", Sample.good(812.5f, now));
            server.publish("Acme.Press.Batch", Sample.good(120.0, now)); // an integer signal scaled by 10
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                List<NodeId> ids = new java.util.ArrayList<>();
                for (String name : List.of("Strokes", "Die", "Offset", "Tonnage", "Batch")) {
                    ids.add(TestClient.nodeId(server, "Acme.Press." + name));
                }
                List<ReadValueId> reads = ids.stream().map(id -> new ReadValueId(id, AttributeId.DataType.uid(), null,
                        null)).toList();
                List<DataValue> types = Arrays.asList(client.readAsync(0.0, TimestampsToReturn.Neither, reads)
                        .get(10, SECONDS).getResults());
                assertEquals(List.of(NodeIds.UInt32, NodeIds.UInt16, NodeIds.Int16, NodeIds.Float, NodeIds.Int64),
                        types.stream().map(v -> v.getValue().getValue()).toList());
                List<DataValue> values = client.readValuesAsync(0.0, TimestampsToReturn.Both, ids).get(10, SECONDS);
                assertEquals(org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger.valueOf(4_000_000_000L),
                        values.get(0).getValue().getValue());
                assertEquals(Quality.BAD_TYPE_MISMATCH.unsignedCode(), values.get(1).getStatusCode().getValue());
                assertEquals((short) -12, values.get(2).getValue().getValue());
                assertEquals(812.5f, values.get(3).getValue().getValue());
                assertEquals(120L, values.get(4).getValue().getValue());
                assertEquals(NodeIds.DataItemType, typeDefinition(client, ids.get(0)));
                assertEquals(NodeIds.AnalogUnitType, typeDefinition(client, ids.get(3)));
                assertEquals(List.of("EngineeringUnits"), propertyNames(client, ids.get(3)).stream()
                        .filter(n -> n.startsWith("E")).toList(), "a unit, and no EURange without a range");
                for (NodeId id : ids) {
                    assertFalse(propertyNames(client, id).contains("EURange"), id + " has no empty EURange");
                }
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    private static NodeId typeDefinition(OpcUaClient client, NodeId node) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(node, BrowseDirection.Forward,
                NodeIds.HasTypeDefinition, false, uint(0), uint(BrowseResultMask.All.getValue())));
        return result.getReferences()[0].getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
    }

    private static List<String> propertyNames(OpcUaClient client, NodeId node) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(node, BrowseDirection.Forward,
                NodeIds.HasProperty, true, uint(0), uint(BrowseResultMask.All.getValue())));
        ReferenceDescription[] refs = result.getReferences();
        return refs == null ? List.of() : Arrays.stream(refs).map(r -> r.getBrowseName().getName()).toList();
    }
}
