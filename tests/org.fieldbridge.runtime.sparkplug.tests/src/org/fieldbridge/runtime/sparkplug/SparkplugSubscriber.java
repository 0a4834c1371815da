/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.tests.support.Waiting;

/** A host application's view: subscribes to every Sparkplug topic and decodes the payloads with Tahu. */
final class SparkplugSubscriber implements AutoCloseable {

    /** A message as received: its topic, its payload decoded by Tahu and the payload's bytes. */
    record Message(String topic, SparkplugBPayload payload, byte[] raw) {
    }

    private final MqttClient client;
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    SparkplugSubscriber(String url) throws MqttException {
        this(url, null);
    }

    /** A host application reaching the broker with the given TLS settings (null: plain MQTT). */
    SparkplugSubscriber(String url, BrokerTls tls) throws MqttException {
        client = new MqttClient(url, "host-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        if (tls != null) {
            try {
                options.setSocketFactory(tls.socketFactory());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        client.connect(options);
        client.subscribe("spBv1.0/#", 1, (topic, message) -> messages
                .add(new Message(topic, new SparkplugBPayloadDecoder().buildFromByteArray(message.getPayload(), null),
                        message.getPayload())));
    }

    /** @return the first message on the topic that arrives at or after index {@code from} */
    Message await(String topic, int from) {
        Waiting.waitingFor("a message on " + topic).atMost(Duration.ofSeconds(10))
                .until(() -> find(topic, from) != null);
        return find(topic, from);
    }

    Message await(String topic) {
        return await(topic, 0);
    }

    private Message find(String topic, int from) {
        for (int i = from; i < messages.size(); i++) {
            if (messages.get(i).topic().equals(topic)) {
                return messages.get(i);
            }
        }
        return null;
    }

    int count() {
        return messages.size();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    void publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false);
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
