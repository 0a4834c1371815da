/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.SampleSink;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.reconnect.ReconnectSchedule;

/**
 * OPC UA acquisition from one server: one session, one subscription with a monitored item per mapped node,
 * every data change delivered as a {@link Sample} with the server's StatusCode and both timestamps.
 *
 * <ul>
 * <li>The first connection is retried with capped exponential backoff; until it succeeds every signal is
 * Bad_NoCommunication.</li>
 * <li>When the session is lost every signal turns Bad_CommunicationError, keeping its last value; Milo
 * reconnects and transfers the subscription (Part 4 §5.13.7); when the transfer fails the subscription is
 * created anew.</li>
 * <li>A node that cannot be monitored (unknown NodeId, no access) gets the server's StatusCode; the other
 * signals are unaffected.</li>
 * </ul>
 */
public final class OpcUaSource implements AutoCloseable {

    /** Bad_NodeIdUnknown: a NodeId whose namespace URI the server does not have. */
    private static final long BAD_NODE_ID_UNKNOWN = 0x80340000L;

    private final OpcUaEndpointSettings settings;
    private final List<MonitoredSignal> signals;
    private final Duration publishingInterval;
    private final SampleSink sink;
    private final Clock clock;
    private final ReconnectSchedule schedule;
    private final Map<String, Sample> last = new ConcurrentHashMap<>();
    private final ControllerHealth health;
    private final ScheduledExecutorService worker;
    private final Map<OpcUaMonitoredItem, MonitoredSignal> itemSignals = new ConcurrentHashMap<>();
    private volatile OpcUaClient client;
    private volatile boolean connected;
    private volatile boolean closed;

    /**
     * @param publishingInterval how often the server sends the collected changes
     * @param sink               receives every sample, on the source's threads
     */
    public OpcUaSource(OpcUaEndpointSettings settings, List<MonitoredSignal> signals, Duration publishingInterval,
            BackoffPolicy backoff, SampleSink sink, Clock clock) {
        this(settings, signals, publishingInterval, backoff, sink, clock,
                ControllerHealth.of(settings.endpointUrl(), "OPC UA"));
    }

    /**
     * @param health where the connection state, the subscription state and the statistics of this server are
     *        kept (its listeners hear every connection change)
     */
    public OpcUaSource(OpcUaEndpointSettings settings, List<MonitoredSignal> signals, Duration publishingInterval,
            BackoffPolicy backoff, SampleSink sink, Clock clock, ControllerHealth health) {
        this.health = health;
        this.settings = settings;
        this.signals = List.copyOf(signals);
        this.publishingInterval = publishingInterval;
        this.sink = sink;
        this.clock = clock;
        this.schedule = new ReconnectSchedule(backoff, System::nanoTime, ThreadLocalRandom.current()::nextDouble);
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbridge-opcua " + settings.endpointUrl());
            t.setDaemon(true);
            return t;
        });
        for (MonitoredSignal s : this.signals) {
            checkNodeId(s);
        }
    }

    /** Connects in the background; samples arrive at the sink from then on. */
    public void start() {
        signals.forEach(s -> deliver(s.signal(), null, Quality.BAD_WAITING_FOR_INITIAL_DATA));
        worker.execute(this::connect);
    }

    private void connect() {
        if (closed) {
            return;
        }
        health.attempting();
        try {
            OpcUaClient c = MiloClientFactory.create(settings);
            c.addSessionActivityListener(new SessionActivityListener() {
                @Override
                public void onSessionActive(UaSession session) {
                    connected = true;
                    health.connected();
                }

                @Override
                public void onSessionInactive(UaSession session) {
                    connected = false;
                    if (closed) {
                        return;
                    }
                    markAll(Quality.BAD_COMMUNICATION_ERROR.withDetail("session to " + settings.endpointUrl() + " lost"));
                    health.subscription("inactive (session lost)");
                    // Milo reconnects on its own schedule: no delay to announce
                    health.lost("session lost (server stopped or network gone)", null);
                }
            });
            c.connectAsync().get(settings.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            client = c;
            connected = true;
            schedule.succeeded();
            health.connected();
            subscribe(c);
        } catch (Exception e) {
            if (closed) {
                return;
            }
            Duration wait = schedule.failed();
            String why = FailureReason.of(e, settings);
            markAll(Quality.BAD_NO_COMMUNICATION.withDetail(settings.endpointUrl() + ": " + why
                    + "; retrying in " + wait.toMillis() + " ms"));
            health.connectFailed(why, wait);
            worker.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void subscribe(OpcUaClient c) throws Exception {
        OpcUaSubscription subscription = new OpcUaSubscription(c, (double) publishingInterval.toMillis());
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
                health.subscription("transfer failed, recreating");
                worker.execute(() -> recreate(s));
            }

            @Override
            public void onKeepAliveReceived(OpcUaSubscription s) {
                alive();
            }

            @Override
            public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> items, List<DataValue> values) {
                alive();
            }
        });
        health.subscription("creating");
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (MonitoredSignal s : signals) {
            java.util.Optional<NodeId> id = NodeIdText.resolve(s.nodeId(), c);
            if (id.isEmpty()) {
                String why = NodeIdText.unknownNamespace(s.nodeId());
                health.problem("node " + s.nodeId() + " cannot be monitored: " + why);
                deliver(s.signal(), null, Quality.of((int) BAD_NODE_ID_UNKNOWN).withDetail(why));
                continue;
            }
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(id.get());
            item.setSamplingInterval((double) s.samplingInterval().toMillis());
            item.setDataValueListener((i, value) -> deliver(s.signal(), value));
            itemSignals.put(item, s);
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        synchronize(subscription);
        health.subscription(active());
    }

    /** The server published (data or a keep-alive): the subscription works. */
    private void alive() {
        if (connected) {
            health.subscription(active());
            // a keep-alive or a notification says that every item without a notification is unchanged
            Instant now = clock.instant();
            signals.forEach(s -> sink.confirmed(s.signal(), now));
        }
    }

    private String active() {
        return "active, publishing every " + publishingInterval.toMillis() + " ms";
    }

    private void recreate(OpcUaSubscription subscription) {
        try {
            subscription.create();
            synchronize(subscription);
            health.subscription(active());
        } catch (Exception e) {
            health.subscription("failed: " + reason(e));
            markAll(Quality.BAD_COMMUNICATION_ERROR.withDetail("subscription could not be recreated: " + reason(e)));
        }
    }

    /** Creates the monitored items; an item the server refuses gets the server's StatusCode. */
    private void synchronize(OpcUaSubscription subscription) throws Exception {
        try {
            subscription.synchronizeMonitoredItems();
        } catch (MonitoredItemSynchronizationException e) {
            // reported per item below
        }
        for (OpcUaMonitoredItem item : subscription.getMonitoredItems()) {
            StatusCode result = item.getCreateResult().orElse(StatusCode.GOOD);
            MonitoredSignal s = itemSignals.get(item);
            if (result.isBad() && s != null) {
                health.request(true);
                health.problem("node " + s.nodeId() + " cannot be monitored: " + Quality.of((int) result.getValue()).symbolicName());
                deliver(s.signal(), null, Quality.of((int) result.getValue())
                        .withDetail("node " + s.nodeId() + " cannot be monitored"));
            }
        }
    }

    private void deliver(String signal, DataValue value) {
        Object v = value.getValue() == null ? null : value.getValue().getValue();
        Instant now = clock.instant();
        Sample sample = new Sample(v, Quality.of((int) value.getStatusCode().getValue()),
                instant(value.getSourceTime(), now), instant(value.getServerTime(), now));
        last.put(signal, sample);
        health.request(false);
        sink.accept(signal, sample);
        sink.confirmed(signal, now);
    }

    private void deliver(String signal, Object value, Quality quality) {
        Instant now = clock.instant();
        Sample previous = last.get(signal);
        Sample sample = previous != null ? previous.withQuality(quality, now)
                : new Sample(value, quality, now, now);
        last.put(signal, sample);
        sink.accept(signal, sample);
    }

    private void markAll(Quality quality) {
        signals.forEach(s -> deliver(s.signal(), null, quality));
    }

    /** Fails early, naming the bad NodeId, before anything connects; a namespace URI is resolved per session. */
    private static void checkNodeId(MonitoredSignal signal) {
        if (!NodeIdText.isNodeId(signal.nodeId())) {
            throw new IllegalArgumentException("signal " + signal.signal() + ": '" + signal.nodeId()
                    + "' is not an OPC UA NodeId in string form (e.g. ns=2;s=Zone1.Temp, Part 6 §5.3.1.10)");
        }
    }

    private static Instant instant(DateTime time, Instant fallback) {
        return time == null || time.isNull() ? fallback : time.getJavaInstant();
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** @return true while a session is established */
    public boolean isConnected() {
        return connected;
    }

    /** @return the connection state, subscription state and statistics of this server */
    public ControllerHealth health() {
        return health;
    }

    @Override
    public void close() {
        closed = true;
        health.stopped();
        worker.shutdownNow();
        OpcUaClient c = client;
        if (c != null) {
            try {
                c.disconnectAsync().get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // closing anyway
            }
        }
    }
}
