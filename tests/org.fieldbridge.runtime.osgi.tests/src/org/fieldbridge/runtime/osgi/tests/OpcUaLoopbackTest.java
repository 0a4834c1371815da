/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A Milo client and a Milo server talk over 127.0.0.1 inside Equinox. */
@Timeout(60)
class OpcUaLoopbackTest {

    private static final double INITIAL_TEMPERATURE = 21.5;
    private static final String CLIENT_URI = "urn:fieldbridge:tests:client";

    private static LoopbackOpcUaServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = LoopbackOpcUaServer.start(INITIAL_TEMPERATURE);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("a client reads the server's Double variable over SecurityPolicy None")
    void aClientReadsTheDoubleVariableWithoutSecurity() throws Exception {
        OpcUaClient client = connect(SecurityPolicy.None, MessageSecurityMode.None, config -> {
        });
        try {
            DataValue value = readTemperature(client);
            assertTrue(value.getStatusCode().isGood(), value::toString);
            assertEquals(INITIAL_TEMPERATURE, value.getValue().getValue());
        } finally {
            client.disconnectAsync().get(10, SECONDS);
        }
    }

    @Test
    @DisplayName("a subscription delivers a data change after the server updates the value (OPC 10000-4 §5.12)")
    void aSubscriptionDeliversTheServersUpdate() throws Exception {
        OpcUaClient client = connect(SecurityPolicy.None, MessageSecurityMode.None, config -> {
        });
        try {
            BlockingQueue<Object> received = new LinkedBlockingQueue<>();
            var subscription = new OpcUaSubscription(client, 50.0);
            subscription.create();
            var item = OpcUaMonitoredItem.newDataItem(server.namespace().temperatureId());
            item.setSamplingInterval(20.0);
            item.setDataValueListener((monitoredItem, value) -> received.add(value.getValue().getValue()));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();

            // A new data MonitoredItem first reports the value sampled when it was created (OPC 10000-4 §5.12,
            // MonitoredItem Service Set); only then comes the change.
            assertEquals(INITIAL_TEMPERATURE, received.poll(10, SECONDS));

            server.namespace().setTemperature(42.25);
            assertEquals(42.25, received.poll(10, SECONDS));

            subscription.delete();
            server.namespace().setTemperature(INITIAL_TEMPERATURE);
        } finally {
            client.disconnectAsync().get(10, SECONDS);
        }
    }

    @Test
    @DisplayName("a client with a trusted self-signed certificate reads over Basic256Sha256 SignAndEncrypt")
    void aTrustedClientReadsOverBasic256Sha256SignAndEncrypt() throws Exception {
        ApplicationCertificate clientCertificate = ApplicationCertificate.create("Fieldbridge test client",
                CLIENT_URI);
        server.trust(clientCertificate.certificate());
        var clientTrustList = new MemoryTrustListManager();
        clientTrustList.addTrustedCertificate(server.certificate());

        OpcUaClient client = connect(SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt,
                config -> config.setKeyPair(clientCertificate.keyPair())
                        .setCertificate(clientCertificate.certificate())
                        .setCertificateChain(clientCertificate.chain())
                        .setCertificateValidator(new DefaultClientCertificateValidator(clientTrustList,
                                new MemoryCertificateQuarantine())));
        try {
            EndpointDescription endpoint = client.getConfig().getEndpoint();
            assertEquals(SecurityPolicy.Basic256Sha256.getUri(), endpoint.getSecurityPolicyUri());
            assertEquals(MessageSecurityMode.SignAndEncrypt, endpoint.getSecurityMode());
            assertEquals(INITIAL_TEMPERATURE, readTemperature(client).getValue().getValue());
        } finally {
            client.disconnectAsync().get(10, SECONDS);
        }
    }

    private static OpcUaClient connect(SecurityPolicy policy, MessageSecurityMode mode,
            Consumer<OpcUaClientConfigBuilder> security) throws Exception {
        OpcUaClient client = OpcUaClient.create(server.endpointUrl(),
                endpoints -> endpoints.stream()
                        .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                        .findFirst(),
                transport -> {
                },
                config -> {
                    config.setApplicationUri(CLIENT_URI)
                            .setApplicationName(LocalizedText.english("Fieldbridge test client"))
                            .setRequestTimeout(uint(5_000));
                    security.accept(config);
                });
        assertNotNull(client.connectAsync().get(10, SECONDS));
        return client;
    }

    private static DataValue readTemperature(OpcUaClient client) throws Exception {
        List<DataValue> values = client
                .readValuesAsync(0.0, TimestampsToReturn.Both, List.of(server.namespace().temperatureId()))
                .get(10, SECONDS);
        return values.get(0);
    }
}
