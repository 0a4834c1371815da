/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.opcua;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
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
     * @param nodeId the node's id in the server's namespace ({@link AddressSpaceDescription#idOf})
     * @param type   the node's data type
     * @param scale  engineering units per raw unit of the node (a mapping's {@code scale}; 1: none)
     * @param offset engineering value at raw 0 (a mapping's {@code offset})
     */
    public record NodeBinding(String signal, String nodeId, SignalType type, double scale, double offset) {
        public NodeBinding {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(type, "type");
            if (scale == 0 || Double.isNaN(scale)) {
                throw new IllegalArgumentException("scale of " + signal + " must be a non-zero number");
            }
        }

        /** A node showing the signal's engineering value as it is. */
        public NodeBinding(String signal, String nodeId, SignalType type) {
            this(signal, nodeId, type, 1, 0);
        }
    }

    private final TwinServerConfig config;
    private final AddressSpaceDescription addressSpace;
    private final List<NodeBinding> bindings;
    private volatile TwinOpcUaServer server;

    public SimulatedOpcUaController(TwinServerConfig config, AddressSpaceDescription addressSpace,
            List<NodeBinding> bindings) {
        this.config = config;
        this.addressSpace = addressSpace;
        this.bindings = List.copyOf(bindings);
    }

    @Override
    public synchronized void start() throws Exception {
        if (server == null) {
            server = TwinOpcUaServer.start(config, addressSpace);
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
            s.publish(b.nodeId(), Sample.good(typed(raw, b.type()), now));
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
