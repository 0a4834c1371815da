/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fieldbridge.runtime.audit.AuditTrail;

/**
 * How the runtime's OPC UA server is reached and secured. Secure by default: the endpoints offer only
 * SignAndEncrypt with Basic256Sha256 and Aes256_Sha256_RsaPss, users authenticate with user name and
 * password (checked through the {@link SecretResolver}) or, when configured, an X.509 user
 * certificate ({@link Builder#userCertificates(UserCertificateTrust)}) or a JWT of the enterprise identity
 * provider ({@link Builder#issuedTokens(IssuedTokenTrust)}); it listens on 127.0.0.1 only. SecurityPolicy None and anonymous access exist only when
 * {@link Builder#allowInsecure(boolean)} is set, and the server then logs a warning.
 */
public final class TwinServerConfig {

    /** The default TCP port of OPC UA (IANA "opcua-tcp"). */
    public static final int DEFAULT_PORT = 4840;
    /** The default endpoint path. */
    public static final String DEFAULT_PATH = "/fieldbridge";
    /** The default bind address: loopback only; listening on a network is an explicit decision. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    /** Bind addresses that mean "every interface": no client connects by them. */
    private static final Set<String> WILDCARD_ADDRESSES = Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String name;
    private final String namespaceUri;
    private final String applicationUri;
    private final String bindAddress;
    private final List<String> hostnames;
    private final int port;
    private final String path;
    private final Path pkiDirectory;
    private final SecretResolver secrets;
    private final UserCertificateCheck userCertificates;
    private final UserCertificateTrust userCertificateTrust;
    private final IssuedTokenTrust issuedTokens;
    private final IdentityListener identityListener;
    private final boolean insecure;
    private final ServerLimits limits;
    private final int keySize;
    private final Map<String, Set<String>> userRoles;
    private final Set<String> anonymousRoles;
    private final Map<WellKnownRole, Set<String>> wellKnownRoles;
    private final AuditTrail auditTrail;
    private final boolean measurePublishLatency;

    private TwinServerConfig(Builder b) {
        name = b.name;
        namespaceUri = b.namespaceUri != null ? b.namespaceUri : "urn:fieldbridge:twin:" + b.name;
        applicationUri = b.applicationUri != null ? b.applicationUri : "urn:fieldbridge:runtime:" + b.name;
        bindAddress = b.bindAddress;
        List<String> names = new ArrayList<>(b.hostnames);
        if (names.isEmpty()) {
            names.add(bindAddress);
        }
        hostnames = List.copyOf(names);
        port = b.port;
        path = b.path;
        pkiDirectory = b.pkiDirectory != null ? b.pkiDirectory : defaultPkiDirectory(b.name);
        secrets = Objects.requireNonNull(b.secrets, "a SecretResolver is required (user passwords, key store)");
        userCertificates = b.userCertificates;
        userCertificateTrust = b.userCertificateTrust;
        issuedTokens = b.issuedTokens;
        identityListener = b.identityListener;
        insecure = b.insecure;
        limits = b.limits;
        keySize = b.keySize;
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        b.userRoles.forEach((user, granted) -> roles.put(user, Set.copyOf(granted)));
        userRoles = Map.copyOf(roles);
        anonymousRoles = Set.copyOf(b.anonymousRoles);
        Map<WellKnownRole, Set<String>> holders = new EnumMap<>(WellKnownRole.class);
        b.wellKnownRoles.forEach((role, plantRoles) -> holders.put(role, Set.copyOf(plantRoles)));
        wellKnownRoles = Collections.unmodifiableMap(holders);
        auditTrail = b.auditTrail;
        measurePublishLatency = b.measurePublishLatency;
    }

    /**
     * @param name the twin's name, e.g. {@code anodizing-line-1}; used in the default namespace URI,
     *        application URI and PKI directory
     * @param secrets resolves password checks and the key store password at run time
     * @return a builder with the secure defaults
     */
    public static Builder builder(String name, SecretResolver secrets) {
        return new Builder(name, secrets);
    }

    /**
     * The PKI directory used when none is configured: under the user's data directory
     * ({@code $XDG_DATA_HOME}, else {@code ~/.local/share}; {@code %LOCALAPPDATA%} on Windows), never
     * next to the model.
     *
     * @return {@code <data dir>/fieldbridge/<name>/pki}
     */
    public static Path defaultPkiDirectory(String name) {
        String base = System.getenv("XDG_DATA_HOME");
        if (base == null || base.isBlank()) {
            base = System.getenv("LOCALAPPDATA");
        }
        Path data = base != null && !base.isBlank() ? Path.of(base)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("fieldbridge").resolve(name).resolve("pki");
    }

    public String name() {
        return name;
    }

    /** @return the URI of the twin's namespace, default {@code urn:fieldbridge:twin:<name>} */
    public String namespaceUri() {
        return namespaceUri;
    }

    /** @return the server's ApplicationUri, also in its certificate's subjectAltName */
    public String applicationUri() {
        return applicationUri;
    }

    public String bindAddress() {
        return bindAddress;
    }

    /**
     * @return the configured host names and addresses clients use (the bind address when none is configured); they
     *         form the announced endpoint URLs ({@link TwinOpcUaServer#endpointUrls()})
     */
    public List<String> hostnames() {
        return hostnames;
    }

    /**
     * The hosts the server has endpoints for and its certificate names: the configured host names, then the bind
     * address unless it is a wildcard. A client that connects by the address the server listens on (e.g.
     * {@code opc.tcp://127.0.0.1:4840/fieldbridge} while {@code localhost} is configured) must find an endpoint with
     * that URL in GetEndpoints, or clients such as node-opcua refuse to connect ("endpoint must exist").
     *
     * @return the configured host names followed by the bind address, without duplicates
     */
    public List<String> endpointHosts() {
        Set<String> hosts = new LinkedHashSet<>(hostnames);
        if (!WILDCARD_ADDRESSES.contains(bindAddress)) {
            hosts.add(bindAddress);
        }
        return List.copyOf(hosts);
    }

    public int port() {
        return port;
    }

    public String path() {
        return path;
    }

    public Path pkiDirectory() {
        return pkiDirectory;
    }

    public SecretResolver secrets() {
        return secrets;
    }

    public Optional<UserCertificateCheck> userCertificates() {
        return Optional.ofNullable(userCertificates);
    }

    /** @return how X.509 user certificates are validated and mapped to roles, when they are accepted */
    public Optional<UserCertificateTrust> userCertificateTrust() {
        return Optional.ofNullable(userCertificateTrust);
    }

    /** @return which JWTs open a session, when issued tokens are accepted */
    public Optional<IssuedTokenTrust> issuedTokens() {
        return Optional.ofNullable(issuedTokens);
    }

    /** @return told every identity accepted or refused; {@link IdentityListener#NONE} by default */
    public IdentityListener identityListener() {
        return identityListener;
    }

    /** @return true when X.509 user identity tokens are offered */
    public boolean acceptsUserCertificates() {
        return userCertificates != null || userCertificateTrust != null;
    }

    /** @return true when SecurityPolicy None and anonymous users were explicitly allowed */
    public boolean insecure() {
        return insecure;
    }

    public ServerLimits limits() {
        return limits;
    }

    /** @return the RSA key size of a newly generated server certificate */
    public int keySize() {
        return keySize;
    }

    /** @return the plant roles of a user (password or certificate user); empty for a user without roles */
    public Set<String> rolesOf(String user) {
        return userRoles.getOrDefault(user, Set.of());
    }

    /** @return the plant roles of anonymous sessions (only with {@code allowInsecure}); empty by default */
    public Set<String> anonymousRoles() {
        return anonymousRoles;
    }

    /**
     * @return the plant roles that hold a well-known role, for the well-known roles this runtime configures; a role
     *         not in the map is assigned by {@link WellKnownRole#grantedByDefault(Set)}
     */
    public Map<WellKnownRole, Set<String>> wellKnownRoles() {
        return wellKnownRoles;
    }

    /**
     * @return the audit trail the server records sessions and certificate trust changes in (and raises as OPC UA
     *         audit events), when one is configured
     */
    public Optional<AuditTrail> auditTrail() {
        return Optional.ofNullable(auditTrail);
    }

    /** @return true when the server measures its own added latency ({@link TwinOpcUaServer#publishLatency()}) */
    public boolean measuresPublishLatency() {
        return measurePublishLatency;
    }

    /** Builds a {@link TwinServerConfig}; every setting has a secure default. */
    public static final class Builder {
        private final String name;
        private final SecretResolver secrets;
        private String namespaceUri;
        private String applicationUri;
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private final List<String> hostnames = new ArrayList<>();
        private int port = DEFAULT_PORT;
        private String path = DEFAULT_PATH;
        private Path pkiDirectory;
        private UserCertificateCheck userCertificates;
        private UserCertificateTrust userCertificateTrust;
        private IssuedTokenTrust issuedTokens;
        private IdentityListener identityListener = IdentityListener.NONE;
        private boolean insecure;
        private ServerLimits limits = ServerLimits.DEFAULT;
        private int keySize = 2048;
        private final Map<String, Set<String>> userRoles = new LinkedHashMap<>();
        private final Set<String> anonymousRoles = new LinkedHashSet<>();
        private final Map<WellKnownRole, Set<String>> wellKnownRoles = new EnumMap<>(WellKnownRole.class);
        private AuditTrail auditTrail;
        private boolean measurePublishLatency;

        private Builder(String name, SecretResolver secrets) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a twin name has up to 64 letters, digits, '.', '_' or '-': '"
                        + name + "'");
            }
            this.name = name;
            this.secrets = secrets;
        }

        public Builder namespaceUri(String uri) {
            this.namespaceUri = requireText(uri, "namespaceUri");
            return this;
        }

        public Builder applicationUri(String uri) {
            this.applicationUri = requireText(uri, "applicationUri");
            return this;
        }

        /** @param address the local address to listen on (an IP literal), default 127.0.0.1 */
        public Builder bindAddress(String address) {
            this.bindAddress = requireText(address, "bindAddress");
            return this;
        }

        /** Adds a host name or address clients use to reach the server (endpoint URL and certificate). */
        public Builder hostname(String hostname) {
            hostnames.add(requireText(hostname, "hostname"));
            return this;
        }

        public Builder port(int tcpPort) {
            if (tcpPort < 1 || tcpPort > 65_535) {
                throw new IllegalArgumentException("not a TCP port: " + tcpPort);
            }
            this.port = tcpPort;
            return this;
        }

        public Builder path(String endpointPath) {
            if (!requireText(endpointPath, "path").startsWith("/") || endpointPath.endsWith("/discovery")) {
                throw new IllegalArgumentException("an endpoint path starts with '/' and is not a discovery path");
            }
            this.path = endpointPath;
            return this;
        }

        /** @param directory where the server certificate, trust list and rejected certificates live */
        public Builder pkiDirectory(Path directory) {
            this.pkiDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Offers X.509 user identity tokens, mapped to users by {@code check}. With
         * {@link #userCertificates(UserCertificateTrust)} as well, a certificate must pass both: the user PKI's
         * checks first, then {@code check} names the user.
         */
        public Builder userCertificates(UserCertificateCheck check) {
            this.userCertificates = Objects.requireNonNull(check, "check");
            return this;
        }

        /**
         * Offers X.509 user identity tokens checked against a user PKI (validity, purpose, trust, revocation)
         * and mapped to plant roles by a subject attribute; see {@link UserCertificateTrust}.
         */
        public Builder userCertificates(UserCertificateTrust trust) {
            this.userCertificateTrust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /**
         * Offers an IssuedToken user token policy for JWTs of the enterprise identity provider; see
         * {@link IssuedTokenTrust}.
         */
        public Builder issuedTokens(IssuedTokenTrust trust) {
            this.issuedTokens = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /** @param listener told every identity accepted or refused (an audit trail) */
        public Builder identityListener(IdentityListener listener) {
            this.identityListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Also offers an endpoint with SecurityPolicy None and anonymous access. For demos and closed
         * test benches only: anyone who reaches the port reads the plant's data.
         */
        public Builder allowInsecure(boolean allow) {
            this.insecure = allow;
            return this;
        }

        public Builder limits(ServerLimits serverLimits) {
            this.limits = Objects.requireNonNull(serverLimits, "serverLimits");
            return this;
        }

        /** @param bits RSA key size of a newly generated server certificate: 2048 or 3072 */
        public Builder keySize(int bits) {
            if (bits != 2048 && bits != 3072) {
                throw new IllegalArgumentException("the server key has 2048 or 3072 bits, not " + bits);
            }
            this.keySize = bits;
            return this;
        }

        /**
         * Gives a user plant roles (names of {@link RoleDescription}s). When the address space has roles, a
         * session sees and does only what its user's roles grant where they are assigned.
         */
        public Builder userRoles(String user, Collection<String> roles) {
            userRoles.computeIfAbsent(requireText(user, "user"), u -> new LinkedHashSet<>()).addAll(roles);
            return this;
        }

        /**
         * Gives anonymous sessions plant roles; only meaningful with {@link #allowInsecure(boolean)}. Without
         * it an anonymous session holds no plant role and, when roles are enforced, sees no plant node.
         */
        public Builder anonymousRoles(Collection<String> roles) {
            anonymousRoles.addAll(roles);
            return this;
        }

        /**
         * Lists the plant roles whose holders get the well-known role {@code role} (OPC 10000-3 §4.9.2), instead of
         * the default rule of {@link WellKnownRole#grantedByDefault(Set)}; an empty list: nobody gets it. For a
         * plant where, say, only the shift lead is a Supervisor, or the security officer but not the engineer is
         * a SecurityAdmin (who receives the audit events). Well-known roles grant nothing on plant nodes.
         */
        public Builder wellKnownRole(WellKnownRole role, Collection<String> plantRoles) {
            wellKnownRoles.put(Objects.requireNonNull(role, "role"), new LinkedHashSet<>(plantRoles));
            return this;
        }

        /**
         * Records sessions opened, refused and closed, and client certificates trusted, removed and rejected, in
         * {@code trail}, and raises every record of the trail as an OPC UA audit event for sessions with the
         * SecurityAdmin role (docs/opcua-server.md, "Audit trail"). The caller opens and closes the trail.
         */
        public Builder auditTrail(AuditTrail trail) {
            this.auditTrail = Objects.requireNonNull(trail, "trail");
            return this;
        }

        /**
         * Diagnostics switch, off by default: measure the server's own added latency, from each value's
         * ServerTimestamp to the moment the PublishResponse carrying it is written to the client's connection
         * ({@link TwinOpcUaServer#publishLatency()}). Off, nothing is installed and serving costs nothing extra;
         * on, every PublishResponse with data changes is decoded once more after it was sent.
         */
        public Builder measurePublishLatency(boolean measure) {
            this.measurePublishLatency = measure;
            return this;
        }

        public TwinServerConfig build() {
            return new TwinServerConfig(this);
        }

        private static String requireText(String text, String what) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return text;
        }
    }
}
