/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * One commissioning session with an OPC UA server, with the runtime's own client set-up ({@link MiloClientFactory}:
 * exactly the configured policy and mode, the identity, the client certificate and trusted servers): browse the
 * address space, read values once with the Read service (no subscription); for commissioning's confirmed writes
 * only, write one value of the node's own data type ({@link #write}).
 * Errors are in plant words ({@link Failure}). One caller at a time.
 */
public final class OpcUaProbe implements AutoCloseable {

    /** The server could not be reached, refused the session or did not answer; the message says why in plant words. */
    public static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Quality quality;

        Failure(String message, Quality quality) {
            super(message);
            this.quality = quality;
        }

        /** @return the quality the values get, e.g. Bad_NoCommunication with the reason */
        public Quality quality() {
            return quality;
        }
    }

    /**
     * What a write to a variable needs to know first.
     *
     * @param nodeId the node in string form
     * @param dataType its built-in data type, e.g. {@code Double} (empty when it is not a built-in type)
     * @param writable whether the session's user may write its value (UserAccessLevel CurrentWrite)
     * @param value its value now, with status and timestamps
     */
    public record WritableNode(String nodeId, String dataType, boolean writable, Sample value) {
    }

    private final OpcUaEndpointSettings settings;
    private final OpcUaClient client;
    private Duration lastRoundTrip;
    private boolean open = true;

    private OpcUaProbe(OpcUaEndpointSettings settings, OpcUaClient client, Duration roundTrip) {
        this.settings = settings;
        this.client = client;
        this.lastRoundTrip = roundTrip;
    }

    /**
     * Opens a session (secure channel, session, identity) as the runtime would.
     *
     * @param settings the endpoint, security and identity
     * @return the open session
     * @throws Failure when it cannot be opened, saying why in plant words (never the password)
     */
    public static OpcUaProbe connect(OpcUaEndpointSettings settings) throws Failure {
        long start = System.nanoTime();
        OpcUaClient client = null;
        try {
            client = MiloClientFactory.create(settings);
            client.connectAsync().get(settings.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            return new OpcUaProbe(settings, client, Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (client != null) {
                disconnect(client, settings);
            }
            throw failure(e, settings);
        }
    }

    static Failure failure(Throwable e, OpcUaEndpointSettings settings) {
        String why = FailureReason.of(e, settings);
        return new Failure(why, Quality.BAD_NO_COMMUNICATION.withDetail(settings.endpointUrl() + ": " + why));
    }

    /** @return the endpoint, security and identity of this session */
    public OpcUaEndpointSettings settings() {
        return settings;
    }

    /** @return the duration of the last request (or of opening the session) */
    public Duration lastRoundTrip() {
        return lastRoundTrip;
    }

    /** @return whether the session is open (not closed, not failed) */
    public boolean isOpen() {
        return open;
    }

    /**
     * Reads the current value of nodes once (Read service, max age 0: from the device, both timestamps).
     *
     * @param nodeIds nodes in OPC UA string form, e.g. {@code ns=2;s=Zone1.Temp}
     * @return per node id, its value with the server's StatusCode and timestamps; a node id that is not one gets
     *         Bad_NodeIdInvalid
     * @throws Failure when the server does not answer or the session is gone
     */
    public Map<String, Sample> read(List<String> nodeIds) throws Failure {
        Map<String, Sample> samples = new LinkedHashMap<>();
        List<String> valid = new ArrayList<>();
        List<NodeId> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (String id : nodeIds) {
            NodeId parsed;
            try {
                parsed = NodeIdText.resolve(id, client).orElse(null);
            } catch (IllegalArgumentException e) {
                samples.put(id, new Sample(null, Quality.of((int) 0x80330000L)
                        .withDetail("'" + id + "' is not a NodeId (e.g. ns=2;s=Zone1.Temp)"), now, now));
                continue;
            }
            if (parsed == null) {
                samples.put(id, new Sample(null, Quality.of((int) 0x80340000L)
                        .withDetail(NodeIdText.unknownNamespace(id)), now, now));
            } else {
                valid.add(id);
                ids.add(parsed);
            }
        }
        List<DataValue> values = timed(() -> client.readValues(0.0, TimestampsToReturn.Both, ids));
        for (int i = 0; i < valid.size(); i++) {
            samples.put(valid.get(i), sample(values.get(i)));
        }
        return samples;
    }

    /**
     * Walks the address space below a node through its hierarchical references. Nodes of namespace 0 below the
     * start (the server's own objects and diagnostics) are listed but not expanded; name one to browse it.
     *
     * @param start the node to start at in string form; null for the Objects folder
     * @param depth how many levels below the start to list (0: the start alone)
     * @param limit the most nodes to list
     * @return the nodes in hierarchy order (each node followed by its children), the start first
     * @throws Failure when the server does not answer or the session is gone
     * @throws IllegalArgumentException when start is not a NodeId
     */
    public List<BrowsedNode> browse(String start, int depth, int limit) throws Failure {
        if (start != null && !NodeIdText.isNodeId(start)) {
            throw new IllegalArgumentException("'" + start + "' is not a NodeId; write it as ns=2;s=Zone1.Temp or i=85");
        }
        NodeId startId = start == null ? AddressSpaceWalk.OBJECTS_FOLDER : nodeId(start);
        return timed(() -> new AddressSpaceWalk(client, limit).walk(startId, depth));
    }

    /**
     * Reads what a write needs: the value, the built-in data type and the session user's write access.
     *
     * @param nodeId the node, e.g. {@code ns=2;s=Zone1.SP}
     * @return its facts
     * @throws Failure when the server does not answer or the session is gone
     * @throws IllegalArgumentException when the text is not a NodeId
     */
    public WritableNode writableNode(String nodeId) throws Failure {
        NodeId id = nodeId(nodeId);
        return timed(() -> NodeWrite.describe(client, id));
    }

    /**
     * Writes one value, converted to the node's data type (a whole number to an Int16 node, a number to a Float
     * node); the caller decides whether writing is allowed.
     *
     * @param nodeId the node
     * @param dataType its built-in data type, from {@link #writableNode}
     * @param value the value
     * @return empty when the server accepted it, else its StatusCode's name ({@code Bad_NotWritable},
     *         {@code Bad_UserAccessDenied}, {@code Bad_OutOfRange})
     * @throws Failure when the server does not answer or the session is gone
     * @throws IllegalArgumentException when the value does not fit the data type, saying why
     */
    public java.util.Optional<String> write(String nodeId, String dataType, Object value) throws Failure {
        NodeId id = nodeId(nodeId);
        Object converted = NodeWrite.convert(dataType, value);
        var status = timed(() -> NodeWrite.write(client, id, converted));
        return status.isGood() ? java.util.Optional.empty() : java.util.Optional.of(NodeWrite.refusal(status));
    }

    /**
     * @param dataType a built-in data type name
     * @param value a value
     * @return the value as it would be written, e.g. 215 for an Int16 node given 215.0
     * @throws IllegalArgumentException when it does not fit, saying why
     */
    public static Object asWritten(String dataType, Object value) {
        Object converted = NodeWrite.convert(dataType, value);
        return converted instanceof Number || converted instanceof Boolean || converted instanceof String ? converted
                : converted.toString();
    }

    private NodeId nodeId(String text) {
        return NodeIdText.resolve(text, client)
                .orElseThrow(() -> new IllegalArgumentException(NodeIdText.unknownNamespace(text)));
    }

    /** A request to the server. */
    interface Request<T> {
        T call() throws Exception;
    }

    private <T> T timed(Request<T> request) throws Failure {
        if (!open) {
            throw new Failure("session closed", Quality.BAD_NOT_CONNECTED);
        }
        long start = System.nanoTime();
        try {
            T result = request.call();
            lastRoundTrip = Duration.ofNanos(System.nanoTime() - start);
            return result;
        } catch (IllegalArgumentException e) {
            throw e; // a node the server does not have: the session is fine
        } catch (Exception e) {
            lastRoundTrip = Duration.ofNanos(System.nanoTime() - start);
            close();
            throw failure(e, settings);
        }
    }

    static Sample sample(DataValue value) {
        Object v = value.getValue() == null ? null : value.getValue().getValue();
        Instant now = Instant.now();
        return new Sample(v, Quality.of((int) value.getStatusCode().getValue()), instant(value.getSourceTime(), now),
                instant(value.getServerTime(), now));
    }

    private static Instant instant(DateTime time, Instant fallback) {
        return time == null || time.isNull() ? fallback : time.getJavaInstant();
    }

    private static void disconnect(OpcUaClient client, OpcUaEndpointSettings settings) {
        try {
            client.disconnectAsync().get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // closing anyway
        }
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            disconnect(client, settings);
        }
    }
}
