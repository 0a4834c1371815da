/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.fieldbridge.tests.support.Waiting.waitingFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime configured as an administrator would: {@code ssl://} broker URL, the plant CA in
 * {@code <pki>/broker}, a client certificate in {@code sparkplug.keyStore} with its password as a secret
 * reference; Mosquitto demands client certificates; certificates made by openssl in the test.
 */
@Timeout(120)
class SparkplugTlsPublishingTest {

    @TempDir
    Path dir;
    private RuntimeFixture fixture;
    private TwinRuntime runtime;
    private MosquittoBroker broker;
    private MqttClient host;
    private final List<String> topics = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        if (host != null) {
            host.disconnect();
            host.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theRuntimeReachesAnSslBrokerTrustedThroughItsPkiFolderWithItsClientCertificate() throws Exception {
        fixture = RuntimeFixture.withoutControllers(dir);
        TestPki plantCa = TestPki.ca(dir.resolve("plant-ca"), "Riverside plant");
        broker = MosquittoBroker.startTls(Files.createDirectories(dir.resolve("broker")),
                plantCa.sign("broker", "IP:127.0.0.1", false), plantCa.key("broker"), plantCa.caCertificate());
        Files.copy(plantCa.caCertificate(), Files.createDirectories(dir.resolve("pki/broker")).resolve("plant-ca.pem"));
        // the key store's password is a secret reference like every other (any variable of the fixture will do)
        char[] storePassword = fixture.oven2Password.toCharArray();
        Path store = plantCa.clientKeyStoreFile("riverside-edge", storePassword);

        char[] hostPassword = "host-store".toCharArray();
        KeyStore hostKeys = plantCa.clientKeyStore("historian", hostPassword);
        host = new MqttClient(broker.url(), "historian", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setSocketFactory(plantCa.socketFactory(hostKeys, hostPassword));
        host.connect(options);
        host.subscribe("spBv1.0/#", 1, (topic, message) -> topics.add(topic));

        fixture.writeConfiguration("sparkplug.brokerUrl=" + broker.url() + "\nsparkplug.keyStore=" + store
                + "\nsparkplug.keyStorePassword=env:FB_OVEN2_PASSWORD\nsparkplug.keepAlive=5000\n");
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));

        waitingFor("the runtime's NBIRTH over TLS").atMost(Duration.ofSeconds(40))
                .until(() -> topics.contains("spBv1.0/Acme.Riverside/NBIRTH/" + RiversideSlice.NAME));
        waitingFor("Tank3's DBIRTH over TLS").atMost(Duration.ofSeconds(10)).until(() -> topics
                .contains("spBv1.0/Acme.Riverside/DBIRTH/" + RiversideSlice.NAME + "/Finishing.AnodizingLine.Tank3"));
    }
}
