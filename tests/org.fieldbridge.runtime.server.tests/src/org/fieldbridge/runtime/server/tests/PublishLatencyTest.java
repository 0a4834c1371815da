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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.awaitility.Awaitility;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.PublishLatency;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnostics switch {@code measurePublishLatency}: the server's own added latency (a value's ServerTimestamp
 * to its PublishResponse written to the client's connection), through a real Milo client over Basic256Sha256.
 */
@Timeout(60)
class PublishLatencyTest {

    @TempDir
    Path pki;

    @Test
    void aPublishedValueGivesAServerSideLatencyFromItsServerTimestamp() throws Exception {
        TestSecrets secrets = new TestSecrets();
        try (TwinOpcUaServer server = TestServer.start(pki, secrets, b -> b.measurePublishLatency(true))) {
            assertEquals(0, server.publishLatency().orElseThrow().notifications(), "nothing sent yet");
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                BlockingQueue<DataValue> received = subscribeAndPublish(server, client, Duration.ofMillis(400));
                assertNotNull(received.poll(10, SECONDS), "the published value did not arrive");
                Awaitility.await().atMost(Duration.ofSeconds(5))
                        .until(() -> server.publishLatency().orElseThrow().notifications() >= 1);
            } finally {
                TestClient.disconnect(client);
            }
            PublishLatency latency = server.publishLatency().orElseThrow();
            // the value was stamped 400 ms before it was published: the server counts from the stamp
            assertTrue(latency.max().compareTo(Duration.ofMillis(400)) >= 0, "max " + latency.max());
            assertTrue(latency.max().compareTo(Duration.ofSeconds(5)) < 0, "max " + latency.max());
            assertTrue(latency.p50().compareTo(latency.max()) <= 0 && latency.p99().compareTo(latency.max()) <= 0,
                    latency.toString());
            // the wait was before the value reached the server: it is all in collecting, sending is short
            assertTrue(latency.collectP99().compareTo(Duration.ofMillis(400)) >= 0, latency.toString());
            assertTrue(latency.responses() >= 1 && latency.sendP99().compareTo(Duration.ofMillis(400)) < 0,
                    latency.toString());
            server.resetPublishLatency();
            PublishLatency reset = server.publishLatency().orElseThrow();
            assertEquals(0, reset.notifications(), "reset");
            assertEquals(Duration.ZERO, reset.max(), "reset");
        }
    }

    @Test
    void withTheSwitchOffNothingIsMeasured() throws Exception {
        TestSecrets secrets = new TestSecrets();
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, TestSecrets.USER,
                    secrets.password());
            try {
                BlockingQueue<DataValue> received = subscribeAndPublish(server, client, Duration.ZERO);
                assertNotNull(received.poll(10, SECONDS), "the published value did not arrive");
            } finally {
                TestClient.disconnect(client);
            }
            assertEquals(Optional.empty(), server.publishLatency(), "no observer is installed when the switch is off");
        }
    }

    /** Subscribes to the bath temperature, waits for its initial value, then publishes 42.5 stamped {@code age} ago. */
    private static BlockingQueue<DataValue> subscribeAndPublish(TwinOpcUaServer server, OpcUaClient client,
            Duration age) throws Exception {
        BlockingQueue<DataValue> received = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 20.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newDataItem(TestClient.nodeId(server, AcmePlant.BATH_TEMP));
        item.setSamplingInterval(0.0);
        item.setDataValueListener((monitored, value) -> received.add(value));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        assertNotNull(received.poll(10, SECONDS), "no initial value");
        if (server.publishLatency().isPresent()) {
            // the server counts a response once its write completed, which the client may see first: wait for it,
            // then forget it (the initial value's timestamp is when it was last published, long ago)
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> server.publishLatency().orElseThrow().notifications() >= 1);
        }
        server.resetPublishLatency();
        Instant stamped = Instant.now().minus(age);
        server.publish(AcmePlant.BATH_TEMP, new Sample(42.5, Quality.GOOD, stamped, stamped));
        return received;
    }
}
