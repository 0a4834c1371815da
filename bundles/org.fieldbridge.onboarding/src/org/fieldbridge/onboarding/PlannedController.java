/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

/**
 * A controller an import adds to the plant and the .twin file: a Modbus TCP slave or an OPC UA server, with where
 * it is and how it is secured. Never a password: {@link #passwordRef()} is a secret reference.
 *
 * @param name the controller's and connection's name
 * @param opcua whether it is an OPC UA server (else Modbus TCP)
 * @param host Modbus host
 * @param port Modbus port
 * @param unitId Modbus unit id
 * @param endpointUrl OPC UA endpoint URL
 * @param policy OPC UA security policy as the .twin writes it ({@code None}, {@code Basic256Sha256}, ...)
 * @param mode OPC UA message security mode as the .twin writes it ({@code none}, {@code sign},
 *        {@code sign-and-encrypt})
 * @param user OPC UA user name, null for anonymous
 * @param passwordRef the password's secret reference ({@code env:NAME}), null for anonymous
 * @param review why its address needs checking (empty when given on the command line or browsed)
 */
public record PlannedController(String name, boolean opcua, String host, int port, int unitId, String endpointUrl,
        String policy, String mode, String user, String passwordRef, String review) {

    /** @return where it is, for messages */
    public String where() {
        return opcua ? endpointUrl : host + ":" + port + " unit " + unitId;
    }
}
