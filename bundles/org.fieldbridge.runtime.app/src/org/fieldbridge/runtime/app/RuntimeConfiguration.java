/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.ServerLimits;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.fieldbridge.runtime.server.WellKnownRole;

/**
 * The deployment configuration of a twin runtime ({@code fieldbridge-runtime.properties}): where its OPC UA
 * server listens, its PKI folder, its users, and per controller connection the addresses and secret
 * references that differ from the model. Secrets appear only as references ({@code env:NAME},
 * {@code file:PATH}); user passwords are read once and kept only as salted hashes. Every key is listed in
 * docs/runtime-app.md; every error names the file and line ({@link ConfigurationException}).
 */
public final class RuntimeConfiguration {

    /** The default file name, looked up in the working folder. */
    public static final String DEFAULT_FILE = "fieldbridge-runtime.properties";

    /**
     * How the runtime's OPC UA server is reached.
     *
     * @param minPublishingIntervalMillis the smallest publishing interval granted, null for the default
     * @param measurePublishLatency whether the server measures its own added latency (the live view shows it)
     */
    public record Server(String bindAddress, int port, String path, List<String> hostnames, Path pkiDirectory,
            SecretReference keyStorePassword, boolean allowInsecure, Double minPublishingIntervalMillis,
            List<String> anonymousRoles, boolean measurePublishLatency) {
        public Server {
            hostnames = List.copyOf(hostnames);
            anonymousRoles = List.copyOf(anonymousRoles);
        }
    }

    /** A user of the runtime's OPC UA server (the password is kept only as a hash, inside the resolver). */
    public record User(String name, List<String> roles) {
        public User {
            roles = List.copyOf(roles);
        }
    }

    /** Overrides of a Modbus connection: null fields keep the model's value. */
    public record ModbusOverride(String host, Integer port) {
    }

    /**
     * Overrides of an OPC UA connection: null fields keep the model's value.
     *
     * @param trustedCertificates folder of DER/PEM server certificates to trust; null: {@code <pki>/controllers/<name>}
     */
    public record OpcUaOverride(String endpoint, String user, SecretReference password, Path trustedCertificates) {
    }

    private final String fileName;
    private final Path baseDirectory;
    private final Map<String, String> env;
    private final Server server;
    private final List<User> users;
    private final Map<String, PasswordHash> passwordHashes;
    private final Map<String, ModbusOverride> modbus;
    private final Map<String, OpcUaOverride> opcua;
    private final Duration reconnectMaxDelay;
    private SparkplugSettings sparkplug;
    private UserCertificateTrust userCertificates;
    private Map<WellKnownRole, List<String>> wellKnownRoles = Map.of();
    private IssuedTokenTrust issuedTokens;
    private AuditSettings audit;
    private String text = "";

    RuntimeConfiguration(String fileName, Path baseDirectory, Map<String, String> env, Server server, List<User> users,
            Map<String, PasswordHash> passwordHashes, Map<String, ModbusOverride> modbus,
            Map<String, OpcUaOverride> opcua, Duration reconnectMaxDelay) {
        this.fileName = fileName;
        this.baseDirectory = baseDirectory;
        this.env = Map.copyOf(env);
        this.server = server;
        this.users = List.copyOf(users);
        this.passwordHashes = Map.copyOf(passwordHashes);
        this.modbus = Map.copyOf(modbus);
        this.opcua = Map.copyOf(opcua);
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    /**
     * Reads and checks a configuration file against the twin it configures (its connection names), resolving
     * every secret reference once to prove it resolves.
     *
     * @param file the properties file; messages name it as given
     * @param twin the twin, for its connection names and the model's defaults
     * @param env the environment variables {@code env:} references read
     * @throws ConfigurationException for a missing or unreadable file and any problem in it, located
     */
    public static RuntimeConfiguration load(Path file, TwinAssembly twin, Map<String, String> env)
            throws ConfigurationException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file.toString(), 0, "no such file (give another one with --config FILE)");
        } catch (MalformedInputException e) {
            throw new ConfigurationException(file.toString(), 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigurationException(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, base, twin, env);
    }

    /**
     * @param fileName how messages name the file
     * @param baseDirectory the folder relative paths in the file start from
     */
    public static RuntimeConfiguration parse(String fileName, String text, Path baseDirectory, TwinAssembly twin,
            Map<String, String> env) throws ConfigurationException {
        return parse(fileName, text, baseDirectory, twin, env, PasswordHash.DEFAULT_ITERATIONS);
    }

    /** @param hashIterations PBKDF2 iterations of the user password hashes (tests use few) */
    static RuntimeConfiguration parse(String fileName, String text, Path baseDirectory, TwinAssembly twin,
            Map<String, String> env, int hashIterations) throws ConfigurationException {
        RuntimeConfiguration configuration = new ConfigurationReader(PropertiesFile.parse(fileName, text),
                baseDirectory, twin, env, hashIterations).read();
        configuration.text = text;
        return configuration;
    }

    /** @return the file as messages name it */
    public String fileName() {
        return fileName;
    }

    /** @return the folder relative paths start from (the configuration file's folder) */
    public Path baseDirectory() {
        return baseDirectory;
    }

    public Server server() {
        return server;
    }

    public List<User> users() {
        return users;
    }

    public Optional<ModbusOverride> modbus(String connection) {
        return Optional.ofNullable(modbus.get(connection));
    }

    public Optional<OpcUaOverride> opcua(String connection) {
        return Optional.ofNullable(opcua.get(connection));
    }

    /**
     * @return the cap of the delay between reconnect attempts to a controller ({@code reconnect.maxDelay}), when
     *         the file sets one; otherwise each connection keeps its own ({@link BackoffPolicy#DEFAULT}: 2 s)
     */
    public Optional<Duration> reconnectMaxDelay() {
        return Optional.ofNullable(reconnectMaxDelay);
    }

    /** @return {@code policy} with the configured cap, or {@code policy} itself when none is configured */
    BackoffPolicy backoff(BackoffPolicy policy) {
        return reconnectMaxDelay == null ? policy : policy.withMax(reconnectMaxDelay);
    }

    /** @return the Sparkplug B edge node's settings; empty when {@code sparkplug.brokerUrl} is not set */
    public Optional<SparkplugSettings> sparkplug() {
        return Optional.ofNullable(sparkplug);
    }

    /** Set once by the reader (kept out of the constructor so that the Sparkplug keys stay an add-on). */
    RuntimeConfiguration withSparkplug(SparkplugSettings settings) {
        this.sparkplug = settings;
        return this;
    }

    /** Set once by the reader: the {@code identity.*} keys, each null when not configured. */
    RuntimeConfiguration withIdentities(UserCertificateTrust certificates, IssuedTokenTrust tokens) {
        this.userCertificates = certificates;
        this.issuedTokens = tokens;
        return this;
    }

    /** Set once by the reader: the {@code roles.wellKnown.*} keys. */
    RuntimeConfiguration withWellKnownRoles(Map<WellKnownRole, List<String>> holders) {
        this.wellKnownRoles = Map.copyOf(holders);
        return this;
    }

    /** @return the plant roles per configured well-known role ({@code roles.wellKnown.*}); others keep the default */
    public Map<WellKnownRole, List<String>> wellKnownRoles() {
        return wellKnownRoles;
    }

    /** @return how X.509 user certificates are checked and mapped ({@code identity.certificates.*}), if accepted */
    public Optional<UserCertificateTrust> userCertificates() {
        return Optional.ofNullable(userCertificates);
    }

    /** @return which JWTs of the enterprise identity provider are accepted ({@code identity.jwt.*}), if any */
    public Optional<IssuedTokenTrust> issuedTokens() {
        return Optional.ofNullable(issuedTokens);
    }

    /** Set once by the reader (kept out of the constructor so that the audit keys stay an add-on). */
    RuntimeConfiguration withAudit(AuditSettings settings) {
        this.audit = settings;
        return this;
    }

    /**
     * @return where the audit trail lives and how it rotates ({@code audit.*}; default {@code audit} beside the
     *         configuration file, 10 MiB per file, 10 rotated files)
     */
    public AuditSettings audit() {
        return audit != null ? audit
                : new AuditSettings(baseDirectory.resolve("audit"), org.fieldbridge.runtime.audit.AuditRotation.DEFAULT);
    }

    /** @return the text of the configuration file, as read (for the audit record of the start) */
    String text() {
        return text;
    }

    /** @return the secret a reference names (the caller wipes it) */
    char[] resolve(SecretReference reference) {
        return new SecretReader(env, baseDirectory).read(reference);
    }

    /** @return the settings of the twin's OPC UA server */
    public TwinServerConfig serverConfig(String twinName) {
        return serverConfig(twinName, null);
    }

    /** @param audit the trail the server records sessions and certificates in, or null */
    TwinServerConfig serverConfig(String twinName, org.fieldbridge.runtime.audit.AuditTrail audit) {
        TwinServerConfig.Builder builder = TwinServerConfig.builder(twinName,
                new ConfiguredSecrets(passwordHashes, () -> resolve(server.keyStorePassword())))
                .bindAddress(server.bindAddress())
                .port(server.port())
                .path(server.path())
                .pkiDirectory(server.pkiDirectory())
                .allowInsecure(server.allowInsecure())
                .measurePublishLatency(server.measurePublishLatency())
                .limits(limits());
        server.hostnames().forEach(builder::hostname);
        users.forEach(user -> builder.userRoles(user.name(), user.roles())); // enforced where the plant assigns them
        builder.anonymousRoles(server.anonymousRoles()); // used only with allowInsecure
        wellKnownRoles.forEach(builder::wellKnownRole);
        userCertificates().ifPresent(builder::userCertificates);
        issuedTokens().ifPresent(builder::issuedTokens);
        if (audit != null) {
            builder.auditTrail(audit);
        }
        return builder.build();
    }

    private ServerLimits limits() {
        ServerLimits d = ServerLimits.DEFAULT;
        Double min = server.minPublishingIntervalMillis();
        if (min == null) {
            return d;
        }
        return new ServerLimits(d.maxSessions(), d.maxSubscriptionsPerSession(), d.maxSubscriptions(),
                d.maxMonitoredItemsPerSession(), d.maxMonitoredItems(), d.maxMessageSize(), d.maxChunkSize(),
                d.maxChunkCount(), d.maxRecursionDepth(), min, Math.min(d.minSamplingIntervalMillis(), min),
                d.maxSessionTimeoutMillis(), d.maxPasswordLength());
    }

    /** @return the folder of the runtime's own OPC UA client certificate: {@code <pki>/client} */
    public Path clientPkiDirectory() {
        return server.pkiDirectory().resolve("client");
    }

    /** @return the folder of the server certificates trusted for a controller connection */
    public Path trustedCertificates(String connection) {
        OpcUaOverride o = opcua.get(Objects.requireNonNull(connection));
        return o != null && o.trustedCertificates() != null ? o.trustedCertificates()
                : server.pkiDirectory().resolve("controllers").resolve(connection);
    }
}
