/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
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
 * published while the host is away, also across a broker restart when the broker is persistent. It connects
 * again by itself (within a quarter of a second of the broker being back), so it sees a broker outage as a real
 * host does.
 */
final class DurableHost implements AutoCloseable {

    /** A message received, decoded with Tahu. */
    record Message(String topic, SparkplugBPayload payload) {
        /** @return the first metric of a DDATA */
        Metric metric() {
            return payload.getMetrics().get(0);
        }
    }

    private final String url;
    private final String clientId;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final MqttCallback callback = new MqttCallback() {
        @Override
        public void connectionLost(Throwable cause) {
            // the keeper connects again
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
    };
    private final ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "durable host");
        t.setDaemon(true);
        return t;
    });
    private volatile MqttClient client;

    DurableHost(String url, String clientId) throws MqttException {
        this.url = url;
        this.clientId = clientId;
        client = connect();
        client.subscribe("spBv1.0/#", 1);
        keeper.scheduleWithFixedDelay(this::connectAgainWhenLost, 250, 250, TimeUnit.MILLISECONDS);
    }

    /**
     * A new client for each connection instead of Paho's automatic reconnection: Paho 1.2.5's reconnection can stop
     * for good in its own start-up (eclipse-paho/paho.mqtt.java#1035; seen twice in StoreAndForwardTest, the host
     * "connecting" for the rest of the test). An attempt that has not finished in 5 s is given up. The session
     * (clean session false) is the broker's, so what was published meanwhile still comes.
     */
    private MqttClient connect() throws MqttException {
        MqttClient next = new MqttClient(url, clientId, new MemoryPersistence());
        next.setTimeToWait(5000);
        next.setCallback(callback);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setMaxInflight(10_000);
        try {
            next.connect(options);
        } catch (MqttException e) {
            closeForcibly(next);
            throw e;
        }
        return next;
    }

    private void connectAgainWhenLost() {
        MqttClient current = client;
        if (current.isConnected()) {
            return;
        }
        closeForcibly(current);
        try {
            client = connect();
        } catch (MqttException | RuntimeException e) {
            // the broker is away (a task that throws would not run again): the next round tries again
        }
    }

    /** Paho 1.2.5 throws a NullPointerException for a client that was closed already (a connection that failed). */
    private static void closeForcibly(MqttClient c) {
        try {
            c.disconnectForcibly(0, 0, false);
        } catch (MqttException | RuntimeException e) {
            // not connected, or closed
        }
        try {
            c.close(true);
        } catch (MqttException | RuntimeException e) {
            // closed already
        }
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
        keeper.shutdownNow();
        MqttClient current = client;
        if (current.isConnected()) {
            current.disconnect();
        }
        closeForcibly(current);
    }
}
