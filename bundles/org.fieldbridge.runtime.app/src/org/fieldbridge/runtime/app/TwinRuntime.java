/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.SampleSink;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running twin: its OPC UA server, the acquisition from its controllers, the engine between them
 * (conditioning, calibration checks, alignment, behaviours) and the listeners watching it.
 *
 * <pre>{@code
 * try (TwinRuntime twin = TwinRuntime.start(RiversideTwin.assemble(), configuration)) {
 *     twin.addListener(new RuntimeListener() { ... });
 *     ...
 * }
 * }</pre>
 *
 * Started in this order: the server, the alignment ticker, then the controllers; stopped in reverse. A
 * controller that is down at start is no error (its signals are Bad until it answers).
 */
public final class TwinRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TwinRuntime.class);

    private final TwinAssembly twin;
    private final RuntimeConfiguration configuration;
    private final AlarmConditions conditions = new AlarmConditions();
    private final OutputPublisher publisher;
    private final Map<String, SignalRoute> routes = new LinkedHashMap<>();
    private final AlignmentTicker ticker;
    private volatile TwinOpcUaServer server;
    private volatile ControllerConnections controllers;
    private DiagnosticsPublisher diagnostics;
    private volatile SparkplugPublisher sparkplug;
    private AuditTrail audit;
    private boolean closed;

    private TwinRuntime(TwinAssembly twin, RuntimeConfiguration configuration, Clock clock) {
        this.twin = twin;
        this.configuration = configuration;
        // one set of conditions per runtime, registered here so that they exist with or without the OPC UA server
        twin.addressSpace().alarms().forEach((id, alarm) -> conditions.register(id, alarm.browseName(),
                alarm.sourceSignal()));
        this.publisher = new OutputPublisher(twin.addressSpace(), conditions);
        Duration settle = twin.opcUaDevices().stream().map(d -> d.connection().publishingInterval())
                .max(Duration::compareTo).orElse(Duration.ZERO);
        this.ticker = new AlignmentTicker(twin.alignments(), this::route, clock, settle);
        Set<String> opcuaSignals = new LinkedHashSet<>();
        twin.opcUaDevices().forEach(d -> d.signals().forEach(s -> opcuaSignals.add(s.signal())));
        Set<String> ids = new LinkedHashSet<>();
        twin.modbusDevices().forEach(d -> d.tags().forEach(t -> ids.add(t.name())));
        ids.addAll(opcuaSignals);
        ids.addAll(twin.listeners().keySet());
        ids.addAll(twin.calibrations().keySet());
        twin.alignments().forEach(a -> a.outputs().forEach(o -> ids.add(o.signalId())));
        for (String id : ids) {
            Conditioning conditioning = opcuaSignals.contains(id) ? twin.conditioning().get(id) : null;
            routes.put(id, new SignalRoute(id, conditioning, twin.calibrations().getOrDefault(id, List.of()),
                    publisher, ticker.feedsOf(id), twin.listeners().getOrDefault(id, List.of()), clock));
        }
    }

    /**
     * Starts a twin.
     *
     * @throws Exception when the OPC UA server cannot start (port in use, wrong key store password) or the
     *         runtime's client certificate cannot be read; nothing is left running then
     */
    public static TwinRuntime start(TwinAssembly twin, RuntimeConfiguration configuration) throws Exception {
        return start(twin, configuration, Clock.systemDefaultZone());
    }

    /** @param clock the time of alignment and the date of calibration checks (tests move it) */
    static TwinRuntime start(TwinAssembly twin, RuntimeConfiguration configuration, Clock clock) throws Exception {
        TwinRuntime runtime = new TwinRuntime(Objects.requireNonNull(twin, "twin"),
                Objects.requireNonNull(configuration, "configuration"), clock);
        try {
            runtime.startParts(clock);
        } catch (Exception | Error e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    private synchronized void startParts(Clock clock) throws Exception {
        AuditSettings auditSettings = configuration.audit();
        audit = AuditTrail.open(auditSettings.folder(), auditSettings.rotation());
        ConfigurationAudit.record(audit, configuration, twin);
        conditions.addListener(new AlarmAudit(audit));
        server = TwinOpcUaServer.start(configuration.serverConfig(twin.name(), audit), twin.addressSpace(),
                conditions);
        publisher.connect(server);
        twin.bindOutputs(new TwinOutputs() {
            @Override
            public void publish(String id, Sample sample) {
                route(id, sample);
            }

            @Override
            public void event(String sourceId, BehaviourEvent event) {
                publisher.event(sourceId, event);
            }
        });
        ticker.start(twin.name());
        controllers = ControllerConnections.create(twin, configuration, new SampleSink() {
            @Override
            public void accept(String id, Sample sample) {
                route(id, sample);
            }

            @Override
            public void confirmed(String id, Instant at) {
                publisher.confirm(id, at);
            }

            @Override
            public void batchDone() {
                publisher.batchDone(false);
            }

            @Override
            public void cycleDone() {
                publisher.batchDone(true);
            }
        }, clock);
        controllers.start();
        diagnostics = new DiagnosticsPublisher(server, controllers.health());
        diagnostics.start(twin.name());
        sparkplug = SparkplugPublisher.start(this);
        if (sparkplug != null) {
            diagnostics.forwarding(sparkplug::snapshot);
        }
        LOG.info("twin {} ({}) running: {} signals from {} Modbus and {} OPC UA controllers, OPC UA server {}",
                twin.name(), twin.modelVersion(), signalCount(), twin.modbusDevices().size(),
                twin.opcUaDevices().size(), server.endpointUrls());
    }

    private int signalCount() {
        int n = 0;
        for (TwinAssembly.ModbusDevice d : twin.modbusDevices()) {
            n += d.tags().size();
        }
        for (TwinAssembly.OpcUaDevice d : twin.opcUaDevices()) {
            n += d.signals().size();
        }
        return n;
    }

    /** Sends a sample down its signal's route, or straight to the outputs when the id has none. */
    private void route(String id, Sample sample) {
        SignalRoute r = routes.get(id);
        if (r != null) {
            r.accept(sample);
        } else {
            publisher.publish(id, sample);
        }
    }

    /** Adds a listener that sees every sample and event from now on. */
    public void addListener(RuntimeListener listener) {
        publisher.addListener(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(RuntimeListener listener) {
        publisher.removeListener(listener);
    }

    /** @return the last sample published under {@code id} (signal, state or aligned output), or null */
    public Sample latest(String id) {
        return publisher.latest(id);
    }

    /**
     * @return when the controller last confirmed the current value of an acquired signal (a read of the same
     *         value, an OPC UA notification or keep-alive), or null when it never delivered one; the age the
     *         live view shows
     */
    public Instant confirmedAt(String id) {
        ControllerConnections c = controllers;
        Instant polled = c == null ? null : c.modbusConfirmedAt(id);
        return polled != null ? polled : publisher.confirmedAt(id); // OPC UA sources report theirs
    }

    /** @return the last sample of every id published so far */
    public Map<String, Sample> latestSamples() {
        return publisher.latest();
    }

    public TwinAssembly twin() {
        return twin;
    }

    public RuntimeConfiguration configuration() {
        return configuration;
    }

    /** @return the twin's OPC UA server */
    public TwinOpcUaServer server() {
        return server;
    }

    /**
     * @return the runtime's audit trail ({@code <audit folder>/audit.log}): sessions, certificates and the
     *         configuration and the operators' actions on alarms are recorded by the runtime itself; record writes
     *         with {@link AuditTrail#record}. Null before the start.
     */
    public AuditTrail auditTrail() {
        return audit;
    }

    /**
     * @return the twin's alarm conditions (OPC 10000-9), one per alarm and overshoot behaviour, by behaviour id: the
     *         OPC UA server serves them, the audit trail records the operators' actions on them, and the runtime
     *         listeners ({@link RuntimeListener#onCondition}) see every transition
     */
    public AlarmConditions alarmConditions() {
        return conditions;
    }

    /** @return the endpoint URLs of the twin's OPC UA server */
    public List<String> endpointUrls() {
        return server().endpointUrls();
    }

    /** @return the server certificate (DER) to give to OPC UA clients: {@code <pki>/own/certs/server.der} */
    public Path serverCertificateFile() {
        return server().pkiDirectory().resolve("own").resolve("certs").resolve("server.der");
    }

    /** @return the runtime's own OPC UA client certificate (DER), when a controller connection needs one */
    public Optional<Path> clientCertificateFile() {
        ControllerConnections c = controllers;
        return c == null ? Optional.empty() : c.clientCertificateFile();
    }

    /** @return the connection state and statistics of every controller (empty before the start) */
    public List<ControllerHealth> controllerHealth() {
        ControllerConnections c = controllers;
        return c == null ? List.of() : List.copyOf(c.health());
    }

    /** @return the controller each acquired signal comes from, in assembly order */
    public Map<String, String> controllerOfSignals() {
        Map<String, String> controllerOf = new LinkedHashMap<>();
        twin.modbusDevices().forEach(d -> d.tags().forEach(t -> controllerOf.put(t.name(), d.name())));
        twin.opcUaDevices().forEach(d -> d.signals().forEach(s -> controllerOf.put(s.signal(), d.connection().name())));
        return controllerOf;
    }

    /** @return the ids of the signals acquired from controllers, in assembly order */
    public List<String> acquiredSignals() {
        List<String> ids = new ArrayList<>();
        twin.modbusDevices().forEach(d -> d.tags().stream().map(ModbusTag::name).forEach(ids::add));
        twin.opcUaDevices().forEach(d -> d.signals().stream().map(MonitoredSignal::signal).forEach(ids::add));
        return ids;
    }

    /** Stops the controllers, the alignment, the behaviours' outputs and the server, in this order. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sparkplug != null) {
            sparkplug.close();
        }
        if (diagnostics != null) {
            diagnostics.close();
        }
        if (controllers != null) {
            controllers.close();
        }
        ticker.close();
        twin.bindOutputs(null);
        publisher.connect(null);
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.warn("OPC UA server of {} did not stop cleanly: {}", twin.name(), e.toString());
            }
        }
        if (audit != null) {
            try {
                audit.close(); // after the server: its last sessions' closes are recorded
            } catch (java.io.IOException e) {
                LOG.warn("audit trail of {} not closed cleanly: {}", twin.name(), e.getMessage());
            }
        }
        LOG.info("twin {} stopped", twin.name());
    }

    /**
     * @return the Sparkplug edge node's live view line (connection, store-and-forward queue depth, oldest age,
     *         dropped), or null when the edge node is off
     */
    String sparkplugStatusLine() {
        SparkplugPublisher publisher = sparkplug;
        return publisher == null ? null : publisher.statusLine();
    }

    /**
     * @return the live view line of the OPC UA server's own added latency (server.measurePublishLatency), e.g.
     *         {@code -- OPC UA server: added latency p50 1.6 ms, p99 2.9 ms, max 4.1 ms over 12,345 values; 0 late
     *         publishing cycles}, or null when it is not measured or nothing was sent yet
     */
    String publishLatencyLine() {
        TwinOpcUaServer current = server;
        return current == null ? null : current.publishLatency().map(PublishLatencyLine::of).orElse(null);
    }
}
