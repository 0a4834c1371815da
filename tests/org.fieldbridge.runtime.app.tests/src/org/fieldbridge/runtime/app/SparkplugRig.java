/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

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
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.TestPki;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The runtime under test and, where a test wants one, a real Mosquitto with a Sparkplug host application on it that
 * records every {@code spBv1.0/#} message it receives. Registered as an extension
 * ({@code @RegisterExtension final SparkplugRig rig = new SparkplugRig();}) it stops all of it after each test.
 */
final class SparkplugRig implements AutoCloseable, AfterEachCallback {

    /** A message the host application received, its payload decoded. */
    record Message(String topic, SparkplugBPayload payload) {
    }

    private final List<Message> received = new CopyOnWriteArrayList<>();
    private MosquittoBroker broker;
    private MqttClient host;
    private RuntimeFixture fixture;
    private TwinRuntime runtime;

    /** Starts Mosquitto on a free loopback port (folder {@code dir/broker}) and the host application on it. */
    void startBroker(Path dir) throws Exception {
        broker = MosquittoBroker.start(Files.createDirectories(dir.resolve("broker")));
        connectHost("host", new MqttConnectOptions());
    }

    /**
     * Starts Mosquitto with TLS, its certificate (for 127.0.0.1) signed by {@code plantCa}, demanding client
     * certificates of that CA; the host application connects with one of its own ("historian").
     */
    void startTlsBroker(Path dir, TestPki plantCa) throws Exception {
        broker = MosquittoBroker.startTls(Files.createDirectories(dir.resolve("broker")),
                plantCa.sign("broker", "IP:127.0.0.1", false), plantCa.key("broker"), plantCa.caCertificate());
        char[] hostPassword = "host-store".toCharArray();
        KeyStore hostKeys = plantCa.clientKeyStore("historian", hostPassword);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setSocketFactory(plantCa.socketFactory(hostKeys, hostPassword));
        connectHost("historian", options);
    }

    private void connectHost(String clientId, MqttConnectOptions options) throws Exception {
        host = new MqttClient(broker.url(), clientId, new MemoryPersistence());
        host.connect(options);
        host.subscribe("spBv1.0/#", 1, (topic, message) -> received
                .add(new Message(topic, new SparkplugBPayloadDecoder().buildFromByteArray(message.getPayload(), null))));
    }

    /**
     * Writes the fixture's configuration, with the broker's URL and a 5 s keep-alive when a broker runs, plus
     * {@code extra}, and starts the Riverside slice on it (calibration due in a year, alarm dwell 5 s).
     *
     * @return the running runtime, closed after the test with the fixture
     */
    TwinRuntime start(RuntimeFixture runtimeFixture, String extra) throws Exception {
        fixture = runtimeFixture;
        String sparkplug = broker == null ? ""
                : "sparkplug.brokerUrl=" + broker.url() + "\nsparkplug.keepAlive=5000\n";
        fixture.writeConfiguration(sparkplug + extra);
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
        return runtime;
    }

    /** @return what the host application received so far, in order */
    List<Message> received() {
        return received;
    }

    /** @return the first message on {@code topic}, or null */
    Message first(String topic) {
        return received.stream().filter(m -> m.topic().equals(topic)).findFirst().orElse(null);
    }

    /** @return whether a message on {@code topic} arrived */
    boolean arrived(String topic) {
        return first(topic) != null;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void close() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        if (fixture != null) {
            fixture.close();
        }
        if (host != null) {
            host.disconnect();
            host.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
