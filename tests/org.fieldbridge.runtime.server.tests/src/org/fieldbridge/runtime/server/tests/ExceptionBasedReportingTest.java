/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitored items of signal values are exception-based (issue 15 item 4): the runtime pushes each published
 * value instead of the server sampling the node at the client's interval; the revised sampling interval is 0,
 * and the item's deadband and queue still apply.
 */
@Timeout(60)
class ExceptionBasedReportingTest {

    @TempDir
    static Path pki;

    private static TwinOpcUaServer server;
    private static OpcUaClient client;

    @BeforeAll
    static void startServerAndConnect() throws Exception {
        TestSecrets secrets = new TestSecrets();
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
    void aValueIsReportedAsItArrivesAlthoughTheClientAskedForSamplingEveryTenSeconds() throws Exception {
        BlockingQueue<DataValue> received = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        try {
            OpcUaMonitoredItem item = item(AcmePlant.BATH_TEMP, 10_000.0, received);
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();
            assertEquals(0.0, item.getRevisedSamplingInterval().orElseThrow(),
                    "revised sampling interval 0: exception-based (OPC 10000-4 §5.12.1.2)");
            assertNotNull(received.poll(10, SECONDS), "no initial value");

            server.publish(AcmePlant.BATH_TEMP, Sample.good(41.25, Instant.now()));
            DataValue value = received.poll(2, SECONDS);
            assertNotNull(value, "a published value waited for the next 10 s sample instead of being reported");
            assertEquals(41.25, value.getValue().getValue());
        } finally {
            subscription.delete();
        }
    }

    @Test
    void aVariableWithoutSampleIsStampedWhenItsServerStartedNotWhenAnEarlierOneDid(@TempDir Path otherPki)
            throws Exception {
        Instant beforeStart = Instant.now().minusMillis(1); // the class-level server started before this
        TestSecrets secrets = new TestSecrets();
        TwinOpcUaServer later = TestServer.start(otherPki, secrets);
        try {
            OpcUaClient reader = TestClient.connect(later, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                DataValue value = reader.readValue(0.0, TimestampsToReturn.Both,
                        TestClient.nodeId(later, AcmePlant.LOAD_COUNT));
                assertEquals(StatusCodes.Bad_WaitingForInitialData, value.getStatusCode().getValue());
                Instant stamped = value.getServerTime().getJavaInstant();
                assertTrue(!stamped.isBefore(beforeStart), "a never-published variable's ServerTimestamp "
                        + stamped + " is older than its server (started after " + beforeStart + ")");
            } finally {
                TestClient.disconnect(reader);
            }
        } finally {
            later.close();
        }
    }

    @Test
    void anAbsoluteDeadbandStillDropsSmallChanges() throws Exception {
        BlockingQueue<DataValue> received = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        try {
            server.publish(AcmePlant.RECTIFIER_CURRENT, Sample.good(100, Instant.now()));
            OpcUaMonitoredItem item = item(AcmePlant.RECTIFIER_CURRENT, 10.0, received);
            item.setFilter(new DataChangeFilter(DataChangeTrigger.StatusValue, uint(DeadbandType.Absolute.getValue()), 5.0));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();
            assertEquals(100, received.poll(10, SECONDS).getValue().getValue(), "initial value");

            server.publish(AcmePlant.RECTIFIER_CURRENT, Sample.good(103, Instant.now()));
            assertNull(received.poll(300, MILLISECONDS), "a change within the deadband of 5 was reported");
            server.publish(AcmePlant.RECTIFIER_CURRENT, Sample.good(110, Instant.now()));
            assertEquals(110, received.poll(5, SECONDS).getValue().getValue());
        } finally {
            subscription.delete();
        }
    }

    @Test
    void everyValueOfABurstReachesTheItemsQueue() throws Exception {
        BlockingQueue<DataValue> received = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 1_000.0);
        subscription.create();
        try {
            OpcUaMonitoredItem item = item(AcmePlant.BATH_TEMP, 100.0, received);
            item.setQueueSize(uint(10));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();
            assertNotNull(received.poll(10, SECONDS), "no initial value");

            for (int i = 1; i <= 5; i++) {
                server.publish(AcmePlant.BATH_TEMP, Sample.good(50.0 + i, Instant.now()));
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                DataValue value = received.poll(5, SECONDS);
                assertNotNull(value, "only " + values + " of five values arrived");
                values.add(value.getValue().getValue());
            }
            assertEquals(List.of(51.0, 52.0, 53.0, 54.0, 55.0), values,
                    "values published within one sampling interval are all queued, none lost to sampling");
        } finally {
            subscription.delete();
        }
    }

    private static OpcUaMonitoredItem item(String id, double samplingInterval, BlockingQueue<DataValue> received) {
        var item = OpcUaMonitoredItem.newDataItem(TestClient.nodeId(server, id));
        item.setSamplingInterval(samplingInterval);
        item.setDataValueListener((monitoredItem, value) -> received.add(value));
        return item;
    }
}
