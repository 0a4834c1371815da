/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.fieldbridge.core.endpoint.HostPort;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.runtime.app.PropertiesFile.Entry;
import org.fieldbridge.runtime.audit.AuditRotation;
import org.fieldbridge.runtime.opcua.TrustedServerCertificates;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.TwinServerConfig;

/** Reads {@code fieldbridge-runtime.properties} into a {@link RuntimeConfiguration}, checking every key. */
final class ConfigurationReader {

    private static final List<String> SERVER_KEYS = List.of("server.bindAddress", "server.port", "server.path",
            "server.hostnames", "server.pki", "server.keyStorePassword", "server.allowInsecure",
            "server.minPublishingInterval", "server.anonymousRoles", "server.measurePublishLatency", "reconnect.maxDelay",
            "users");
    private static final List<String> MODBUS_KEYS = List.of("host", "port");
    private static final List<String> OPCUA_KEYS = List.of("endpoint", "user", "password", "trustedCertificates");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final PropertiesFile file;
    private final Path base;
    private final TwinAssembly twin;
    private final Map<String, String> env;
    private final int hashIterations;
    private final Set<String> modbusNames = new LinkedHashSet<>();
    private final Map<String, OpcUaConnection> opcuaConnections = new LinkedHashMap<>();

    ConfigurationReader(PropertiesFile file, Path base, TwinAssembly twin, Map<String, String> env,
            int hashIterations) {
        this.file = file;
        this.base = base;
        this.twin = twin;
        this.env = env;
        this.hashIterations = hashIterations;
        twin.modbusDevices().forEach(d -> modbusNames.add(d.name()));
        twin.opcUaDevices().forEach(d -> opcuaConnections.put(d.connection().name(), d.connection()));
    }

    RuntimeConfiguration read() throws ConfigurationException {
        List<String> userNames = users();
        checkKeys(userNames);
        Entry keyStore = file.get("server.keyStorePassword");
        if (keyStore == null) {
            throw error(0, "server.keyStorePassword: required (a secret reference such as "
                    + "env:FB_RUNTIME_KEYSTORE_PASSWORD; it protects the server's private key)");
        }
        var server = new RuntimeConfiguration.Server(
                text("server.bindAddress", TwinServerConfig.DEFAULT_BIND_ADDRESS),
                port("server.port", TwinServerConfig.DEFAULT_PORT),
                endpointPath(),
                list("server.hostnames", List.of()),
                path("server.pki", "pki", false),
                checkedSecret(keyStore),
                bool("server.allowInsecure"),
                positive("server.minPublishingInterval"),
                list("server.anonymousRoles", List.of()),
                bool("server.measurePublishLatency"));
        List<RuntimeConfiguration.User> users = new ArrayList<>();
        Map<String, PasswordHash> hashes = new LinkedHashMap<>();
        for (String user : userNames) {
            Entry password = file.get("user." + user + ".password");
            if (password == null) {
                throw error(file.get("users").line(), "users: user " + user + " has no user." + user
                        + ".password (a secret reference such as env:FB_USER_" + user.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                        + "_PASSWORD)");
            }
            char[] secret = resolve(password, reference(password));
            try {
                hashes.put(user, PasswordHash.of(secret, hashIterations));
            } finally {
                Arrays.fill(secret, '\0');
            }
            users.add(new RuntimeConfiguration.User(user, list("user." + user + ".roles", List.of())));
        }
        Map<String, RuntimeConfiguration.ModbusOverride> modbus = new LinkedHashMap<>();
        for (String name : modbusNames) {
            String prefix = "connection." + name + ".";
            if (file.get(prefix + "host") != null || file.get(prefix + "port") != null) {
                String host = text(prefix + "host", null);
                if (host != null && !HostPort.isHost(host)) {
                    throw error(file.get(prefix + "host").line(), prefix + "host: '" + host + "' is no host name,"
                            + " IPv4 or IPv6 address (write an IPv6 address without brackets here)");
                }
                modbus.put(name, new RuntimeConfiguration.ModbusOverride(host,
                        file.get(prefix + "port") == null ? null : port(prefix + "port", 0)));
            }
        }
        Map<String, RuntimeConfiguration.OpcUaOverride> opcua = new LinkedHashMap<>();
        for (OpcUaConnection connection : opcuaConnections.values()) {
            opcua.put(connection.name(), opcuaOverride(connection));
        }
        Double maxDelay = positive("reconnect.maxDelay");
        return new RuntimeConfiguration(file.fileName(), base, env, server, users, hashes, modbus, opcua,
                maxDelay == null ? null : Duration.ofNanos(Math.round(maxDelay * 1_000_000)))
                .withSparkplug(sparkplug())
                .withIdentities(new IdentityKeys(file, base).certificates().orElse(null),
                        new IdentityKeys(file, base).issuedTokens().orElse(null))
                .withWellKnownRoles(new WellKnownRoleKeys(file).read())
                .withAudit(audit());
    }

    /** The {@code audit.*} keys (docs/runtime-app.md, "Audit trail"). */
    private AuditSettings audit() throws ConfigurationException {
        AuditRotation d = AuditRotation.DEFAULT;
        long maxFileSize = whole("audit.maxFileSize", d.maxFileBytes(), 1024, Long.MAX_VALUE, "bytes");
        int keepFiles = (int) whole("audit.keepFiles", d.keepFiles(), 1, 1000, "files");
        return new AuditSettings(path("audit.folder", "audit", false), new AuditRotation(maxFileSize, keepFiles));
    }

    private long whole(String key, long fallback, long min, long max, String unit) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(e.value());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(e.line(), key + ": '" + e.value() + "' is not a whole number of " + unit + " from " + min
                + (max == Long.MAX_VALUE ? " up" : " to " + max));
    }

    /** The {@code sparkplug.*} keys (docs/sparkplug.md); null when there is no broker URL. */
    private SparkplugSettings sparkplug() throws ConfigurationException {
        String broker = text("sparkplug.brokerUrl", null);
        if (broker == null) {
            for (String key : SparkplugSettings.KEYS) {
                if (file.get(key) != null) {
                    throw error(file.get(key).line(), key + ": needs sparkplug.brokerUrl (tcp://host:1883), "
                            + "which switches the Sparkplug B edge node on");
                }
            }
            return null;
        }
        if (!broker.startsWith("tcp://") && !broker.startsWith("ssl://")) {
            throw error(file.get("sparkplug.brokerUrl").line(), "sparkplug.brokerUrl: an MQTT broker URL starts "
                    + "with tcp:// (plain MQTT) or ssl:// (TLS), e.g. ssl://broker.example:8883");
        }
        SparkplugTlsSettings tls = sparkplugTls(broker.startsWith("ssl://"));
        Entry password = file.get("sparkplug.password");
        Double keepAlive = positive("sparkplug.keepAlive");
        if (keepAlive != null && keepAlive < 1000) {
            throw error(file.get("sparkplug.keepAlive").line(), "sparkplug.keepAlive: at least 1000 ms");
        }
        String primaryHost = text("sparkplug.primaryHostId", null);
        if (primaryHost != null && primaryHost.chars().anyMatch(c -> c == '/' || c == '+' || c == '#')) {
            throw error(file.get("sparkplug.primaryHostId").line(), "sparkplug.primaryHostId: '" + primaryHost
                    + "' cannot be an MQTT topic level (no '/', '+' or '#'); write the host id its STATE topic ends with");
        }
        return new SparkplugSettings(broker, text("sparkplug.clientId", null), text("sparkplug.groupId", null),
                text("sparkplug.edgeNodeId", null), text("sparkplug.username", null),
                password == null ? null : checkedSecret(password),
                keepAlive == null ? null : Duration.ofMillis(Math.round(keepAlive)), queueMaxSamples(), primaryHost, tls);
    }

    /** {@code sparkplug.queue.maxSamples}: a whole number of samples, at least 1; null when not given. */
    private Long queueMaxSamples() throws ConfigurationException {
        Entry e = file.get("sparkplug.queue.maxSamples");
        if (e == null) {
            return null;
        }
        try {
            long value = Long.parseLong(e.value().replace("_", ""));
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(e.line(), "sparkplug.queue.maxSamples: '" + e.value() + "' is not a number of samples (at least 1, "
                + "e.g. 10000000); at the bound the oldest samples are dropped");
    }

    /**
     * The TLS keys of an {@code ssl://} broker (refused with {@code tcp://}): the trusted CA folder must hold a
     * certificate; a client key store needs its password.
     */
    private SparkplugTlsSettings sparkplugTls(boolean ssl) throws ConfigurationException {
        if (!ssl) {
            for (String key : SparkplugTlsSettings.KEYS) {
                if (file.get(key) != null) {
                    throw error(file.get(key).line(), key + ": only for a TLS broker; write the broker URL as "
                            + "ssl://host:8883 (tcp:// is plain MQTT)");
                }
            }
            return null;
        }
        Entry folderEntry = file.get("sparkplug.trustedCertificates");
        Path folder = folderEntry != null ? path("sparkplug.trustedCertificates", null, true)
                : path("server.pki", "pki", false).resolve(SparkplugTlsSettings.DEFAULT_FOLDER);
        int line = folderEntry != null ? folderEntry.line() : file.get("sparkplug.brokerUrl").line();
        try {
            if (TrustedServerCertificates.load(folder).isEmpty()) {
                throw error(line, "sparkplug.brokerUrl: an ssl:// broker needs the certificate of the CA that signed "
                        + "its certificate in " + folder + " (PEM or DER: .pem .crt .cer .der), or "
                        + "sparkplug.trustedCertificates naming the folder that holds it");
            }
        } catch (java.io.IOException e) {
            throw error(line, "sparkplug.trustedCertificates: " + e.getMessage());
        }
        Entry storeEntry = file.get("sparkplug.keyStore");
        Entry passwordEntry = file.get("sparkplug.keyStorePassword");
        if ((storeEntry == null) != (passwordEntry == null)) {
            Entry given = storeEntry != null ? storeEntry : passwordEntry;
            throw error(given.line(), "sparkplug.keyStore and sparkplug.keyStorePassword go together (the client "
                    + "certificate's PKCS#12 file and the secret reference of its password)");
        }
        Path store = null;
        if (storeEntry != null) {
            store = base.resolve(storeEntry.value()).normalize();
            if (!Files.isRegularFile(store)) {
                throw error(storeEntry.line(), "sparkplug.keyStore: file " + store + " does not exist");
            }
        }
        return new SparkplugTlsSettings(folder, store, passwordEntry == null ? null : checkedSecret(passwordEntry));
    }

    private RuntimeConfiguration.OpcUaOverride opcuaOverride(OpcUaConnection connection) throws ConfigurationException {
        String prefix = "connection." + connection.name() + ".";
        String endpoint = text(prefix + "endpoint", null);
        if (endpoint != null) {
            // the one URL syntax of the plant, the checker and the generator
            String problem = null;
            try {
                if (!OpcUaUrl.parse(endpoint).isOpcTcp()) {
                    problem = "an OPC UA endpoint URL starts with opc.tcp://";
                }
            } catch (IllegalArgumentException e) {
                problem = endpoint.strip().toLowerCase(java.util.Locale.ROOT).startsWith("opc.tcp://")
                        ? "the OPC UA endpoint URL " + e.getMessage()
                        : "an OPC UA endpoint URL starts with opc.tcp://";
            }
            if (problem != null) {
                throw error(file.get(prefix + "endpoint").line(), prefix + "endpoint: " + problem);
            }
        }
        String user = text(prefix + "user", null);
        Entry passwordEntry = file.get(prefix + "password");
        SecretReference password = passwordEntry == null ? null : checkedSecret(passwordEntry);
        String effectiveUser = user != null ? user : connection.user();
        if (effectiveUser != null && password == null) {
            if (connection.passwordRef() == null) {
                throw error(file.get(prefix + "user").line(), prefix + "user: needs " + prefix + "password");
            }
            try {
                char[] secret = new SecretReader(env, base).read(SecretReference.parse(connection.passwordRef()));
                Arrays.fill(secret, '\0');
            } catch (IllegalArgumentException e) {
                throw error(0, prefix + "password (the model's " + connection.passwordRef() + "): " + e.getMessage());
            }
        }
        Path trusted = file.get(prefix + "trustedCertificates") == null ? null
                : path(prefix + "trustedCertificates", null, true);
        return new RuntimeConfiguration.OpcUaOverride(endpoint, user, password, trusted);
    }

    private List<String> users() throws ConfigurationException {
        List<String> names = list("users", List.of());
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw error(file.get("users").line(), "users: '" + name + "' is not a user name (letters, digits, "
                        + "'.', '_', '-')");
            }
            if (!seen.add(name)) {
                throw error(file.get("users").line(), "users: " + name + " is listed twice");
            }
        }
        return names;
    }

    /** Refuses keys nobody reads: a typo must not silently leave a default in place. */
    private void checkKeys(List<String> userNames) throws ConfigurationException {
        for (Entry entry : file.entries()) {
            String key = entry.key();
            if (SERVER_KEYS.contains(key) || SparkplugSettings.KEYS.contains(key) || IdentityKeys.owns(key)
                    || WellKnownRoleKeys.owns(key) || AuditSettings.KEYS.contains(key)) {
                continue;
            }
            String[] parts = key.split("\\.", -1);
            if (parts.length == 3 && parts[0].equals("user") && (parts[2].equals("password") || parts[2].equals("roles"))) {
                if (!userNames.contains(parts[1])) {
                    throw error(entry.line(), key + ": user " + parts[1] + " is not listed in users"
                            + (userNames.isEmpty() ? "" : " (" + String.join(", ", userNames) + ")"));
                }
                continue;
            }
            if (parts.length == 3 && parts[0].equals("connection")) {
                checkConnectionKey(entry, parts[1], parts[2]);
                continue;
            }
            throw error(entry.line(), key + ": unknown key" + suggestion(key, userNames));
        }
    }

    private void checkConnectionKey(Entry entry, String name, String attribute) throws ConfigurationException {
        List<String> allowed;
        String kind;
        if (modbusNames.contains(name)) {
            allowed = MODBUS_KEYS;
            kind = "a Modbus";
        } else if (opcuaConnections.containsKey(name)) {
            allowed = OPCUA_KEYS;
            kind = "an OPC UA";
        } else {
            List<String> all = new ArrayList<>(modbusNames);
            all.addAll(opcuaConnections.keySet());
            throw error(entry.line(), entry.key() + ": unknown connection " + name + " (this runtime has "
                    + (all.isEmpty() ? "none" : String.join(", ", all)) + ")");
        }
        if (!allowed.contains(attribute)) {
            throw error(entry.line(), entry.key() + ": " + name + " is " + kind + " connection; its keys are "
                    + String.join(", ", allowed));
        }
    }

    private String suggestion(String key, List<String> userNames) {
        List<String> known = new ArrayList<>(SERVER_KEYS);
        known.addAll(SparkplugSettings.KEYS);
        known.addAll(IdentityKeys.knownKeys());
        known.addAll(WellKnownRoleKeys.knownKeys());
        known.addAll(AuditSettings.KEYS);
        userNames.forEach(u -> known.addAll(List.of("user." + u + ".password", "user." + u + ".roles")));
        modbusNames.forEach(n -> MODBUS_KEYS.forEach(a -> known.add("connection." + n + "." + a)));
        opcuaConnections.keySet().forEach(n -> OPCUA_KEYS.forEach(a -> known.add("connection." + n + "." + a)));
        return KeySuggestion.closest(key, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }

    private String text(String key, String fallback) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return fallback;
        }
        if (e.value().isEmpty()) {
            throw error(e.line(), key + ": needs a value");
        }
        return e.value();
    }

    private int port(String key, int fallback) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(e.value());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(e.line(), key + ": '" + e.value() + "' is not a TCP port (1..65535)");
    }

    private Double positive(String key) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(e.value());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(e.line(), key + ": '" + e.value() + "' is not a positive number of milliseconds");
    }

    private boolean bool(String key) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return false;
        }
        return switch (e.value()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(e.line(), key + ": '" + e.value() + "' is neither true nor false");
        };
    }

    private String endpointPath() throws ConfigurationException {
        String path = text("server.path", TwinServerConfig.DEFAULT_PATH);
        if (!path.startsWith("/") || path.endsWith("/discovery")) {
            throw error(file.get("server.path").line(), "server.path: an endpoint path starts with '/' "
                    + "(and is not a discovery path)");
        }
        return path;
    }

    private List<String> list(String key, List<String> fallback) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (String item : e.value().split(",", -1)) {
            if (item.isBlank()) {
                if (e.value().isBlank()) {
                    return List.of();
                }
                throw error(e.line(), key + ": empty item in the comma-separated list");
            }
            items.add(item.strip());
        }
        return items;
    }

    private Path path(String key, String fallback, boolean mustExist) throws ConfigurationException {
        Entry e = file.get(key);
        String value = e == null ? fallback : e.value();
        if (e != null && value.isEmpty()) {
            throw error(e.line(), key + ": needs a folder");
        }
        try {
            Path p = base.resolve(value).normalize();
            if (mustExist && !Files.isDirectory(p)) {
                throw error(e.line(), key + ": folder " + p + " does not exist");
            }
            return p;
        } catch (InvalidPathException ex) {
            throw error(e == null ? 0 : e.line(), key + ": not a path: " + ex.getReason());
        }
    }

    /** Parses a reference and proves that it resolves (the value is wiped at once). */
    private SecretReference checkedSecret(Entry e) throws ConfigurationException {
        SecretReference reference = reference(e);
        Arrays.fill(resolve(e, reference), '\0');
        return reference;
    }

    private SecretReference reference(Entry e) throws ConfigurationException {
        try {
            return SecretReference.parseFor(e.value(), SecretConsumer.GENERATED_RUNTIME);
        } catch (IllegalArgumentException ex) {
            throw error(e.line(), e.key() + ": " + ex.getMessage());
        }
    }

    private char[] resolve(Entry e, SecretReference reference) throws ConfigurationException {
        try {
            return new SecretReader(env, base).read(reference);
        } catch (IllegalArgumentException ex) {
            throw error(e.line(), e.key() + ": " + ex.getMessage());
        }
    }

    private ConfigurationException error(int line, String problem) {
        return new ConfigurationException(file.fileName(), line, problem);
    }
}
