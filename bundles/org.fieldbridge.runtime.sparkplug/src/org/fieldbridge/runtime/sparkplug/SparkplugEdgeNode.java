/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
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
 * <li>{@link #publish} queues every sample on disk ({@link SampleQueue}, store-and-forward); the sender sends
 * the queue in order as DDATA (alias, source timestamp, value, quality) with QoS 1 and removes a sample only
 * after its PUBACK ({@link QueueForwarder}); samples queued before the current births go out with
 * {@code is_historical}. The runtime hands over samples on change, after the signal's deadband; behaviour
 * states are queued only when their value or quality changed ({@link MetricKind}). When every signal
 * (behaviour states and events do not count) of a device is Bad (its controller is gone) a DDEATH replaces a live DDATA; the next non-Bad sample
 * brings a new DBIRTH.</li>
 * <li>With a primary host application configured, the births (and so the data) wait for its STATE to say
 * online; when it goes offline the edge node publishes its NDEATH, disconnects and connects again, queueing
 * meanwhile (Sparkplug B 3.0).</li>
 * <li>An NCMD with {@code Node Control/Rebirth} true repeats NBIRTH and every DBIRTH.</li>
 * <li>seq runs 0..255 over NBIRTH, DBIRTH, DDATA and DDEATH and starts at 0 with each NBIRTH.</li>
 * </ul>
 *
 * Everything is sent from one thread, in the order the samples came; the callers (acquisition threads)
 * never wait for the broker, only for the queue's write to the file. While the broker is unreachable samples
 * stay queued; Paho reconnects, a new birth sequence starts and the queue is flushed.
 */
public final class SparkplugEdgeNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparkplugEdgeNode.class);
    private static final int QOS_AT_MOST_ONCE = 0;
    private static final int QOS_AT_LEAST_ONCE = 1;
    private static final int RETRY_SECONDS = 5;
    /** Paho's longest wait between reconnection attempts; a power of two seconds, since Paho doubles from 1 s. */
    private static final int RECONNECT_MAX_MS = 4_000;
    private static final long WAIT_LIMIT_MS = 30_000;
    /** Not connected for this long, the edge node gives its MQTT client up and connects with a new one. */
    private static final long STUCK_LIMIT_MS = 30_000;

    private final SparkplugConfig config;
    private final EdgeNodeModel model;
    private final SparkplugTopics topics;
    private final Map<String, EdgeNodeModel.Binding> bindings;
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();
    private final Set<String> deadDevices = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor sender;
    /** The options of the current client (a new client gets new ones: Paho keeps reading them). */
    private volatile MqttConnectOptions options;
    /**
     * The asynchronous client: Paho 1.2.5's waiting {@code MqttClient.publish} (and {@code MqttTopic.publish})
     * never return when the connection drops while a message is pending (eclipse-paho/paho.mqtt.java#86, #1014),
     * which stopped the sender thread for good; every wait here has a limit.
     */
    private volatile MqttAsyncClient client;
    private final SampleQueue queue;
    private final QueueForwarder forwarder;
    private final PrimaryHostState primaryHost;
    private final AtomicBoolean pumpScheduled = new AtomicBoolean();
    private final AtomicBoolean diskFailureLogged = new AtomicBoolean();
    // touched by the sender thread only
    private long nextBdSeq;
    private long currentBdSeq = -1;
    private long seq;
    private boolean refusedBefore;
    private volatile boolean born;
    private volatile boolean closed;
    /** {@link System#nanoTime()} when the connection was lost (or the edge node started); 0 while connected. */
    private volatile long disconnectedSince = System.nanoTime();
    // touched by the sender thread only
    private boolean replacedInThisOutage;
    private boolean retryScheduled;

    private SparkplugEdgeNode(SparkplugConfig config, EdgeNodeModel model, ForwardingConfig forwarding,
            boolean temporaryQueue) throws MqttException, IOException {
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
        this.client = newClient();
        this.queue = SampleQueue.open(forwarding.queueFolder(), forwarding.maxSamples(), model.edgeNodeId(),
                Clock.systemUTC(), temporaryQueue);
        this.forwarder = new QueueForwarder(queue, this::transmit);
        this.primaryHost = forwarding.primaryHostId() == null ? null : new PrimaryHostState(forwarding.primaryHostId());
    }

    /**
     * Starts the edge node: connects in the background and publishes the birth certificates. A broker that
     * cannot be reached is tried again every {@value #RETRY_SECONDS} s until the first connection, then Paho
     * reconnects by itself; the runtime (and its OPC UA server) runs on meanwhile.
     *
     * @throws IllegalArgumentException when the broker URL or client id cannot be used at all
     */
    public static SparkplugEdgeNode start(SparkplugConfig config, EdgeNodeModel model) {
        Path folder;
        try {
            folder = Files.createTempDirectory("fieldbridge-sparkplug-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(config, model, ForwardingConfig.in(folder), true);
    }

    /**
     * Starts the edge node with its store-and-forward queue in {@code forwarding.queueFolder()} (what a previous
     * run left queued there is sent first) and, when configured, waiting for the primary host's STATE.
     *
     * @throws IllegalArgumentException when the broker URL or client id cannot be used at all
     * @throws UncheckedIOException when the queue folder cannot be written
     */
    public static SparkplugEdgeNode start(SparkplugConfig config, EdgeNodeModel model, ForwardingConfig forwarding) {
        return start(config, model, forwarding, false);
    }

    private static SparkplugEdgeNode start(SparkplugConfig config, EdgeNodeModel model, ForwardingConfig forwarding,
            boolean temporaryQueue) {
        SparkplugEdgeNode node;
        try {
            node = new SparkplugEdgeNode(config, model, forwarding, temporaryQueue);
        } catch (MqttException e) {
            throw new IllegalArgumentException("MQTT broker " + config.brokerUrl() + " cannot be used: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage();
            throw new UncheckedIOException("Sparkplug store-and-forward queue " + forwarding.queueFolder()
                    + " cannot be written (" + reason + "); the runtime's user needs write access to it", e);
        }
        node.configure();
        node.submit(node::tryConnect);
        // about once a second, the queue goes to the disk itself (power loss); a process kill loses nothing anyway
        node.sender.scheduleWithFixedDelay(node::syncQueue, 1, 1, TimeUnit.SECONDS);
        node.sender.scheduleWithFixedDelay(node::checkConnection, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        node.schedulePump();
        return node;
    }

    private void syncQueue() {
        try {
            queue.sync();
        } catch (UncheckedIOException e) {
            LOG.warn("Sparkplug edge node {}: queue not forced to disk: {}", model.edgeNodeId(), e.getMessage());
        }
    }

    /**
     * On the sender thread: a connection of the current client (the first, one after an explicit disconnect, one
     * with a new client), retried until it succeeds; later losses Paho reconnects by itself. One retry is scheduled
     * at a time, however often this is called.
     */
    private void tryConnect() {
        if (closed || client.isConnected()) {
            return;
        }
        try {
            client.connect(options).waitForCompletion(WAIT_LIMIT_MS);
        } catch (MqttException e) {
            if (!refusedBefore) {
                LOG.warn("Sparkplug edge node {}: {}; trying again every {} s", model.edgeNodeId(),
                        BrokerRefusal.explain(config, e), RETRY_SECONDS);
                refusedBefore = true;
            }
            if (!retryScheduled && !sender.isShutdown()) {
                sender.schedule(this::retryConnect, RETRY_SECONDS, TimeUnit.SECONDS);
                retryScheduled = true;
            }
        }
    }

    private void retryConnect() {
        retryScheduled = false;
        tryConnect();
    }

    /** A client of its own: no session to keep (clean session, memory persistence); the queue is the node's. */
    private MqttAsyncClient newClient() throws MqttException {
        return new MqttAsyncClient(config.brokerUrl(), config.clientId(), new MemoryPersistence());
    }

    private void configure() {
        options = connectOptions();
        setWill(nextBdSeq);
        client.setCallback(new Callbacks(client));
    }

    private MqttConnectOptions connectOptions() {
        MqttConnectOptions connect = new MqttConnectOptions();
        connect.setCleanSession(true);
        connect.setAutomaticReconnect(true);
        // Paho doubles its reconnect delay (from 1 s) while it is below the maximum, 2 min by default: after a
        // minute's outage the queue would wait another minute. With 4 s the attempts come 1, 2 and 4 s apart, then
        // every 4 s; any maximum between 4 and 8 s (5 s before) doubles once more, to 8 s
        connect.setMaxReconnectDelay(RECONNECT_MAX_MS);
        connect.setKeepAliveInterval((int) config.keepAlive().toSeconds());
        connect.setMaxInflight(1000);
        connect.setConnectionTimeout(10);
        if (config.username() != null) {
            connect.setUserName(config.username());
        }
        if (config.password() != null) {
            connect.setPassword(config.password());
        }
        if (config.tls() != null) {
            try {
                connect.setSocketFactory(config.tls().socketFactory());
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("TLS to " + config.brokerUrl() + " cannot be set up: "
                        + e.getMessage(), e);
            }
        }
        // the broker's certificate must name the host of the broker URL
        connect.setHttpsHostnameVerificationEnabled(true);
        return connect;
    }

    /**
     * On the sender thread, every few seconds. Paho 1.2.5 can stay in a connection attempt for good: it waits for
     * the broker's CONNACK without a limit (a broker that accepted the connection and hangs, a proxy holding it
     * open; eclipse-paho/paho.mqtt.java#856), and a reconnection can stop in its own start-up (#1035; seen in this
     * project's tests, in a host application's client after a broker restart). Every later attempt of that client then
     * fails with "connect already in progress". So a connection that has not come back within
     * {@value #STUCK_LIMIT_MS} ms is given up: the edge node connects with a new client and closes the old one.
     * Nothing is lost: the client holds no session (clean session, memory persistence); the queue is the node's.
     */
    private void checkConnection() {
        try {
            replaceClientWhenStuck();
        } catch (RuntimeException e) {
            // a scheduled task that throws is not run again
            LOG.warn("Sparkplug edge node {}: connection check failed: {}", model.edgeNodeId(), e.getMessage());
        }
    }

    private void replaceClientWhenStuck() {
        long since = disconnectedSince;
        if (closed || since == 0 || System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(STUCK_LIMIT_MS)) {
            return;
        }
        String message = "Sparkplug edge node {}: not connected to {} for {} s; connecting with a new MQTT client";
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
        if (replacedInThisOutage) {
            LOG.debug(message, model.edgeNodeId(), config.brokerUrl(), seconds);
        } else {
            LOG.warn(message, model.edgeNodeId(), config.brokerUrl(), seconds);
            replacedInThisOutage = true;
        }
        MqttAsyncClient old = client;
        // the old client's automatic reconnection reads its options before each attempt: stop it
        options.setAutomaticReconnect(false);
        try {
            client = newClient();
        } catch (MqttException e) {
            LOG.warn("Sparkplug edge node {}: no new MQTT client: {}", model.edgeNodeId(), e.getMessage());
            return;
        }
        disconnectedSince = System.nanoTime();
        configure();
        // Paho 1.2.5 throws a NullPointerException, not an MqttException, for some states of a client
        try {
            old.disconnectForcibly(0, 0, false);
        } catch (MqttException | RuntimeException e) {
            LOG.debug("Sparkplug edge node {}: old MQTT client: {}", model.edgeNodeId(), e.getMessage());
        }
        try {
            old.close(true);
        } catch (MqttException | RuntimeException e) {
            LOG.debug("Sparkplug edge node {}: old MQTT client not closed: {}", model.edgeNodeId(), e.getMessage());
        }
        tryConnect();
    }

    private void setWill(long bdSeq) {
        try {
            options.setWill(topics.node("NDEATH"), SparkplugPayloads.nodeDeath(bdSeq), QOS_AT_LEAST_ONCE, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode the NDEATH", e);
        }
    }

    /**
     * Hands over a sample of a signal; samples of signals that are no metric are ignored. When this returns the
     * sample is in the queue's file: a process killed from now on sends it after its restart.
     */
    public void publish(String signalId, Sample sample) {
        EdgeNodeModel.Binding binding = bindings.get(signalId);
        if (binding == null || sample == null || closed) {
            return;
        }
        Sample previous = latest.put(signalId, sample);
        if (binding.metric().kind() == MetricKind.STATE && sameReading(previous, sample)) {
            // behaviours publish their states on every evaluation; Sparkplug sends changes only
            return;
        }
        try {
            queue.append(signalId, sample);
            diskFailureLogged.set(false);
        } catch (UncheckedIOException e) {
            if (diskFailureLogged.compareAndSet(false, true)) {
                LOG.error("Sparkplug edge node {}: cannot write the store-and-forward queue in {} ({}); samples are "
                        + "lost until it can", model.edgeNodeId(), queue.folder(), e.getCause().getMessage());
            }
            return;
        }
        schedulePump();
    }

    /** Lets the sender thread send what is queued; many calls before it runs make one pump. */
    private void schedulePump() {
        if (pumpScheduled.compareAndSet(false, true)) {
            submit(() -> {
                pumpScheduled.set(false);
                forwarder.pump();
            });
        }
    }

    /** @return the store-and-forward queue now: depth, oldest age, dropped since the start */
    public QueueStatus queueStatus() {
        return queue.status();
    }

    /**
     * @return whether the configured primary host application's last STATE said online; true when none is
     *         configured
     */
    public boolean isPrimaryHostOnline() {
        return primaryHost == null || primaryHost.isOnline();
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

    /**
     * On the sender thread after each (re)connection: the bdSeq of this session is the will's. With a primary
     * host, the births wait for its STATE (tck-id-message-flow-edge-node-birth-publish-phid-wait); the
     * retained STATE arrives right after the subscription.
     */
    private void onConnected() {
        replacedInThisOutage = false;
        long sessionBdSeq = nextBdSeq;
        currentBdSeq = sessionBdSeq;
        nextBdSeq = (nextBdSeq + 1) % 256;
        setWill(nextBdSeq);
        try {
            client.subscribe(topics.node("NCMD"), QOS_AT_LEAST_ONCE).waitForCompletion(WAIT_LIMIT_MS);
            if (primaryHost != null) {
                client.subscribe(primaryHost.topic(), QOS_AT_LEAST_ONCE).waitForCompletion(WAIT_LIMIT_MS);
            }
        } catch (MqttException e) {
            LOG.warn("Sparkplug edge node {}: cannot subscribe to its commands: {}", model.edgeNodeId(), e.getMessage());
        }
        if (primaryHost == null || primaryHost.isOnline()) {
            birth(sessionBdSeq);
        } else {
            LOG.info("Sparkplug edge node {}: connected; waiting for primary host {} to be online, queueing meanwhile",
                    model.edgeNodeId(), primaryHost.hostId());
        }
    }

    /** On the sender thread: a STATE of the primary host. */
    private void onHostState(byte[] payload) {
        boolean wasOnline = primaryHost.isOnline();
        if (!primaryHost.take(payload) || wasOnline == primaryHost.isOnline()) {
            return;
        }
        if (primaryHost.isOnline()) {
            LOG.info("Sparkplug edge node {}: primary host {} online; births, then the queue", model.edgeNodeId(),
                    primaryHost.hostId());
            if (client.isConnected() && !born) {
                birth(currentBdSeq);
            }
        } else {
            LOG.warn("Sparkplug edge node {}: primary host {} offline; NDEATH, reconnecting, queueing until it is back",
                    model.edgeNodeId(), primaryHost.hostId());
            endSessionForOfflineHost();
        }
    }

    /** Sparkplug B 3.0: on the primary host's offline STATE an edge node publishes its NDEATH and disconnects. */
    private void endSessionForOfflineHost() {
        born = false;
        forwarder.stop();
        try {
            if (client.isConnected()) {
                MqttMessage death = new MqttMessage(SparkplugPayloads.nodeDeath(currentBdSeq));
                death.setQos(QOS_AT_LEAST_ONCE);
                client.publish(topics.node("NDEATH"), death).waitForCompletion(WAIT_LIMIT_MS);
                client.disconnect(2000).waitForCompletion(WAIT_LIMIT_MS);
            }
        } catch (Exception e) {
            LOG.debug("Sparkplug edge node {}: NDEATH on host offline: {}", model.edgeNodeId(), e.getMessage());
        }
        disconnectedSince = System.nanoTime();
        // an explicit disconnect ends Paho's automatic reconnection: connect again ourselves
        submit(this::tryConnect);
    }

    private void birth(long bdSeq) {
        boolean newSession = !born;
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
            forwarder.stop();
            LOG.warn("Sparkplug edge node {}: birth certificates not sent: {}", model.edgeNodeId(), e.getMessage());
            return;
        }
        if (newSession) {
            QueueStatus waiting = queue.status();
            if (waiting.depth() > 0) {
                LOG.info("Sparkplug edge node {}: sending {} queued samples (oldest {} s) as historical data",
                        model.edgeNodeId(), waiting.depth(), waiting.oldestAge().toSeconds());
            }
            forwarder.startSession();
        } else {
            forwarder.rebirth();
        }
        forwarder.pump();
    }

    private void sendDeviceBirth(DeviceDefinition device) throws Exception {
        List<EdgeNodeModel.Binding> metrics = device.metrics().stream().map(m -> bindings.get(m.signalId())).toList();
        send(topics.device("DBIRTH", device.deviceId()), SparkplugPayloads.deviceBirth(nextSeq(), metrics, latest::get));
    }

    /**
     * On the sender thread, for the forwarder: a run of queued samples as DDATA with QoS 1 (each token completes
     * on its PUBACK), one message per stretch of samples of the same device. A live sample of a device whose
     * signals all went Bad is a DDEATH instead, and the next good one a DBIRTH (QoS 0, nothing to acknowledge);
     * historical samples are always data.
     */
    private List<IMqttDeliveryToken> transmit(List<QueuedSample> run, boolean historical) throws Exception {
        List<IMqttDeliveryToken> tokens = new ArrayList<>();
        List<Map.Entry<EdgeNodeModel.Binding, Sample>> stretch = new ArrayList<>();
        for (QueuedSample queued : run) {
            EdgeNodeModel.Binding binding = queued.signalId() == null ? null : bindings.get(queued.signalId());
            if (binding == null) {
                continue; // unreadable, or a signal that is no metric of this model (queued before a model change)
            }
            Sample sample = queued.sample();
            DeviceDefinition device = binding.device();
            if (!stretch.isEmpty() && stretch.get(0).getKey().device() != device) {
                tokens.add(sendData(stretch, historical));
            }
            if (!historical && deadDevices.contains(device.deviceId())) {
                if (!sample.quality().isBad()) {
                    deadDevices.remove(device.deviceId());
                    sendDeviceBirth(device);
                }
                continue;
            }
            if (!historical && sample.quality().isBad() && allBad(device)) {
                if (!stretch.isEmpty()) {
                    tokens.add(sendData(stretch, false));
                }
                deadDevices.add(device.deviceId());
                send(topics.device("DDEATH", device.deviceId()), SparkplugPayloads.deviceDeath(nextSeq()));
                continue;
            }
            stretch.add(Map.entry(binding, sample));
        }
        if (!stretch.isEmpty()) {
            tokens.add(sendData(stretch, historical));
        }
        return tokens;
    }

    /** Sends the samples of one device as one DDATA (QoS 1) and empties the list. */
    private IMqttDeliveryToken sendData(List<Map.Entry<EdgeNodeModel.Binding, Sample>> stretch, boolean historical)
            throws Exception {
        DeviceDefinition device = stretch.get(0).getKey().device();
        MqttMessage message = new MqttMessage(SparkplugPayloads.deviceData(nextSeq(), stretch, historical));
        message.setQos(QOS_AT_LEAST_ONCE);
        stretch.clear();
        return client.publish(topics.device("DDATA", device.deviceId()), message);
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

    /** Sends a QoS 0 message (births, deaths), queued behind the ones before it, without waiting for it. */
    private IMqttDeliveryToken send(String topic, byte[] payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(QOS_AT_MOST_ONCE);
        return client.publish(topic, message);
    }

    private void onCommand(byte[] payload) {
        try {
            SparkplugBPayload command = new SparkplugBPayloadDecoder().buildFromByteArray(payload, null);
            for (Metric metric : command.getMetrics()) {
                if (SparkplugPayloads.REBIRTH.equals(metric.getName()) && Boolean.TRUE.equals(metric.getValue())
                        && born) {
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
        submit(forwarder::stop);
        options.setAutomaticReconnect(false);
        client.disconnectForcibly(0, 0, false);
    }

    /**
     * Stops: publishes the NDEATH (a clean DISCONNECT suppresses the will) and disconnects.
     */
    @Override
    public void close() {
        closed = true;
        if (client.isConnected()) {
            submit(() -> {
                // what was sent gets its PUBACK, so that a restart does not send it twice
                forwarder.awaitAcknowledgements(Duration.ofSeconds(2));
                born = false;
                forwarder.stop();
                try {
                    // publishing does not wait: the death certificate must be out before the disconnect below
                    send(topics.node("NDEATH"), SparkplugPayloads.nodeDeath(currentBdSeq)).waitForCompletion(2000);
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
                client.disconnect(2000).waitForCompletion(WAIT_LIMIT_MS);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("Sparkplug edge node {} did not stop cleanly: {}", model.edgeNodeId(), e.getMessage());
        }
        born = false;
        queue.close();
    }

    /**
     * Paho's callbacks run on Paho's thread, which must not wait for the broker: work goes to the sender. Those of a
     * client that was given up ({@link #checkConnection()}) are ignored.
     */
    private final class Callbacks implements MqttCallbackExtended {
        private final MqttAsyncClient owner;

        Callbacks(MqttAsyncClient owner) {
            this.owner = owner;
        }

        /** @return whether these are the callbacks of a client the node has given up */
        private boolean givenUp() {
            return owner != client;
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (givenUp()) {
                return;
            }
            disconnectedSince = 0;
            submit(SparkplugEdgeNode.this::onConnected);
        }

        @Override
        public void connectionLost(Throwable cause) {
            if (givenUp()) {
                return;
            }
            disconnectedSince = System.nanoTime();
            born = false;
            submit(forwarder::stop);
            LOG.warn("Sparkplug edge node {}: connection to {} lost ({}); reconnecting", model.edgeNodeId(),
                    config.brokerUrl(), cause == null ? "closed" : cause.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            if (givenUp()) {
                return;
            }
            byte[] payload = message.getPayload();
            if (primaryHost != null && topic.equals(primaryHost.topic())) {
                submit(() -> onHostState(payload));
            } else {
                submit(() -> onCommand(payload));
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            if (givenUp()) {
                return;
            }
            // a PUBACK: the forwarder removes what is acknowledged in order and sends more
            schedulePump();
        }
    }
}
