/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaSource;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;

/**
 * The bench's OPC UA client, in the bench's process (not the measured runtime's): one subscription (publishing
 * 100 ms) with a monitored item (sampling 100 ms, the poll period) on every signal of the bench plant, through the
 * runtime's SecurityPolicy None endpoint, anonymous. Counts the notifications it receives.
 */
final class SubscribedClient implements AutoCloseable {

    private static final String NAMESPACE = "urn:fieldbridge:twin:plant";
    private static final Duration PERIOD = Duration.ofMillis(100);

    private final OpcUaSource source;
    private final AtomicLong notifications = new AtomicLong();

    private SubscribedClient(String endpoint, int tags, int perEquipment) {
        List<MonitoredSignal> signals = new ArrayList<>();
        for (int n = 0; n < tags; n++) {
            String id = "Bench.Site.Area.Line.E" + n / perEquipment + ".S" + n % perEquipment;
            signals.add(new MonitoredSignal("S" + n, "nsu=" + NAMESPACE + ";s=" + id, PERIOD));
        }
        OpcUaEndpointSettings settings = new OpcUaEndpointSettings(endpoint, OpcUaEndpointSettings.Policy.NONE,
                OpcUaEndpointSettings.Mode.NONE, new OpcUaEndpointSettings.Anonymous(), null, List.of(),
                Duration.ofSeconds(30));
        source = new OpcUaSource(settings, signals, PERIOD, BackoffPolicy.DEFAULT,
                (signal, sample) -> notifications.incrementAndGet(), Clock.systemUTC());
    }

    /** Subscribes to every signal and waits until each has sent its initial value (at most two minutes). */
    static SubscribedClient start(String endpoint, int tags, int perEquipment) throws InterruptedException {
        SubscribedClient client = new SubscribedClient(endpoint, tags, perEquipment);
        client.source.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (client.notifications.get() < tags && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (client.notifications.get() < tags) {
            client.close();
            throw new IllegalStateException("the bench client got " + client.notifications.get() + " of " + tags
                    + " initial values");
        }
        return client;
    }

    long notifications() {
        return notifications.get();
    }

    @Override
    public void close() {
        source.close();
    }
}
