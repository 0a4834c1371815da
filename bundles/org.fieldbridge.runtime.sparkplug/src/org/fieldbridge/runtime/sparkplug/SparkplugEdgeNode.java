/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
import org.fieldbridge.runtime.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Sparkplug B edge node: publishes the twin's signals to an MQTT broker beside the OPC UA server.
 *
 * <ul>
 * <li>On every connection: subscribes to its NCMD topic, then NBIRTH (bdSeq, model version, the
 * {@code Node Control/Rebirth} metric) and one DBIRTH per device with every metric's name, alias, type,
 * unit and range and its latest value. The NDEATH with the same bdSeq is the connection's MQTT will, so the
 * broker publishes it when the runtime vanishes; bdSeq grows by one per connection.</li>
 * <li>{@link #publish} sends a DDATA per sample (alias, source timestamp, value, quality); the runtime hands
 * over samples on change, after the signal's deadband; behaviour states are sent when their value or quality
 * changed ({@link MetricKind}). When every signal of a device is Bad (its controller is gone) a DDEATH
 * replaces the DDATA; the next non-Bad sample brings a new DBIRTH.</li>
 * <li>An NCMD with {@code Node Control/Rebirth} true repeats NBIRTH and every DBIRTH.</li>
 * <li>seq runs 0..255 over NBIRTH, DBIRTH, DDATA and DDEATH and starts at 0 with each NBIRTH.</li>
 * </ul>
 *
 * Everything is sent from one thread, in the order the samples came; the callers (acquisition threads)
 * never wait for the broker. While the broker is unreachable samples are not sent (store-and-forward is
 * the next step, docs/sparkplug.md); Paho reconnects and a new birth sequence starts.
 */
public final class SparkplugEdgeNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparkplugEdgeNode.class);
    private static final int QOS_AT_MOST_ONCE = 0;
    private static final int QOS_AT_LEAST_ONCE = 1;
    private static final int RETRY_SECONDS = 5;

    private final SparkplugConfig config;
    private final EdgeNodeModel model;
    private final SparkplugTopics topics;
    private final Map<String, EdgeNodeModel.Binding> bindings;
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();
    private final Set<String> deadDevices = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor sender;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final MqttClient client;
    // touched by the sender thread only
    private long nextBdSeq;
    private long currentBdSeq = -1;
    private long seq;
    private boolean refusedBefore;
    private volatile boolean born;

    private SparkplugEdgeNode(SparkplugConfig config, EdgeNodeModel model) throws MqttException {
        this.config = config;
        this.model = model;
        this.topics = new SparkplugTopics(model.groupId(), model.edgeNodeId());
        this.bindings = model.bindings();
        this.sender = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sparkplug " + model.edgeNodeId());
            t.setDaemon(true);
            return t;
        });
        sender.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.client = new MqttClient(config.brokerUrl(), config.clientId(), new MemoryPersistence());
    }

    /**
     * Starts the edge node: connects in the background and publishes the birth certificates. A broker that
     * cannot be reached is tried again every {@value #RETRY_SECONDS} s until the first connection, then Paho
     * reconnects by itself; the runtime (and its OPC UA server) runs on meanwhile.
     *
     * @throws IllegalArgumentException when the broker URL or client id cannot be used at all
     */
    public static SparkplugEdgeNode start(SparkplugConfig config, EdgeNodeModel model) {
        SparkplugEdgeNode node;
        try {
            node = new SparkplugEdgeNode(config, model);
        } catch (MqttException e) {
            throw new IllegalArgumentException("MQTT broker " + config.brokerUrl() + " cannot be used: "
                    + e.getMessage(), e);
        }
        node.configure();
        node.submit(node::tryConnect);
        return node;
    }

    /** On the sender thread: the first connection, retried until it succeeds. */
    private void tryConnect() {
        try {
            client.connect(options);
        } catch (MqttException e) {
            if (!refusedBefore) {
                LOG.warn("Sparkplug edge node {}: {}; trying again every {} s", model.edgeNodeId(),
                        BrokerRefusal.explain(config, e), RETRY_SECONDS);
                refusedBefore = true;
            }
            if (!sender.isShutdown()) {
                sender.schedule(this::tryConnect, RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private void configure() {
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setKeepAliveInterval((int) config.keepAlive().toSeconds());
        options.setMaxInflight(1000);
        options.setConnectionTimeout(10);
        if (config.username() != null) {
            options.setUserName(config.username());
        }
        if (config.password() != null) {
            options.setPassword(config.password());
        }
        if (config.tls() != null) {
            try {
                options.setSocketFactory(config.tls().socketFactory());
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("TLS to " + config.brokerUrl() + " cannot be set up: "
                        + e.getMessage(), e);
            }
        }
        // the broker's certificate must name the host of the broker URL
        options.setHttpsHostnameVerificationEnabled(true);
        setWill(nextBdSeq);
        client.setCallback(new Callbacks());
    }

    private void setWill(long bdSeq) {
        try {
            options.setWill(topics.node("NDEATH"), SparkplugPayloads.nodeDeath(bdSeq), QOS_AT_LEAST_ONCE, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode the NDEATH", e);
        }
    }

    /** Hands over a sample of a signal; samples of signals that are no metric are ignored. */
    public void publish(String signalId, Sample sample) {
        EdgeNodeModel.Binding binding = bindings.get(signalId);
        if (binding == null || sample == null) {
            return;
        }
        Sample previous = latest.put(signalId, sample);
        if (binding.metric().kind() == MetricKind.STATE && sameReading(previous, sample)) {
            // behaviours publish their states on every evaluation; Sparkplug sends changes only
            return;
        }
        if (born) {
            submit(() -> sendData(binding, sample));
        }
    }

    /** @return the Sparkplug group id */
    public String groupId() {
        return model.groupId();
    }

    /** @return the Sparkplug edge node id */
    public String edgeNodeId() {
        return model.edgeNodeId();
    }

    /** @return true while connected to the broker */
    public boolean isConnected() {
        return client.isConnected();
    }

    private void submit(Runnable task) {
        if (!sender.isShutdown()) {
            try {
                sender.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing: the NDEATH says the data stopped
            }
        }
    }

    /** On the sender thread after each (re)connection: the bdSeq of this session is the will's. */
    private void onConnected() {
        long sessionBdSeq = nextBdSeq;
        nextBdSeq = (nextBdSeq + 1) % 256;
        setWill(nextBdSeq);
        try {
            client.subscribe(topics.node("NCMD"), QOS_AT_LEAST_ONCE);
        } catch (MqttException e) {
            LOG.warn("Sparkplug edge node {}: cannot subscribe to its commands: {}", model.edgeNodeId(), e.getMessage());
        }
        birth(sessionBdSeq);
    }

    private void birth(long bdSeq) {
        currentBdSeq = bdSeq;
        seq = 0;
        // samples handed over from now on queue up behind the births on this thread
        born = true;
        try {
            send(topics.node("NBIRTH"), SparkplugPayloads.nodeBirth(bdSeq, nextSeq(), model.modelVersion()));
            deadDevices.clear();
            for (DeviceDefinition device : model.devices()) {
                sendDeviceBirth(device);
            }
            LOG.info("Sparkplug edge node {}/{} born (bdSeq {}) at {}", model.groupId(), model.edgeNodeId(), bdSeq,
                    config.brokerUrl());
        } catch (Exception e) {
            born = false;
            LOG.warn("Sparkplug edge node {}: birth certificates not sent: {}", model.edgeNodeId(), e.getMessage());
        }
    }

    private void sendDeviceBirth(DeviceDefinition device) throws Exception {
        List<EdgeNodeModel.Binding> metrics = device.metrics().stream().map(m -> bindings.get(m.signalId())).toList();
        send(topics.device("DBIRTH", device.deviceId()), SparkplugPayloads.deviceBirth(nextSeq(), metrics, latest::get));
    }

    private void sendData(EdgeNodeModel.Binding binding, Sample sample) {
        if (!client.isConnected()) {
            return;
        }
        DeviceDefinition device = binding.device();
        try {
            if (deadDevices.contains(device.deviceId())) {
                if (!sample.quality().isBad()) {
                    deadDevices.remove(device.deviceId());
                    sendDeviceBirth(device);
                }
                return;
            }
            if (sample.quality().isBad() && allBad(device)) {
                deadDevices.add(device.deviceId());
                send(topics.device("DDEATH", device.deviceId()), SparkplugPayloads.deviceDeath(nextSeq()));
                return;
            }
            send(topics.device("DDATA", device.deviceId()), SparkplugPayloads.deviceData(nextSeq(), binding, sample));
        } catch (Exception e) {
            LOG.debug("Sparkplug DDATA of {} not sent: {}", binding.metric().signalId(), e.getMessage());
        }
    }

    /** True when the device has signals and all are Bad: behaviour states and events do not count. */
    private boolean allBad(DeviceDefinition device) {
        List<MetricDefinition> signals = device.metrics().stream().filter(m -> m.kind() == MetricKind.SIGNAL)
                .toList();
        return !signals.isEmpty() && signals.stream().map(m -> latest.get(m.signalId()))
                .allMatch(s -> s != null && s.quality().isBad());
    }

    private static boolean sameReading(Sample previous, Sample next) {
        return previous != null && Objects.equals(previous.value(), next.value())
                && previous.quality().code() == next.quality().code();
    }

    private long nextSeq() {
        long next = seq;
        seq = (seq + 1) % 256;
        return next;
    }

    private void send(String topic, byte[] payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(QOS_AT_MOST_ONCE);
        client.publish(topic, message);
    }

    private void onCommand(byte[] payload) {
        try {
            SparkplugBPayload command = new SparkplugBPayloadDecoder().buildFromByteArray(payload, null);
            for (Metric metric : command.getMetrics()) {
                if (SparkplugPayloads.REBIRTH.equals(metric.getName()) && Boolean.TRUE.equals(metric.getValue())) {
                    LOG.info("Sparkplug edge node {}: rebirth requested", model.edgeNodeId());
                    birth(currentBdSeq);
                }
            }
        } catch (Exception e) {
            LOG.warn("Sparkplug edge node {}: unreadable command ignored: {}", model.edgeNodeId(), e.getMessage());
        }
    }

    /** Drops the connection without an MQTT DISCONNECT, as a crash or a pulled cable would (tests). */
    void dropConnection() throws MqttException {
        born = false;
        options.setAutomaticReconnect(false);
        client.disconnectForcibly(0, 0, false);
    }

    /**
     * Stops: publishes the NDEATH (a clean DISCONNECT suppresses the will) and disconnects.
     */
    @Override
    public void close() {
        born = false;
        if (client.isConnected()) {
            submit(() -> {
                try {
                    send(topics.node("NDEATH"), SparkplugPayloads.nodeDeath(currentBdSeq));
                } catch (Exception e) {
                    LOG.debug("NDEATH not sent: {}", e.getMessage());
                }
            });
        }
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (client.isConnected()) {
                client.disconnect(2000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("Sparkplug edge node {} did not stop cleanly: {}", model.edgeNodeId(), e.getMessage());
        }
    }

    /** Paho's callbacks run on Paho's thread, which must not wait for the broker: work goes to the sender. */
    private final class Callbacks implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            submit(SparkplugEdgeNode.this::onConnected);
        }

        @Override
        public void connectionLost(Throwable cause) {
            born = false;
            LOG.warn("Sparkplug edge node {}: connection to {} lost ({}); reconnecting", model.edgeNodeId(),
                    config.brokerUrl(), cause == null ? "closed" : cause.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            byte[] payload = message.getPayload();
            submit(() -> onCommand(payload));
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 0 births and data: nothing to track yet (store-and-forward will use QoS 1 acknowledgements)
        }
    }
}
