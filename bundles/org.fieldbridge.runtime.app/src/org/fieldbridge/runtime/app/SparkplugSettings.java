/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbridge.core.secrets.SecretReference;

/**
 * The {@code sparkplug.*} keys of fieldbridge-runtime.properties (docs/sparkplug.md): the Sparkplug B edge
 * node is on when {@code sparkplug.brokerUrl} is set.
 *
 * @param brokerUrl the MQTT broker ({@code tcp://host:port})
 * @param clientId the MQTT client id; null for {@code fieldbridge-<edge node id>}
 * @param groupId the group id; null to derive it from the plant hierarchy
 * @param edgeNodeId the edge node id; null for the twin's name
 * @param username the MQTT user, or null
 * @param password the secret reference of the MQTT password, or null
 * @param keepAlive the MQTT keep-alive, or null for the default (30 s)
 * @param queueMaxSamples the bound of the store-and-forward queue, or null for the default (10,000,000)
 * @param primaryHostId the primary host application whose STATE gates publishing, or null for none
 * @param tls TLS to an {@code ssl://} broker; null for {@code tcp://}
 */
public record SparkplugSettings(String brokerUrl, String clientId, String groupId, String edgeNodeId,
        String username, SecretReference password, Duration keepAlive, Long queueMaxSamples, String primaryHostId,
        SparkplugTlsSettings tls) {

    /** The keys, all optional but the broker URL. */
    static final List<String> KEYS = Stream.concat(Stream.of("sparkplug.brokerUrl",
            "sparkplug.clientId", "sparkplug.groupId", "sparkplug.edgeNodeId", "sparkplug.username",
            "sparkplug.password", "sparkplug.keepAlive", "sparkplug.queue.maxSamples", "sparkplug.primaryHostId"),
            SparkplugTlsSettings.KEYS.stream()).toList();
}
