/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.runtime.opcua.ClientCertificateStore;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.ClientCertificate;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Identity;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Mode;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Policy;
import org.fieldbridge.runtime.opcua.TrustedServerCertificates;

/**
 * What commissioning needs to open a session with an OPC UA controller as the runtime would: how secrets are read
 * ({@link SecretResolver}: {@code env:} and {@code file:} references through {@link SecretReader} headless, also
 * {@code secure-storage:} in the workbench), and the PKI folder in the runtime's
 * layout — {@code client/} the client certificate ({@link ClientCertificateStore}, created on first use),
 * {@code controllers/NAME/} the server certificates trusted for connection NAME. Pointing it at a runtime's
 * {@code pki} folder commissions with the very certificate the runtime will use.
 *
 * @param pki the PKI folder
 * @param keyStorePassword the reference to the client key store's password
 * @param secrets reads secret references
 * @param requestTimeout the longest wait for the session and for each request
 * @param trustedFolders per connection a folder of trusted server certificates other than {@code controllers/NAME/}
 *        (a runtime configuration's {@code connection.NAME.trustedCertificates})
 */
public record OpcUaAccess(Path pki, SecretReference keyStorePassword, SecretResolver secrets, Duration requestTimeout,
        Map<String, Path> trustedFolders) {

    /** The ApplicationUri of a client certificate commissioning creates. */
    public static final String APPLICATION_URI = "urn:fieldbridge:commissioning:client";
    /** The reference to the key store password when none is given. */
    public static final String DEFAULT_KEY_STORE_PASSWORD = "env:FB_COMMISSIONING_KEYSTORE_PASSWORD";

    public OpcUaAccess {
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        trustedFolders = Map.copyOf(trustedFolders);
    }

    /**
     * @param pki the PKI folder
     * @param keyStorePassword the reference to the client key store's password
     * @param secrets reads {@code env:} and {@code file:} references
     * @param requestTimeout the longest wait for the session and for each request
     */
    public OpcUaAccess(Path pki, SecretReference keyStorePassword, SecretReader secrets, Duration requestTimeout) {
        this(pki, keyStorePassword, SecretResolver.of(secrets), requestTimeout, Map.of());
    }

    /**
     * @param environment the environment variables {@code env:} references read
     * @param pki the PKI folder
     * @return access with the default key store password reference and a 5 s request timeout; relative
     *         {@code file:} references start at the working directory
     */
    public static OpcUaAccess of(Map<String, String> environment, Path pki) {
        return new OpcUaAccess(pki, SecretReference.parse(DEFAULT_KEY_STORE_PASSWORD),
                new SecretReader(environment, Path.of("").toAbsolutePath()), Duration.ofSeconds(5));
    }

    /** @return the default PKI folder of a user: {@code ~/.fieldbridge/commissioning/pki} */
    public static Path defaultPki() {
        return Path.of(System.getProperty("user.home"), ".fieldbridge", "commissioning", "pki");
    }

    /**
     * @param reference the reference to the key store password
     * @return this access with another key store password
     */
    public OpcUaAccess withKeyStorePassword(SecretReference reference) {
        return new OpcUaAccess(pki, reference, secrets, requestTimeout, trustedFolders);
    }

    /**
     * @param resolver reads secret references (the workbench's also reads its secure storage)
     * @return this access with another resolver
     */
    public OpcUaAccess withSecrets(SecretResolver resolver) {
        return new OpcUaAccess(pki, keyStorePassword, resolver, requestTimeout, trustedFolders);
    }

    /**
     * @param connection a connection's name
     * @param folder the folder of its trusted server certificates
     * @return this access trusting the certificates in that folder for the connection
     */
    public OpcUaAccess withTrustedFolder(String connection, Path folder) {
        Map<String, Path> folders = new java.util.LinkedHashMap<>(trustedFolders);
        folders.put(connection, folder);
        return new OpcUaAccess(pki, keyStorePassword, secrets, requestTimeout, folders);
    }

    /** @return where the client certificate alone is, for the servers' trust lists */
    public Path clientCertificateFile() {
        return store().certificateFile();
    }

    /** @return the folder of server certificates trusted for a connection */
    public Path trustedFolder(String connection) {
        return trustedFolders.getOrDefault(connection, pki.resolve("controllers").resolve(connection));
    }

    private ClientCertificateStore store() {
        return new ClientCertificateStore(pki.resolve("client"));
    }

    /**
     * The runtime's settings for a controller: its endpoint, policy and mode, identity (the password read from its
     * reference when the session is activated), the client certificate and the trusted server certificates.
     *
     * @param controller the controller
     * @return the settings
     * @throws IllegalArgumentException why a session cannot be tried, in plant words (never a secret)
     */
    public OpcUaEndpointSettings settings(Controller.OpcUa controller) {
        Policy policy = Policy.valueOf(controller.policy());
        Mode mode = Mode.valueOf(controller.mode());
        Identity identity = identity(controller);
        if (policy == Policy.NONE) {
            return new OpcUaEndpointSettings(controller.endpoint(), policy, mode, identity, null, List.of(),
                    requestTimeout);
        }
        ClientCertificate client = clientCertificate();
        Path folder = trustedFolder(controller.name());
        List<X509Certificate> trusted;
        try {
            trusted = TrustedServerCertificates.load(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("no trusted server certificate in " + folder + "; put " + controller.name()
                    + "'s certificate (DER or PEM) there, and " + clientCertificateFile() + " into its trust list");
        }
        return new OpcUaEndpointSettings(controller.endpoint(), policy, mode, identity, client, trusted, requestTimeout);
    }

    private Identity identity(Controller.OpcUa controller) {
        if (controller.user() == null) {
            return new OpcUaEndpointSettings.Anonymous();
        }
        SecretReference reference;
        try {
            reference = SecretReference.parseFor(controller.passwordRef(), secrets.consumer());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("password of " + controller.name() + " " + e.getMessage(), e);
        }
        String purpose = "password of user " + controller.user() + " on " + controller.name();
        char[] proof = readSecret(purpose + " (" + reference + ")", purpose, reference);
        Arrays.fill(proof, '\0'); // read once to say now, not in the middle of the handshake, when it is missing
        return new OpcUaEndpointSettings.UserName(controller.user(), () -> secrets.read(reference, purpose));
    }

    private ClientCertificate clientCertificate() {
        String purpose = "password of the commissioning client's key store";
        Arrays.fill(readSecret("client key store password (" + keyStorePassword + ")", purpose, keyStorePassword), '\0');
        ClientCertificate client;
        try {
            client = store().openOrCreate(APPLICATION_URI, "Fieldbridge commissioning (client)",
                    List.of("localhost"), () -> secrets.read(keyStorePassword, purpose));
        } catch (IOException e) {
            throw new IllegalArgumentException("the client certificate in " + pki.resolve("client")
                    + " cannot be opened (wrong key store password " + keyStorePassword + "?)", e);
        }
        // a runtime's certificate names the runtime's ApplicationUri: the session must use that one
        return new ClientCertificate(applicationUri(client.chain()[0]), client.keyPair(), client.chain());
    }

    private char[] readSecret(String what, String purpose, SecretReference reference) {
        try {
            return secrets.read(reference, purpose);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    /** The URI in the certificate's subjectAltName (type 6), which servers compare with the session's. */
    static String applicationUri(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (name.size() >= 2 && Integer.valueOf(6).equals(name.get(0))) {
                        return String.valueOf(name.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // fall back to ours
        }
        return APPLICATION_URI;
    }
}
