/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.diagnostics.HealthSnapshot;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.server.internal.MiloTwinServer;

/**
 * The runtime's OPC UA server: exposes an {@link AddressSpaceDescription} and publishes samples to it.
 * Plain Java (works on a class path and in OSGi); no OPC UA stack type appears in its API.
 *
 * <pre>{@code
 * try (TwinOpcUaServer server = TwinOpcUaServer.start(config, description)) {
 *     server.publish("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp", sample);
 * }
 * }</pre>
 *
 * See docs/opcua-server.md for the address space layout, security defaults, PKI workflow and limits.
 */
public final class TwinOpcUaServer implements AutoCloseable {

    private final MiloTwinServer server;

    private TwinOpcUaServer(MiloTwinServer server) {
        this.server = server;
    }

    /**
     * Opens (on first start: creates) the PKI directory with the server certificate, builds the
     * address space and starts listening.
     *
     * @throws Exception when the port cannot be bound, the key store cannot be read (wrong password) or
     *         the description cannot be exposed
     */
    public static TwinOpcUaServer start(TwinServerConfig config, AddressSpaceDescription description)
            throws Exception {
        return start(config, description, new AlarmConditions());
    }

    /**
     * As {@link #start(TwinServerConfig, AddressSpaceDescription)}, with the alarm conditions the rest of the runtime
     * already observes (the audit trail, Sparkplug, the live view): the server registers a condition per alarm and
     * overshoot behaviour there and reports their transitions as OPC UA events.
     */
    public static TwinOpcUaServer start(TwinServerConfig config, AddressSpaceDescription description,
            AlarmConditions conditions) throws Exception {
        return new TwinOpcUaServer(MiloTwinServer.start(Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(description, "description"), Objects.requireNonNull(conditions, "conditions")));
    }

    /**
     * Starts a simulated controller's server: the twin's namespace as {@link #start(TwinServerConfig,
     * AddressSpaceDescription)} does, then one namespace per URI the {@code controllerNodes} name, each with a folder
     * in the Objects folder (named after the server) holding its variables at their own string identifiers. So a
     * simulated PLC serves the NodeIds the real one does ({@code nsu=http://www.siemens.com/simatic-s7-opcua;
     * s="Temp_Sensor_7A"}), and clients find them by namespace URI. The variables are read-only until
     * {@link #acceptWrites(ControllerNode, java.util.function.Consumer)}.
     *
     * @throws IllegalArgumentException when a node's URI is the twin's or OPC UA's own namespace
     */
    public static TwinOpcUaServer start(TwinServerConfig config, AddressSpaceDescription description,
            List<ControllerNode> controllerNodes) throws Exception {
        return new TwinOpcUaServer(MiloTwinServer.start(Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(description, "description"), new AlarmConditions(),
                List.copyOf(controllerNodes)));
    }

    /**
     * Sets a controller node's value as {@link #publish(String, Sample)} sets a signal's.
     *
     * @throws IllegalArgumentException when the server was not started with this node
     */
    public void publish(ControllerNode node, Sample sample) {
        Objects.requireNonNull(sample, "sample");
        if (!server.publish(Objects.requireNonNull(node, "node"), sample)) {
            throw new IllegalArgumentException("no controller node " + node);
        }
    }

    /**
     * Lets clients write a controller node, as {@link #acceptWrites(String, java.util.function.Consumer)} does for a
     * signal.
     *
     * @throws IllegalArgumentException when the server was not started with this node
     */
    public void acceptWrites(ControllerNode node, java.util.function.Consumer<Sample> written) {
        Objects.requireNonNull(written, "written");
        if (!server.acceptWrites(Objects.requireNonNull(node, "node"), written)) {
            throw new IllegalArgumentException("no controller node " + node);
        }
    }

    /** @return a controller node's NodeId with the index its namespace got, e.g. {@code ns=3;s="Temp_Sensor_7A"} */
    public String nodeId(ControllerNode node) {
        String id = server.nodeId(Objects.requireNonNull(node, "node"));
        if (id == null) {
            throw new IllegalArgumentException("no controller node " + node);
        }
        return id;
    }

    /**
     * Sets a signal's or behaviour state's value, StatusCode (the quality's code, unchanged) and source
     * and server timestamps; subscribed clients get the change with their next publishing cycle (a client
     * publishing every 10 to 100 ms: as soon as its interval has passed, or, on a thread that calls
     * {@link #batchDone(boolean)}, at the end of the batch). A value that does not fit the declared data type is
     * published as no value with Bad_TypeMismatch.
     *
     * @param id the signal or state id, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}
     * @throws IllegalArgumentException when the description has no signal or state with this id
     */
    public void publish(String id, Sample sample) {
        Objects.requireNonNull(sample, "sample");
        if (!server.publish(id, sample)) {
            throw new IllegalArgumentException("no signal or state with the id " + id);
        }
    }

    /**
     * Says that the calling thread has published the values of one answer of a controller ({@code false}), or all
     * answers of a poll cycle ({@code cycleDone}, called after the cycle's last answer was reported with
     * {@code false}). From its first call on, what this thread publishes is sent to clients with publishing
     * intervals of 10 to 100 ms together at the end of each cycle (within a cycle longer than half their interval, at
     * the end of the answer that makes it longer), instead of the first value on its own and the rest one interval
     * later.
     */
    public void batchDone(boolean cycleDone) {
        server.batchDone(cycleDone);
    }

    /**
     * Lets clients write a signal's value, as a controller's setpoint accepts writes: the node's AccessLevel and
     * UserAccessLevel become CurrentRead and CurrentWrite (with plant roles enforced, only for users whose roles
     * grant write); a written value (of the node's data type) is published as Good with the time of the write and
     * handed to {@code written}. For simulated controllers: the runtime's own server leaves every node read-only.
     *
     * @param id      the signal's id
     * @param written told every value written, on the server's thread
     * @throws IllegalArgumentException when the description has no signal with this id
     */
    public void acceptWrites(String id, java.util.function.Consumer<Sample> written) {
        Objects.requireNonNull(written, "written");
        if (!server.acceptWrites(id, written)) {
            throw new IllegalArgumentException("no signal or state with the id " + id);
        }
    }

    /**
     * Publishes a behaviour event (an alarm raised or cleared, a batch completed) as an OPC UA event whose
     * source is the element {@code sourceId} (usually the equipment the behaviour watches); clients with an
     * event subscription on the Server object receive it.
     */
    public void fireEvent(String sourceId, BehaviourEvent event) {
        server.fireEvent(Objects.requireNonNull(sourceId, "sourceId"), Objects.requireNonNull(event, "event"));
    }

    /**
     * The alarm conditions (OPC 10000-9) of the twin's alarm and overshoot behaviours, by behaviour id: subscribe
     * with {@code conditions().addListener(...)} to every transition (activation, acknowledgement with its user
     * and comment, confirmation, branches), as the audit trail, the Sparkplug publisher and the live view do.
     * {@link #fireEvent} drives them.
     */
    public AlarmConditions conditions() {
        return server.conditions();
    }

    /**
     * Publishes a controller's diagnostics under {@code Objects/Controllers/<controller>/_Diagnostics}
     * (connection state, last error, reconnects, cycle times, request rate, failed requests, subscription
     * state); the nodes are made on the first call for a controller. Readable by every user.
     */
    public void publishDiagnostics(HealthSnapshot snapshot) {
        server.publishDiagnostics(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /**
     * Publishes the Sparkplug B publisher's diagnostics under {@code Objects/Sparkplug/_Diagnostics} (state,
     * store-and-forward queue depth, oldest age, dropped); the nodes are made on the first call. Readable by
     * every user.
     */
    public void publishForwardingDiagnostics(org.fieldbridge.runtime.diagnostics.ForwardingSnapshot snapshot) {
        server.publishForwardingDiagnostics(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** @return the endpoint URLs, one per configured host name, e.g. {@code opc.tcp://127.0.0.1:4840/fieldbridge} */
    public List<String> endpointUrls() {
        return server.endpointUrls();
    }

    /** @return the index of the twin's namespace in the server's namespace array */
    public int namespaceIndex() {
        return server.namespaceIndex();
    }

    /** @return the NodeId of a signal, state or element in its text form, e.g. {@code ns=2;s=Acme.Riverside} */
    public String nodeId(String id) {
        return server.nodeId(id);
    }

    /** @return the server's application instance certificate */
    public X509Certificate certificate() {
        return server.certificate();
    }

    /** @return the SHA-1 thumbprint of the certificate in lower-case hex, as OPC UA clients show it */
    public String certificateThumbprint() {
        return server.certificateThumbprint();
    }

    /** @return the PKI directory (absolute) */
    public Path pkiDirectory() {
        return server.pkiDirectory();
    }

    /**
     * Adds a client's application instance certificate to the trust list (written to
     * {@code trusted/certs}), as an administrator does by moving it out of {@code rejected/}.
     */
    public void trustClient(X509Certificate clientCertificate) {
        server.trust(Objects.requireNonNull(clientCertificate, "clientCertificate"));
    }

    /**
     * The server's own added latency since the start or {@link #resetPublishLatency()}: ServerTimestamp of each
     * data change sent to -&gt; its PublishResponse written to the client's connection.
     *
     * @return the figures, or empty when {@link TwinServerConfig.Builder#measurePublishLatency(boolean)} is off
     */
    public Optional<PublishLatency> publishLatency() {
        return server.publishLatency();
    }

    /**
     * Starts {@link #publishLatency()} over, e.g. once clients have subscribed: the initial value of a new
     * monitored item carries the time its value last changed, which is not latency.
     */
    public void resetPublishLatency() {
        server.resetPublishLatency();
    }

    /** Stops listening and closes the sessions. */
    @Override
    public void close() throws Exception {
        server.close();
    }
}
