/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.opcua;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.ControllerNode;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.SimulatedController;

/**
 * A simulated controller with an OPC UA server (e.g. the curing oven's Oven2): the Fieldbridge OPC UA server
 * with the controller's nodes, secured like the real runtime server (SignAndEncrypt, user name), publishing
 * the simulated values on every tick.
 */
public final class SimulatedOpcUaController implements SimulatedController {

    /**
     * A simulated signal published at a node.
     *
     * @param signal the simulated signal, {@code Equipment.Signal}
     * @param nodeId the node's id in the server's namespace ({@link AddressSpaceDescription#idOf}), or with a
     *               {@code namespaceUri} the string identifier in that namespace, as it is ({@code "Temp_Sensor_7A"})
     * @param type   the node's data type
     * @param scale  engineering units per raw unit of the node (a mapping's {@code scale}; 1: none)
     * @param offset engineering value at raw 0 (a mapping's {@code offset})
     * @param writable whether clients may write the node (a setpoint; measurements stay read-only)
     * @param namespaceUri null for the server's own (twin) namespace; else the namespace the controller's
     *               firmware names ({@code http://www.siemens.com/simatic-s7-opcua}), served as a {@link ControllerNode}
     */
    public record NodeBinding(String signal, String nodeId, SignalType type, double scale, double offset,
            boolean writable, String namespaceUri) {
        public NodeBinding {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(type, "type");
            if (scale == 0 || Double.isNaN(scale)) {
                throw new IllegalArgumentException("scale of " + signal + " must be a non-zero number");
            }
        }

        /** A node of the server's own namespace. */
        public NodeBinding(String signal, String nodeId, SignalType type, double scale, double offset,
                boolean writable) {
            this(signal, nodeId, type, scale, offset, writable, null);
        }

        /** A read-only node showing the signal through a scale and offset. */
        public NodeBinding(String signal, String nodeId, SignalType type, double scale, double offset) {
            this(signal, nodeId, type, scale, offset, false);
        }

        /** A read-only node showing the signal's engineering value as it is (a measurement). */
        public NodeBinding(String signal, String nodeId, SignalType type) {
            this(signal, nodeId, type, 1, 0, false);
        }

        /** @return the node of another namespace this binding names, or null for one of the server's own */
        public ControllerNode controllerNode() {
            return namespaceUri == null ? null : new ControllerNode(namespaceUri, nodeId, type);
        }

        /** @return a node showing a setpoint as it is, which clients may write */
        public static NodeBinding setpoint(String signal, String nodeId, SignalType type) {
            return new NodeBinding(signal, nodeId, type, 1, 0, true);
        }
    }

    private final TwinServerConfig config;
    private final AddressSpaceDescription addressSpace;
    private final List<NodeBinding> bindings;
    private final BiConsumer<String, Double> written;
    private volatile TwinOpcUaServer server;

    /** A controller whose nodes are all read-only. */
    public SimulatedOpcUaController(TwinServerConfig config, AddressSpaceDescription addressSpace,
            List<NodeBinding> bindings) {
        this(config, addressSpace, bindings, (signal, value) -> {
        });
    }

    /**
     * @param written told the engineering value of every write to a {@link NodeBinding#writable() writable} node
     *                (signal, value), so that the simulated plant follows it (a written setpoint stays)
     */
    public SimulatedOpcUaController(TwinServerConfig config, AddressSpaceDescription addressSpace,
            List<NodeBinding> bindings, BiConsumer<String, Double> written) {
        this.config = config;
        this.addressSpace = addressSpace;
        this.bindings = List.copyOf(bindings);
        this.written = written;
    }

    @Override
    public synchronized void start() throws Exception {
        if (server == null) {
            List<ControllerNode> controllerNodes = bindings.stream().map(NodeBinding::controllerNode)
                    .filter(Objects::nonNull).toList();
            server = TwinOpcUaServer.start(config, addressSpace, controllerNodes);
            for (NodeBinding b : bindings) {
                if (b.writable()) {
                    Consumer<Sample> write = sample -> {
                        if (sample.value() instanceof Number raw) {
                            written.accept(b.signal(), raw.doubleValue() * b.scale() + b.offset());
                        }
                    };
                    if (b.namespaceUri() == null) {
                        server.acceptWrites(b.nodeId(), write);
                    } else {
                        server.acceptWrites(b.controllerNode(), write);
                    }
                }
            }
        }
    }

    @Override
    public void update(ToDoubleFunction<String> values) {
        TwinOpcUaServer s = server;
        if (s == null) {
            return;
        }
        Instant now = Instant.now();
        for (NodeBinding b : bindings) {
            double raw = (values.applyAsDouble(b.signal()) - b.offset()) / b.scale();
            Sample sample = Sample.good(typed(raw, b.type()), now);
            if (b.namespaceUri() == null) {
                s.publish(b.nodeId(), sample);
            } else {
                s.publish(b.controllerNode(), sample);
            }
        }
    }

    private static Object typed(double value, SignalType type) {
        return switch (type) {
            case BOOLEAN -> value != 0;
            case INT16 -> (short) Math.round(value);
            case UINT16, INT32 -> (int) Math.round(value);
            case UINT32, INT64 -> Math.round(value);
            case FLOAT -> (float) value;
            case DOUBLE -> value;
            case STRING -> String.valueOf(Math.round(value)); // texts are batch ids: whole numbers
        };
    }

    /**
     * @return the mapped nodes by namespace, for the start banner, e.g. {@code 12 nodes: 12 in
     *         http://www.siemens.com/simatic-s7-opcua (ns=3)}; indexes only once started
     */
    public String servedNodes() {
        TwinOpcUaServer s = server;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> index = new LinkedHashMap<>();
        for (NodeBinding b : bindings) {
            String namespace = b.namespaceUri() == null ? "its own namespace" : b.namespaceUri();
            counts.merge(namespace, 1, Integer::sum);
            if (s != null && !index.containsKey(namespace)) {
                String id = b.namespaceUri() == null ? s.nodeId(b.nodeId()) : s.nodeId(b.controllerNode());
                index.put(namespace, id.substring(0, id.indexOf(';')));
            }
        }
        return bindings.size() + " nodes" + (counts.isEmpty() ? "" : ": ") + String.join(", ", counts.entrySet().stream()
                .map(e -> e.getValue() + " in " + e.getKey() + (index.containsKey(e.getKey())
                        ? " (" + index.get(e.getKey()) + ")" : ""))
                .toList());
    }

    /** @return the running server (for endpoint URLs, node ids and trusting clients), or null before start */
    public TwinOpcUaServer server() {
        return server;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                // closing is best effort
            }
            server = null;
        }
    }
}
