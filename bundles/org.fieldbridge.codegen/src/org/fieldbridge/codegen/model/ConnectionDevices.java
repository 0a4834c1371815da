/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_CONNECTION;
import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_SECURITY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.codegen.model.RuntimeModelBuilder.TwinFile;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.dsl.semantics.ConnectionEndpoints;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Durations;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.IdentitySetting;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.PublishingSetting;
import org.fieldbridge.dsl.twin.RetriesSetting;
import org.fieldbridge.dsl.twin.SecretReference;
import org.fieldbridge.dsl.twin.SecuritySetting;
import org.fieldbridge.dsl.twin.TimeoutSetting;
import org.fieldbridge.dsl.twin.UserIdentity;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;

/**
 * The connections of the .twin files and the devices the runtime acquires over them: endpoints, timeouts,
 * security and identity settings.
 */
final class ConnectionDevices {

    private static final long DEFAULT_PUBLISHING_MS = 1000;
    private static final long DEFAULT_RESPONSE_TIMEOUT_MS = 1000;
    private static final long DEFAULT_CONNECT_TIMEOUT_MS = 3000;

    private final List<TwinFile> twins;
    private final SourcePositions positions;

    ConnectionDevices(List<TwinFile> twins, SourcePositions positions) {
        this.twins = twins;
        this.positions = positions;
    }

    /** @return the connections of all .twin files, each name once (a name declared twice is an error) */
    List<Connection> connections() {
        List<Connection> connections = new ArrayList<>();
        Map<String, Connection> byName = new HashMap<>();
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Connection connection) {
                    Connection first = byName.putIfAbsent(connection.getName(), connection);
                    if (first != null && first.eResource() != connection.eResource()) {
                        positions.error(connection, CODE_CONNECTION, "The connection " + connection.getName()
                                + " is also declared in " + positions.file(first).fileName() + " (line "
                                + SourcePositions.line(first) + "); one runtime configures each connection by its"
                                + " name, so names must be unique"
                                + " across its .twin files.");
                    } else if (first == null) {
                        connections.add(connection);
                    }
                }
            }
        }
        return connections;
    }

    /**
     * @return the Modbus device at the address the plant's controller of that name has (or the .twin's
     *         override), timeouts from that controller unless the .twin sets them; null without an address
     *         (the checker's error)
     */
    ModbusDevice modbusDevice(ModbusConnection connection, List<MappedSignal> signals) {
        ConnectionEndpoints.ModbusTarget target = ConnectionEndpoints.target(connection);
        if (target == null) {
            positions.error(connection, CODE_CONNECTION, "The connection " + connection.getName() + " has no"
                    + " address: the plant has no Modbus TCP endpoint for a controller of that name.");
            return null;
        }
        long connectTimeout = DEFAULT_CONNECT_TIMEOUT_MS;
        long responseTimeout = DEFAULT_RESPONSE_TIMEOUT_MS;
        ModbusTcpEndpoint plantEndpoint = ConnectionEndpoints.plantModbus(connection);
        if (plantEndpoint != null) {
            connectTimeout = plantEndpoint.getConnectTimeoutMs() > 0 ? plantEndpoint.getConnectTimeoutMs()
                    : connectTimeout;
            responseTimeout = plantEndpoint.getResponseTimeoutMs() > 0 ? plantEndpoint.getResponseTimeoutMs()
                    : responseTimeout;
        }
        TimeoutSetting timeout = ConnectionSettings.option(connection.getSettings(), TimeoutSetting.class);
        if (timeout != null && Durations.millis(timeout.getPeriod()) > 0) {
            responseTimeout = Durations.millis(timeout.getPeriod());
        }
        RetriesSetting retries = ConnectionSettings.option(connection.getSettings(), RetriesSetting.class);
        return new ModbusDevice(connection.getName(), target.address().host(), target.address().port(),
                target.unitId(), ConnectionSettings.periodMillis(connection), connectTimeout, responseTimeout,
                ConnectionSettings.maxRegisters(connection), ConnectionSettings.maxGap(connection),
                retries == null ? -1 : retries.getCount(), signals, positions.origin(connection));
    }

    /** @return the OPC UA device, null when its security settings are an error */
    OpcUaDevice opcUaDevice(OpcUaConnection connection, List<MappedSignal> signals) {
        SecuritySetting security = ConnectionSettings.option(connection.getSettings(), SecuritySetting.class);
        String policy = "NONE";
        String mode = "NONE";
        if (security != null) {
            policy = switch (security.getPolicy()) {
                case NONE -> "NONE";
                case BASIC256_SHA256 -> "BASIC256SHA256";
                case AES128_SHA256_RSA_OAEP -> "AES128_SHA256_RSAOAEP";
                case AES256_SHA256_RSA_PSS -> "AES256_SHA256_RSAPSS";
                default -> null;
            };
            mode = security.getMode().getName();
            if (policy == null) {
                positions.error(security, CODE_SECURITY, "The runtime does not connect with the deprecated security"
                        + " policy " + security.getPolicy().getLiteral() + "; use Basic256Sha256,"
                        + " Aes128_Sha256_RsaOaep or"
                        + " Aes256_Sha256_RsaPss.");
                return null;
            }
            if (policy.equals("NONE") != mode.equals("NONE")) {
                positions.error(security, CODE_SECURITY, "Security policy None goes only with mode none"
                        + " (OPC 10000-4 §7.20), and a secure policy needs mode sign or sign-and-encrypt.");
                return null;
            }
        }
        String user = null;
        String passwordRef = null;
        IdentitySetting identity = ConnectionSettings.option(connection.getSettings(), IdentitySetting.class);
        if (identity != null && identity.getIdentity() instanceof UserIdentity u
                && u.getPassword() instanceof SecretReference reference) {
            user = u.getUser();
            // The checker has refused references the generated runtime cannot read; written in one form.
            passwordRef = org.fieldbridge.core.secrets.SecretReference.parseFor(reference.getReference(),
                    SecretConsumer.GENERATED_RUNTIME).toString();
        }
        PublishingSetting publishing = ConnectionSettings.option(connection.getSettings(), PublishingSetting.class);
        long publishingMillis = publishing == null ? DEFAULT_PUBLISHING_MS : Durations.millis(publishing.getPeriod());
        OpcUaUrl url = ConnectionEndpoints.url(connection);
        if (url == null) {
            positions.error(connection, CODE_CONNECTION, "The connection " + connection.getName() + " has no"
                    + " address: the plant has no OPC UA endpoint for a controller of that name.");
            return null;
        }
        return new OpcUaDevice(connection.getName(), url.toString(), policy, mode, user, passwordRef,
                ConnectionSettings.periodMillis(connection), publishingMillis, signals, positions.origin(connection));
    }
}
