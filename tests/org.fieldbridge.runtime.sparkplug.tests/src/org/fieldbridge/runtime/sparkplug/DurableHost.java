/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.tests.support.Waiting;

/**
 * A host application with a persistent MQTT session (clean session false, QoS 1): the broker keeps what is
 * published while the host is away, also across a broker restart when the broker is persistent. It reconnects
 * by itself, so it sees a broker outage as a real host does.
 */
final class DurableHost implements AutoCloseable {

    /** A message received, decoded with Tahu. */
    record Message(String topic, SparkplugBPayload payload) {
        /** @return the first metric of a DDATA */
        Metric metric() {
            return payload.getMetrics().get(0);
        }
    }

    private final MqttClient client;
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    DurableHost(String url, String clientId) throws MqttException {
        client = new MqttClient(url, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(500);
        options.setMaxInflight(10_000);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                // the session keeps the subscription; subscribing again is harmless
            }

            @Override
            public void connectionLost(Throwable cause) {
                // Paho reconnects
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                if (!topic.startsWith("spBv1.0/STATE/")) {
                    messages.add(new Message(topic, new SparkplugBPayloadDecoder().buildFromByteArray(
                            message.getPayload(), null)));
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // the host publishes STATE only
            }
        });
        client.connect(options);
        client.subscribe("spBv1.0/#", 1);
    }

    /** Waits up to {@code within} for a message that matches; @return it */
    Message await(String what, Predicate<Message> match, Duration within) {
        Waiting.waitingFor(what).atMost(within).until(() -> messages.stream().anyMatch(match));
        return messages.stream().filter(match).findFirst().orElseThrow();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Publishes the host's STATE (Sparkplug B 3.0: retained, QoS 1, JSON). */
    void publishState(String hostId, boolean online, long timestamp) throws MqttException {
        byte[] json = ("{\"online\" : " + online + ", \"timestamp\" : " + timestamp + "}").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        client.publish("spBv1.0/STATE/" + hostId, json, 1, true);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
