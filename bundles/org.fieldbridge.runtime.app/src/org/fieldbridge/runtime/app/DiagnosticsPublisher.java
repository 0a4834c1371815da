/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.runtime.diagnostics.ConnectionListener;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.diagnostics.ForwardingSnapshot;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code _Diagnostics} objects of the twin's OPC UA server current: every controller's snapshot once
 * a second (rates and cycle times move continuously) and at once on every connection change, so that a client
 * sees a controller go away within its publishing interval, not a second later.
 */
final class DiagnosticsPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsPublisher.class);

    private final TwinOpcUaServer server;
    private final List<ControllerHealth> controllers;
    private final ConnectionListener onChange;
    private ScheduledExecutorService executor;
    private volatile Supplier<ForwardingSnapshot> forwarding;

    DiagnosticsPublisher(TwinOpcUaServer server, List<ControllerHealth> controllers) {
        this.server = server;
        this.controllers = List.copyOf(controllers);
        this.onChange = event -> controllers.stream().filter(h -> h.controller().equals(event.controller()))
                .forEach(this::publish);
    }

    /** Publishes every controller now, then every second and on each connection change. */
    synchronized void start(String twinName) {
        controllers.forEach(this::publish);
        controllers.forEach(h -> h.addListener(onChange));
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbridge-diagnostics-" + twinName);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleAtFixedRate(this::publishAll, 1, 1, TimeUnit.SECONDS);
    }

    /** Publishes the Sparkplug publisher's figures too, from now on every second. */
    void forwarding(Supplier<ForwardingSnapshot> snapshots) {
        this.forwarding = snapshots;
        publishForwarding();
    }

    private void publishAll() {
        controllers.forEach(this::publish);
        publishForwarding();
    }

    private void publishForwarding() {
        Supplier<ForwardingSnapshot> snapshots = forwarding;
        if (snapshots == null) {
            return;
        }
        try {
            server.publishForwardingDiagnostics(snapshots.get());
        } catch (RuntimeException e) {
            LOG.warn("Sparkplug diagnostics not published: {}", e.toString());
        }
    }

    private void publish(ControllerHealth health) {
        try {
            server.publishDiagnostics(health.snapshot());
        } catch (RuntimeException e) {
            LOG.warn("diagnostics of controller {} not published: {}", health.controller(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        controllers.forEach(h -> h.removeListener(onChange));
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
