/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.runtime.SampleSink;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusPoller;
import org.fieldbridge.runtime.opcua.ClientCertificateStore;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.ClientCertificate;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Identity;
import org.fieldbridge.runtime.opcua.OpcUaSource;
import org.fieldbridge.runtime.opcua.TrustedServerCertificates;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acquisition of a twin: one {@link ModbusPoller} per Modbus controller and one {@link OpcUaSource} per
 * OPC UA controller, with the deployment's overrides applied. A controller that is down is not an error:
 * its signals are Bad and reconnects go on in the background.
 */
final class ControllerConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerConnections.class);
    private static final Duration OPCUA_REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final List<ModbusPoller> pollers = new ArrayList<>();
    private final List<OpcUaSource> sources = new ArrayList<>();
    private final List<ControllerHealth> health = new ArrayList<>();
    private final Path clientCertificateFile;

    private ControllerConnections(Path clientCertificateFile) {
        this.clientCertificateFile = clientCertificateFile;
    }

    /**
     * Prepares (does not start) the acquisition; creates the runtime's OPC UA client certificate on first use.
     *
     * @throws IOException when the client certificate or a trusted certificate cannot be read
     */
    static ControllerConnections create(TwinAssembly twin, RuntimeConfiguration config, SampleSink sink, Clock clock)
            throws IOException {
        boolean secure = twin.opcUaDevices().stream()
                .anyMatch(d -> d.connection().policy() != OpcUaEndpointSettings.Policy.NONE);
        ClientCertificateStore store = new ClientCertificateStore(config.clientPkiDirectory());
        ClientCertificate client = null;
        if (secure) {
            List<String> hosts = config.server().hostnames().isEmpty() ? List.of(config.server().bindAddress())
                    : config.server().hostnames();
            client = store.openOrCreate("urn:fieldbridge:runtime:" + twin.name() + ":client",
                    "Fieldbridge runtime " + twin.name() + " (client)", hosts,
                    () -> config.resolve(config.server().keyStorePassword()));
        }
        ControllerConnections connections = new ControllerConnections(secure ? store.certificateFile() : null);
        try {
            for (TwinAssembly.ModbusDevice device : twin.modbusDevices()) {
                ModbusConnection connection = modbus(device, config);
                ControllerHealth h = connections.health(device.name(), "Modbus TCP", connection.toString());
                connections.pollers.add(new ModbusPoller(connection, device.tags(), sink, h));
            }
            for (TwinAssembly.OpcUaDevice device : twin.opcUaDevices()) {
                OpcUaConnection c = device.connection();
                OpcUaEndpointSettings settings = opcua(c, config, client);
                ControllerHealth h = connections.health(c.name(), "OPC UA", settings.endpointUrl());
                connections.sources.add(new OpcUaSource(settings, device.signals(), c.publishingInterval(),
                        config.backoff(BackoffPolicy.DEFAULT), sink, clock, h));
            }
        } catch (IOException | RuntimeException e) {
            connections.close();
            throw e;
        }
        return connections;
    }

    /** @return the health record of a controller, logging its connection changes */
    private ControllerHealth health(String name, String protocol, String address) {
        ControllerHealth h = ControllerHealth.of(name, protocol);
        h.addListener(new ConnectionLog(name + " (" + protocol + " " + address + ")", ConnectionLog.DEFAULT_REMINDER,
                System::nanoTime));
        health.add(h);
        return h;
    }

    /** @return the connection state and statistics of every controller, Modbus first, in assembly order */
    List<ControllerHealth> health() {
        return health;
    }

    private static ModbusConnection modbus(TwinAssembly.ModbusDevice device, RuntimeConfiguration config) {
        ModbusConnection c = device.connection().withBackoff(config.backoff(device.connection().backoff()));
        return config.modbus(device.name()).map(o -> new ModbusConnection(o.host() != null ? o.host() : c.host(),
                o.port() != null ? o.port() : c.port(), c.connectTimeout(), c.responseTimeout(), c.pollPeriod(),
                c.limits(), c.backoff())).orElse(c);
    }

    private static OpcUaEndpointSettings opcua(OpcUaConnection c, RuntimeConfiguration config,
            ClientCertificate client) throws IOException {
        Optional<RuntimeConfiguration.OpcUaOverride> o = config.opcua(c.name());
        String endpoint = o.map(RuntimeConfiguration.OpcUaOverride::endpoint).orElse(c.endpointUrl());
        String user = o.map(RuntimeConfiguration.OpcUaOverride::user).orElse(c.user());
        Identity identity = new OpcUaEndpointSettings.Anonymous();
        if (user != null) {
            SecretReference password = o.map(RuntimeConfiguration.OpcUaOverride::password)
                    .orElseGet(() -> SecretReference.parse(c.passwordRef()));
            identity = new OpcUaEndpointSettings.UserName(user, () -> config.resolve(password));
        }
        List<X509Certificate> trusted = List.of();
        if (c.policy() != OpcUaEndpointSettings.Policy.NONE) {
            Path folder = config.trustedCertificates(c.name());
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
            }
            trusted = TrustedServerCertificates.load(folder);
            if (trusted.isEmpty()) {
                LOG.warn("connection {}: no trusted server certificate in {}; put {}'s certificate (DER or PEM) there "
                        + "and restart, until then it is refused", c.name(), folder, c.name());
            }
        }
        return new OpcUaEndpointSettings(endpoint, c.policy(), c.mode(), identity,
                c.policy() == OpcUaEndpointSettings.Policy.NONE ? null : client, trusted, OPCUA_REQUEST_TIMEOUT);
    }

    void start() {
        pollers.forEach(ModbusPoller::start);
        sources.forEach(OpcUaSource::start);
    }

    /** @return the runtime's OPC UA client certificate (DER), when a controller needs one */
    Optional<Path> clientCertificateFile() {
        return Optional.ofNullable(clientCertificateFile);
    }

    List<ModbusPoller> pollers() {
        return pollers;
    }

    /**
     * @return when a Modbus controller last answered for the signal {@code id}, or null (not a Modbus signal, or
     *         never answered); pollers keep this themselves instead of reporting every read of every value
     */
    Instant modbusConfirmedAt(String id) {
        for (ModbusPoller poller : pollers) {
            Instant at = poller.confirmedAt(id);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    @Override
    public void close() {
        for (OpcUaSource source : sources) {
            source.close();
        }
        for (ModbusPoller poller : pollers) {
            poller.close();
        }
    }
}
