/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.time.Duration;

/** A controller a .twin connection reads, with the settings the runtime would use (after any override). */
public sealed interface Controller permits Controller.Modbus, Controller.OpcUa {

    /** @return the connection's name in the .twin file, e.g. {@code PLC4} */
    String name();

    /** @return where it is, e.g. {@code 127.0.0.1:5020 unit 1} or the endpoint URL */
    String where();

    /**
     * A Modbus TCP controller.
     *
     * @param name the connection's name
     * @param host host name or address
     * @param port TCP port
     * @param unitId the unit id of its mappings
     * @param connectTimeout the longest wait for the connection
     * @param responseTimeout the longest wait for one answer
     * @param maxRegisters registers per request
     * @param maxGap unused registers a request may bridge, or -1: gaps by the device's measured cost
     */
    record Modbus(String name, String host, int port, int unitId, Duration connectTimeout, Duration responseTimeout,
            int maxRegisters, int maxGap) implements Controller {

        @Override
        public String where() {
            return host + ":" + port + " unit " + unitId;
        }

        /**
         * @param newHost the host to use
         * @param newPort the port to use
         * @return this controller at another address (a test rig, a gateway)
         */
        public Modbus at(String newHost, int newPort) {
            return new Modbus(name, newHost, newPort, unitId, connectTimeout, responseTimeout, maxRegisters, maxGap);
        }
    }

    /**
     * An OPC UA server.
     *
     * @param name the connection's name
     * @param endpoint the endpoint URL
     * @param policy the security policy, e.g. {@code Basic256Sha256}
     * @param mode the message security mode, e.g. {@code SIGN_AND_ENCRYPT}
     * @param user the user name, null for anonymous
     * @param passwordRef the secret reference of the password (never its value), null for anonymous
     */
    record OpcUa(String name, String endpoint, String policy, String mode, String user, String passwordRef)
            implements Controller {

        @Override
        public String where() {
            return endpoint;
        }

        /**
         * @param newEndpoint the endpoint URL to use
         * @return this server at another endpoint
         */
        public OpcUa at(String newEndpoint) {
            return new OpcUa(name, newEndpoint, policy, mode, user, passwordRef);
        }
    }
}
