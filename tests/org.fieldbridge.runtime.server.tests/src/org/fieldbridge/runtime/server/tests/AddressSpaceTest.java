/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Milo client, connected over Basic256Sha256 SignAndEncrypt as a user with a password, browses and
 * reads the twin's address space and subscribes to it.
 */
@Timeout(60)
class AddressSpaceTest {

    @TempDir
    static Path pki;

    private static TestSecrets secrets;
    private static TwinOpcUaServer server;
    private static OpcUaClient client;

    @BeforeAll
    static void startServerAndConnect() throws Exception {
        secrets = new TestSecrets();
        server = TestServer.start(pki, secrets);
        client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER, secrets.password());
    }

    @AfterAll
    static void disconnectAndStop() throws Exception {
        if (client != null) {
            TestClient.disconnect(client);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("the plant hierarchy is browsable from Objects/Plant down to the equipment's signals")
    void thePlantHierarchyIsBrowsable() throws Exception {
        NodeId plant = child(NodeIds.ObjectsFolder, "Plant");
        NodeId acme = child(plant, "Acme");
        NodeId tank = child(child(child(child(acme, "Riverside"), "Finishing"), "AnodizingLine"), "Tank3");
        assertEquals(TestClient.nodeId(server, AcmePlant.TANK), tank);
        assertEquals("ns=" + server.namespaceIndex() + ";s=" + AcmePlant.TANK, server.nodeId(AcmePlant.TANK));

        ReferenceDescription bathTemp = reference(tank, "BathTemp");
        assertEquals(NodeClass.Variable, bathTemp.getNodeClass());
        assertEquals(NodeIds.AnalogItemType.expanded(), bathTemp.getTypeDefinition(),
                "a signal is an AnalogItemType variable (OPC 10000-8 §5.3.2.4)");
        NodeId alarm = child(tank, "BathTempHigh");
        assertEquals(NodeClass.Variable, reference(alarm, "Active").getNodeClass());
        assertEquals(NodeClass.Object, reference(acme, "Riverside").getNodeClass());
    }

    @Test
    @DisplayName("a signal is read-only and has the declared data type")
    void aSignalIsReadOnlyWithItsDataType() throws Exception {
        NodeId bathTemp = TestClient.nodeId(server, AcmePlant.BATH_TEMP);
        List<ReadValueId> reads = List.of(new ReadValueId(bathTemp, AttributeId.DataType.uid(), null, null),
                new ReadValueId(bathTemp, AttributeId.AccessLevel.uid(), null, null),
                new ReadValueId(TestClient.nodeId(server, AcmePlant.RECTIFIER_CURRENT), AttributeId.DataType.uid(),
                        null, null));
        List<DataValue> values = Arrays.asList(
                client.readAsync(0.0, TimestampsToReturn.Neither, reads).get(10, SECONDS).getResults());
        assertEquals(NodeIds.Double, values.get(0).getValue().getValue());
        assertEquals(1, ((Number) values.get(1).getValue().getValue()).intValue(), "CurrentRead only");
        assertEquals(NodeIds.Int32, values.get(2).getValue().getValue());
    }

    @Test
    @DisplayName("after publish() a client reads the value, Good status and both timestamps")
    void aPublishedSampleIsReadWithStatusAndTimestamps() throws Exception {
        Instant source = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        Instant received = source.plusMillis(120);
        server.publish(AcmePlant.BATH_TEMP, new Sample(21.75, Quality.GOOD, source, received));

        DataValue value = read(AcmePlant.BATH_TEMP);
        assertEquals(21.75, value.getValue().getValue());
        assertTrue(value.getStatusCode().isGood(), value::toString);
        assertEquals(source, value.getSourceTime().getJavaInstant());
        assertEquals(received, value.getServerTime().getJavaInstant());
    }

    @Test
    @DisplayName("an integer sample is published as Int32 and a behaviour state as Boolean")
    void integerAndBooleanSamplesKeepTheirTypes() throws Exception {
        Instant now = Instant.now();
        server.publish(AcmePlant.RECTIFIER_CURRENT, Sample.good(1_250, now));
        server.publish(AcmePlant.ALARM_ACTIVE, Sample.good(true, now));
        assertEquals(1_250, read(AcmePlant.RECTIFIER_CURRENT).getValue().getValue());
        assertEquals(Boolean.TRUE, read(AcmePlant.ALARM_ACTIVE).getValue().getValue());
    }

    @Test
    @DisplayName("a Bad quality is published as the same StatusCode (OPC 10000-4 §7.39)")
    void aBadQualityBecomesTheStatusCode() throws Exception {
        Instant now = Instant.now();
        Quality timeout = Quality.BAD_TIMEOUT.withDetail("Modbus unit 3 did not answer");
        server.publish(AcmePlant.RECTIFIER_CURRENT, new Sample(1_200, timeout, now, now));

        DataValue value = read(AcmePlant.RECTIFIER_CURRENT);
        assertEquals(timeout.unsignedCode(), value.getStatusCode().getValue());
        assertEquals(StatusCodes.Bad_Timeout, value.getStatusCode().getValue());
        assertTrue(value.getStatusCode().isBad());
    }

    @Test
    @DisplayName("a value that does not fit the data type is published as Bad_TypeMismatch, not dropped")
    void aValueOfTheWrongTypeIsBadTypeMismatch() throws Exception {
        server.publish(AcmePlant.ALARM_ACTIVE, Sample.good("yes", Instant.now()));
        DataValue value = read(AcmePlant.ALARM_ACTIVE);
        assertEquals(StatusCodes.Bad_TypeMismatch, value.getStatusCode().getValue());
        assertNull(value.getValue().getValue());
        server.publish(AcmePlant.ALARM_ACTIVE, Sample.good(false, Instant.now()));
    }

    @Test
    @DisplayName("publishing to an id that is not in the description fails")
    void publishingToAnUnknownIdFails() {
        assertThrows(IllegalArgumentException.class,
                () -> server.publish(AcmePlant.TANK + ".NoSuchSignal", Sample.good(1.0, Instant.now())));
    }

    @Test
    @DisplayName("EngineeringUnits holds the UNECE unit: CEL has unitId 4408652 (OPC 10000-8 §5.6.3)")
    void engineeringUnitsCarryTheUneceUnitId() throws Exception {
        NodeId bathTemp = TestClient.nodeId(server, AcmePlant.BATH_TEMP);
        Object decoded = decode(readProperty(bathTemp, "EngineeringUnits"));
        EUInformation units = (EUInformation) decoded;
        assertEquals("http://www.opcfoundation.org/UA/units/un/cefact", units.getNamespaceUri());
        assertEquals(4408652, units.getUnitId());
        assertEquals("°C", units.getDisplayName().getText());
        assertEquals("degree Celsius", units.getDescription().getText());
    }

    @Test
    @DisplayName("EURange holds the signal's low and high limits (OPC 10000-8 §5.3.2.4)")
    void euRangeHoldsTheLimits() throws Exception {
        Range range = (Range) decode(readProperty(TestClient.nodeId(server, AcmePlant.BATH_TEMP), "EURange"));
        assertEquals(0.0, range.getLow());
        assertEquals(40.0, range.getHigh());
    }

    @Test
    @DisplayName("a signal's references, both directions, are those of the OPC UA model, each listed once per side")
    void aSignalsReferencesAreThoseOfTheModel() throws Exception {
        // the namespace keeps its references in its own compact store (issue 15 item 4): browsing must not change
        NodeId bathTemp = TestClient.nodeId(server, AcmePlant.BATH_TEMP);
        NodeId tank = TestClient.nodeId(server, AcmePlant.TANK);
        List<String> forward = browse(bathTemp, BrowseDirection.Forward);
        assertTrue(forward.contains("HasTypeDefinition -> AnalogItemType"), forward::toString);
        assertTrue(forward.contains("HasProperty -> EURange"), forward::toString);
        assertTrue(forward.contains("HasProperty -> EngineeringUnits"), forward::toString);
        assertEquals(List.of("HasComponent <- Tank3"), browse(bathTemp, BrowseDirection.Inverse));
        NodeId range = child(bathTemp, "EURange");
        assertEquals(List.of("HasProperty <- BathTemp"), browse(range, BrowseDirection.Inverse));
        assertTrue(browse(tank, BrowseDirection.Forward).contains("HasComponent -> BathTemp"));
    }

    @Test
    @DisplayName("signals with other units and ranges keep their own EngineeringUnits and EURange")
    void eachSignalKeepsItsOwnProperties() throws Exception {
        NodeId current = TestClient.nodeId(server, AcmePlant.RECTIFIER_CURRENT);
        Range range = (Range) decode(readProperty(current, "EURange"));
        assertEquals(5000.0, range.getHigh());
        EUInformation units = (EUInformation) decode(readProperty(current, "EngineeringUnits"));
        assertEquals("A", units.getDisplayName().getText());
        Range bath = (Range) decode(readProperty(TestClient.nodeId(server, AcmePlant.BATH_TEMP), "EURange"));
        assertEquals(40.0, bath.getHigh());
    }

    /** @return "ReferenceType -> BrowseName" (forward) or "ReferenceType <- BrowseName" (inverse), one per reference */
    private static List<String> browse(NodeId node, BrowseDirection direction) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(node, direction, NodeIds.References, true, uint(0),
                uint(BrowseResultMask.All.getValue())));
        assertTrue(result.getStatusCode().isGood(), result::toString);
        List<String> references = new java.util.ArrayList<>();
        for (ReferenceDescription r : result.getReferences()) {
            String type = r.getReferenceTypeId().equals(NodeIds.HasTypeDefinition) ? "HasTypeDefinition"
                    : r.getReferenceTypeId().equals(NodeIds.HasProperty) ? "HasProperty"
                    : r.getReferenceTypeId().equals(NodeIds.HasComponent) ? "HasComponent"
                    : r.getReferenceTypeId().toParseableString();
            references.add(type + (r.getIsForward() ? " -> " : " <- ") + r.getBrowseName().getName());
        }
        return references;
    }

    @Test
    @DisplayName("a subscription delivers the value and status of each publish() (OPC 10000-4 §5.12)")
    void aSubscriptionDeliversPublishedChanges() throws Exception {
        BlockingQueue<DataValue> received = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        try {
            var item = OpcUaMonitoredItem.newDataItem(TestClient.nodeId(server, AcmePlant.BATH_TEMP));
            item.setSamplingInterval(10.0);
            item.setDataValueListener((monitoredItem, value) -> received.add(value));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();
            assertNotNull(received.poll(10, SECONDS), "no initial value");

            Instant now = Instant.now();
            server.publish(AcmePlant.BATH_TEMP, Sample.good(33.5, now));
            assertEquals(33.5, awaitValue(received).getValue().getValue());

            server.publish(AcmePlant.BATH_TEMP, new Sample(33.5, Quality.BAD_SENSOR_FAILURE, now, Instant.now()));
            DataValue bad = awaitValue(received);
            assertEquals(StatusCodes.Bad_SensorFailure, bad.getStatusCode().getValue(),
                    "a status change alone is a data change (DataChangeTrigger StatusValue)");
        } finally {
            subscription.delete();
        }
    }

    private static DataValue awaitValue(BlockingQueue<DataValue> received) throws InterruptedException {
        DataValue value = received.poll(10, SECONDS);
        assertNotNull(value, "no data change within 10 s");
        return value;
    }

    private static DataValue read(String id) throws Exception {
        return client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(TestClient.nodeId(server, id)))
                .get(10, SECONDS).get(0);
    }

    private static Object decode(DataValue value) {
        assertTrue(value.getStatusCode().isGood(), value::toString);
        Object raw = value.getValue().getValue();
        return raw instanceof ExtensionObject xo ? xo.decode(client.getStaticEncodingContext()) : raw;
    }

    private static DataValue readProperty(NodeId node, String name) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(node, BrowseDirection.Forward,
                NodeIds.HasProperty, true, uint(NodeClass.Variable.getValue()),
                uint(BrowseResultMask.All.getValue())));
        ReferenceDescription property = find(result, name);
        NodeId propertyId = property.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
        return client.readValuesAsync(0.0, TimestampsToReturn.Neither, List.of(propertyId)).get(10, SECONDS).get(0);
    }

    private static NodeId child(NodeId parent, String browseName) throws Exception {
        return reference(parent, browseName).getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
    }

    private static ReferenceDescription reference(NodeId parent, String browseName) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(parent, BrowseDirection.Forward,
                NodeIds.HierarchicalReferences, true, uint(0), uint(BrowseResultMask.All.getValue())));
        return find(result, browseName);
    }

    private static ReferenceDescription find(BrowseResult result, String browseName) {
        assertTrue(result.getStatusCode().isGood(), result::toString);
        ReferenceDescription[] references = result.getReferences();
        assertNotNull(references);
        return Arrays.stream(references)
                .filter(r -> browseName.equals(r.getBrowseName().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no child '" + browseName + "' among "
                        + Arrays.stream(references).map(r -> r.getBrowseName().getName()).toList()));
    }
}
