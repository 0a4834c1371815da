/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.core.endpoint.HostPort;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.modbus.ModbusLimits;

/**
 * Where controllers really are on this site or test rig, given as {@code NAME=host:port} (Modbus, or the host
 * and port of an OPC UA endpoint keeping its path) or {@code NAME=opc.tcp://host:port/path}: ports differ on a
 * rig, a gateway sits in front of a controller. Parsed by the one endpoint parser the language and the runtime
 * use ({@code org.fieldbridge.core.endpoint}).
 */
public final class EndpointOverrides {

    /** No override. */
    public static final EndpointOverrides NONE = new EndpointOverrides(Map.of());

    private final Map<String, String> byName;

    private EndpointOverrides(Map<String, String> byName) {
        this.byName = byName;
    }

    /**
     * @param specs e.g. {@code PLC4=127.0.0.1:15020}
     * @param model the controllers they must name
     * @return the overrides
     * @throws IllegalArgumentException naming the wrong one and why, in plant words
     */
    public static EndpointOverrides parse(List<String> specs, CommissioningModel model) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--endpoint " + spec + ": write NAME=host:port, e.g. PLC4=127.0.0.1:5020");
            }
            String name = spec.substring(0, eq).strip();
            String target = spec.substring(eq + 1).strip();
            Controller controller = model.controller(name).orElseThrow(() -> new IllegalArgumentException(
                    "--endpoint " + spec + ": there is no connection " + name + " (connections: "
                            + String.join(", ", model.controllers().stream().map(Controller::name).toList()) + ")"));
            try {
                check(controller, target);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--endpoint " + spec + ": " + e.getMessage(), e);
            }
            byName.put(name, target);
        }
        return new EndpointOverrides(byName);
    }

    private static void check(Controller controller, String target) {
        if (controller instanceof Controller.Modbus) {
            HostPort.parse(target, ModbusLimits.DEFAULT_TCP_PORT);
        } else if (target.contains("://")) {
            OpcUaUrl.parse(target);
        } else {
            HostPort.parse(target, OpcUaUrl.DEFAULT_PORT);
        }
    }

    /**
     * @param controller a controller of the model
     * @return it at its overridden address, or unchanged
     */
    public Controller apply(Controller controller) {
        String target = byName.get(controller.name());
        if (target == null) {
            return controller;
        }
        if (controller instanceof Controller.Modbus modbus) {
            HostPort address = HostPort.parse(target, ModbusLimits.DEFAULT_TCP_PORT);
            return modbus.at(address.host(), address.port());
        }
        Controller.OpcUa opcua = (Controller.OpcUa) controller;
        if (target.contains("://")) {
            return opcua.at(OpcUaUrl.parse(target).toString());
        }
        OpcUaUrl url = OpcUaUrl.parse(opcua.endpoint());
        HostPort address = HostPort.parse(target, url.address().port());
        return opcua.at(new OpcUaUrl(url.scheme(), address, url.path()).toString());
    }
}
