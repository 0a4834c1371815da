/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.util.Objects;

import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;

/**
 * An OPC UA controller connection as the model declares it. Deployment-specific parts (the endpoint
 * URL, the user, the secret reference) can be overridden in the runtime configuration; the password
 * itself is resolved from its reference when the runtime starts and never stored.
 *
 * @param name the connection's name in the .twin file, e.g. {@code Oven2}
 * @param endpointUrl the default endpoint URL
 * @param policy the security policy
 * @param mode the message security mode
 * @param user the user name, or null for an anonymous session
 * @param passwordRef the reference to the user's password ({@code env:NAME}, {@code file:PATH}), or null
 * @param publishingInterval the subscription's publishing interval
 */
public record OpcUaConnection(String name, String endpointUrl, OpcUaEndpointSettings.Policy policy,
        OpcUaEndpointSettings.Mode mode, String user, String passwordRef, Duration publishingInterval) {

    public OpcUaConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(publishingInterval, "publishingInterval");
        if ((user == null) != (passwordRef == null)) {
            throw new IllegalArgumentException("connection " + name + ": a user needs a password reference and "
                    + "a password reference needs a user");
        }
    }
}
