/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.semantics;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.fieldbridge.core.endpoint.HostPort;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.dsl.scoping.PlantImports;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.Endpoint;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Plant;

/**
 * Where a connection's controller is. The plant is the home of a controller's address (its wiring, shared by
 * import, commissioning and every {@code .twin}): a connection names a plant controller and inherits its
 * endpoint; an address written on the connection overrides it (the checker reports that). Both are read with
 * the one endpoint syntax of {@code org.fieldbridge.core.endpoint}.
 */
public final class ConnectionEndpoints {

    /** The Modbus unit id when neither the plant nor the connection gives one. */
    public static final int DEFAULT_UNIT_ID = 1;

    private ConnectionEndpoints() {
    }

    /**
     * Where a Modbus TCP device answers.
     *
     * @param address host and port
     * @param unitId  the unit identifier, 0..255
     */
    public record ModbusTarget(HostPort address, int unitId) {
        @Override
        public String toString() {
            return address + " unit " + unitId;
        }
    }

    /**
     * The controller of the imported plants that a connection names.
     *
     * @param connection the connection
     * @return the controller, or {@code null} when no imported plant has one of that name
     */
    public static Controller controller(Connection connection) {
        EObject root = connection.eResource() == null ? null : connection.eResource().getContents().get(0);
        if (!(root instanceof TwinModel model) || connection.getName() == null) {
            return null;
        }
        for (PlantImport plantImport : model.getImports()) {
            Resource resource = PlantImports.load(plantImport);
            if (resource != null && resource.getContents().get(0) instanceof Plant plant) {
                for (Controller controller : plant.getControllers()) {
                    if (connection.getName().equals(controller.getName())) {
                        return controller;
                    }
                }
            }
        }
        return null;
    }

    /** @return the named controller's Modbus TCP endpoint, or {@code null} */
    public static ModbusTcpEndpoint plantModbus(Connection connection) {
        return endpoint(controller(connection), ModbusTcpEndpoint.class);
    }

    /** @return the named controller's OPC UA endpoint, or {@code null} */
    public static OpcUaEndpoint plantOpcUa(Connection connection) {
        return endpoint(controller(connection), OpcUaEndpoint.class);
    }

    private static <T extends Endpoint> T endpoint(Controller controller, Class<T> type) {
        if (controller != null) {
            for (Endpoint endpoint : controller.getEndpoints()) {
                if (type.isInstance(endpoint)) {
                    return type.cast(endpoint);
                }
            }
        }
        return null;
    }

    /** @return the plant's address of the named controller, or {@code null} when it has none or a broken one */
    public static ModbusTarget plantTarget(ModbusConnection connection) {
        ModbusTcpEndpoint endpoint = plantModbus(connection);
        if (endpoint == null) {
            return null;
        }
        try {
            return new ModbusTarget(new HostPort(endpoint.getHost(), endpoint.getPort()), endpoint.getUnitId());
        } catch (IllegalArgumentException e) {
            return null; // a plant rule reports it
        }
    }

    /** @return the address written on the connection, or {@code null} when none is written or it is malformed */
    public static HostPort writtenAddress(ModbusConnection connection) {
        if (connection.getEndpoint() == null) {
            return null;
        }
        try {
            return HostPort.parse(connection.getEndpoint(), ModbusLimits.DEFAULT_TCP_PORT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The address the runtime connects to: what the connection writes, else the plant's.
     *
     * @param connection the connection
     * @return the target, or {@code null} when there is no usable address
     */
    public static ModbusTarget target(ModbusConnection connection) {
        ModbusTarget plant = plantTarget(connection);
        HostPort address = connection.getEndpoint() != null ? writtenAddress(connection)
                : plant == null ? null : plant.address();
        if (address == null) {
            return null;
        }
        return new ModbusTarget(address, unitId(connection, plant));
    }

    /**
     * @param connection the connection
     * @return the unit id: the connection's {@code unit}, else the plant endpoint's, else 1
     */
    public static int unitId(ModbusConnection connection) {
        return unitId(connection, plantTarget(connection));
    }

    private static int unitId(ModbusConnection connection, ModbusTarget plant) {
        if (connection.isUnitGiven()) {
            return connection.getUnitId();
        }
        if (plant != null) {
            return plant.unitId();
        }
        ModbusTcpEndpoint endpoint = plantModbus(connection); // a broken host still leaves the unit id
        return endpoint != null ? endpoint.getUnitId() : DEFAULT_UNIT_ID;
    }

    /** @return the plant's URL of the named controller, or {@code null} when it has none or a broken one */
    public static OpcUaUrl plantUrl(OpcUaConnection connection) {
        OpcUaEndpoint endpoint = plantOpcUa(connection);
        return endpoint == null ? null : parseOrNull(endpoint.getEndpointUrl());
    }

    /** @return the URL written on the connection, or {@code null} when none is written or it is malformed */
    public static OpcUaUrl writtenUrl(OpcUaConnection connection) {
        return connection.getEndpoint() == null ? null : parseOrNull(connection.getEndpoint());
    }

    /**
     * The URL the runtime connects to: what the connection writes, else the plant's.
     *
     * @param connection the connection
     * @return the URL, or {@code null} when there is no usable one
     */
    public static OpcUaUrl url(OpcUaConnection connection) {
        return connection.getEndpoint() != null ? writtenUrl(connection) : plantUrl(connection);
    }

    private static OpcUaUrl parseOrNull(String text) {
        try {
            return OpcUaUrl.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
