/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.opcua.BrowsedNode;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaProbe;

/**
 * A commissioning session with one OPC UA controller, through the runtime's own client set-up ({@link OpcUaProbe}):
 * connect with the connection's security policy, mode and identity, browse, read once; its {@link #status()} says
 * connected or not, the last round trip and the last error in plant words. Writes only through
 * {@link org.fieldbridge.commissioning.write.ControllerWrites}, which checks, confirms and audits them. One caller
 * at a time.
 */
public final class OpcUaLink implements AutoCloseable {

    /** Why a request could not be made, in plant words; {@link #quality()} is what the values get. */
    public static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Quality quality;

        Failure(String message, Quality quality) {
            super(message);
            this.quality = quality;
        }

        /** @return the quality the values get */
        public Quality quality() {
            return quality;
        }
    }

    private final Controller.OpcUa controller;
    private final OpcUaAccess access;
    private final LinkHealth health;
    private OpcUaProbe probe;

    /**
     * @param controller the controller, with the settings of its .twin connection
     * @param access secrets and certificates
     * @param clock when errors happened
     */
    public OpcUaLink(Controller.OpcUa controller, OpcUaAccess access, Clock clock) {
        this.controller = controller;
        this.access = access;
        this.health = new LinkHealth(controller, clock);
    }

    /** @return the controller */
    public Controller.OpcUa controller() {
        return controller;
    }

    /**
     * Connects (again, if connected).
     *
     * @return the status afterwards
     */
    public LinkStatus connect() {
        disconnect();
        try {
            open();
        } catch (Failure e) {
            // in the status
        }
        return status();
    }

    /** Closes the session; the last error is kept. */
    public void disconnect() {
        dropProbe();
        health.disconnected();
    }

    /** @return the state, last round trip and last error */
    public LinkStatus status() {
        return health.status();
    }

    /**
     * Browses the address space, connecting first when needed.
     *
     * @param node the node to start at ({@code ns=2;s=Oven}); null for the Objects folder
     * @param depth levels below it
     * @param limit the most nodes to list
     * @return the nodes, each followed by its children
     * @throws Failure when the server cannot be reached or does not answer
     * @throws IllegalArgumentException when the node is not a NodeId or not in the server
     */
    public List<BrowsedNode> browse(String node, int depth, int limit) throws Failure {
        OpcUaProbe open = open();
        try {
            List<BrowsedNode> nodes = open.browse(node, depth, limit);
            health.answered(open.lastRoundTrip());
            return nodes;
        } catch (OpcUaProbe.Failure e) {
            throw failed(e.getMessage(), e.quality());
        }
    }

    /**
     * Reads nodes once with the Read service, connecting first when needed.
     *
     * @param nodeIds the nodes
     * @return per node id its value, StatusCode and timestamps
     * @throws Failure when the server cannot be reached or does not answer
     */
    public Map<String, Sample> read(List<String> nodeIds) throws Failure {
        OpcUaProbe open = open();
        try {
            Map<String, Sample> values = open.read(nodeIds);
            health.answered(open.lastRoundTrip());
            return values;
        } catch (OpcUaProbe.Failure e) {
            throw failed(e.getMessage(), e.quality());
        }
    }

    /**
     * Reads what a write needs (value, data type, the user's write access), connecting first when needed.
     *
     * @param nodeId the node
     * @return its facts
     * @throws Failure when the server cannot be reached or does not answer
     */
    public OpcUaProbe.WritableNode writableNode(String nodeId) throws Failure {
        OpcUaProbe open = open();
        try {
            OpcUaProbe.WritableNode node = open.writableNode(nodeId);
            health.answered(open.lastRoundTrip());
            return node;
        } catch (OpcUaProbe.Failure e) {
            throw failed(e.getMessage(), e.quality());
        }
    }

    /**
     * Writes one value of the node's data type. Only {@link org.fieldbridge.commissioning.write.ControllerWrites}
     * calls this: it checks the policy and audits.
     *
     * @param nodeId the node
     * @param dataType its built-in data type
     * @param value the value
     * @return empty when the server accepted it, else its StatusCode's name
     * @throws Failure when the server cannot be reached or does not answer
     */
    public java.util.Optional<String> write(String nodeId, String dataType, Object value) throws Failure {
        OpcUaProbe open = open();
        try {
            java.util.Optional<String> refused = open.write(nodeId, dataType, value);
            health.answered(open.lastRoundTrip());
            return refused;
        } catch (OpcUaProbe.Failure e) {
            throw failed(e.getMessage(), e.quality());
        }
    }

    private OpcUaProbe open() throws Failure {
        if (probe != null && probe.isOpen()) {
            return probe;
        }
        OpcUaEndpointSettings settings;
        try {
            settings = access.settings(controller);
        } catch (IllegalArgumentException e) {
            throw failed(e.getMessage(), Quality.BAD_CONFIGURATION_ERROR.withDetail(e.getMessage()));
        }
        try {
            probe = OpcUaProbe.connect(settings);
            health.connected(probe.lastRoundTrip());
            return probe;
        } catch (OpcUaProbe.Failure e) {
            String why = e.getMessage();
            if (why.startsWith("certificates not trusted")) {
                why += "; this client's certificate: " + access.clientCertificateFile() + ", trusted servers: "
                        + access.trustedFolder(controller.name());
            }
            throw failed(why, e.quality());
        }
    }

    private Failure failed(String why, Quality quality) {
        dropProbe();
        health.failed(why);
        return new Failure(why, quality);
    }

    /** Closes the probe, if any; what it last did stays in {@link #status()}. */
    private void dropProbe() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}
