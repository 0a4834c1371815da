/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.time.Duration;
import java.util.Objects;

/**
 * How the edge node reaches its broker (the {@code sparkplug.*} keys of fieldbridge-runtime.properties,
 * docs/sparkplug.md). The password is the resolved secret; it is never part of {@link #toString()}.
 *
 * @param brokerUrl the MQTT broker, e.g. {@code tcp://broker.example:1883}
 * @param clientId the MQTT client id (unique at the broker)
 * @param username the MQTT user name, or null to connect without one
 * @param password the MQTT password (resolved from its secret reference), or null
 * @param keepAlive the MQTT keep-alive: the broker publishes the NDEATH at most 1.5 times this after the
 *        runtime stopped answering
 * @param tls the CA certificates (and client certificate) of an {@code ssl://} broker, or null: plain MQTT,
 *        or for {@code ssl://} the Java runtime's default CAs
 */
public record SparkplugConfig(String brokerUrl, String clientId, String username, char[] password,
        Duration keepAlive, BrokerTls tls) {

    /** The keep-alive when none is configured. */
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);

    public SparkplugConfig {
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(clientId, "clientId");
        keepAlive = keepAlive == null ? DEFAULT_KEEP_ALIVE : keepAlive;
        if (keepAlive.toSeconds() < 1) {
            throw new IllegalArgumentException("the MQTT keep-alive is at least 1 s, not " + keepAlive);
        }
        password = password == null ? null : password.clone();
    }

    /** A configuration without TLS settings of its own. */
    public SparkplugConfig(String brokerUrl, String clientId, String username, char[] password, Duration keepAlive) {
        this(brokerUrl, clientId, username, password, keepAlive, null);
    }

    /** @return this configuration with TLS to the broker as given */
    public SparkplugConfig withTls(BrokerTls brokerTls) {
        return new SparkplugConfig(brokerUrl, clientId, username, password, keepAlive, brokerTls);
    }

    /** @return a configuration without credentials and with the default keep-alive */
    public static SparkplugConfig anonymous(String brokerUrl, String clientId) {
        return new SparkplugConfig(brokerUrl, clientId, null, null, null);
    }

    @Override
    public String toString() {
        return "SparkplugConfig[" + brokerUrl + ", client " + clientId
                + (username == null ? "" : ", user " + username) + ", keep-alive " + keepAlive
                + (tls == null ? "" : ", " + tls) + "]";
    }
}
