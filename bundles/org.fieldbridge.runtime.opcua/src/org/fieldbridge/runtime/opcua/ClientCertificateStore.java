/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.ClientCertificate;

/**
 * The runtime's own OPC UA client certificate (its application instance certificate towards controllers
 * that require signed or encrypted channels), kept in a folder:
 *
 * <pre>
 * client.p12         key store with the certificate and its private key (owner-only, password resolved at run time)
 * certs/client.der   the certificate alone, to give to the controllers' administrators (their trust lists)
 * </pre>
 *
 * Created on first use (self-signed, RSA 2048, SHA-256, valid 5 years, the application URI and the host
 * names in the subjectAltName) and reused afterwards, so that a controller trusts it once.
 */
public final class ClientCertificateStore {

    private static final String ALIAS = "client-rsa-sha256";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Path keyStoreFile;
    private final Path exportedCertificate;

    /** @param directory the folder holding {@code client.p12} and {@code certs/client.der} */
    public ClientCertificateStore(Path directory) {
        Objects.requireNonNull(directory, "directory");
        this.keyStoreFile = directory.resolve("client.p12");
        this.exportedCertificate = directory.resolve("certs").resolve("client.der");
    }

    /** @return where the certificate alone (DER) is, for the controllers' trust lists */
    public Path certificateFile() {
        return exportedCertificate;
    }

    /**
     * Loads the certificate, creating it when the folder has none.
     *
     * @param applicationUri the client's ApplicationUri (also in the certificate)
     * @param commonName the certificate's subject common name
     * @param hostnames names and addresses of this machine, for the subjectAltName
     * @param password the key store password; asked for on every call, the array is wiped after use
     * @throws IOException when the key store exists but cannot be read (e.g. a wrong password): it is never
     *         silently replaced, since controllers trust the certificate inside it
     */
    public ClientCertificate openOrCreate(String applicationUri, String commonName, List<String> hostnames,
            Supplier<char[]> password) throws IOException {
        try {
            if (Files.isRegularFile(keyStoreFile)) {
                return load(applicationUri, password);
            }
            return create(applicationUri, commonName, hostnames, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("client certificate in " + keyStoreFile + ": " + e.getMessage(), e);
        }
    }

    private ClientCertificate load(String applicationUri, Supplier<char[]> password)
            throws IOException, GeneralSecurityException {
        char[] secret = password.get();
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, secret);
            Key key = keyStore.getKey(ALIAS, secret);
            Certificate[] chain = keyStore.getCertificateChain(ALIAS);
            if (!(key instanceof PrivateKey privateKey) || chain == null) {
                throw new IOException(keyStoreFile + " has no entry " + ALIAS);
            }
            X509Certificate[] x509 = Arrays.copyOf(chain, chain.length, X509Certificate[].class);
            return new ClientCertificate(applicationUri, new KeyPair(x509[0].getPublicKey(), privateKey), x509);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private ClientCertificate create(String applicationUri, String commonName, List<String> hostnames,
            Supplier<char[]> password) throws IOException, GeneralSecurityException {
        KeyPair keys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keys)
                .setCommonName(commonName)
                .setOrganization("Fieldbridge")
                .setApplicationUri(applicationUri)
                .setValidityPeriod(Period.ofYears(5));
        for (String host : hostnames) {
            if (IPV4.matcher(host).matches() || host.contains(":")) {
                builder.addIpAddress(host);
            } else {
                builder.addDnsName(host);
            }
        }
        X509Certificate certificate;
        try {
            certificate = builder.build();
        } catch (Exception e) {
            throw new GeneralSecurityException("cannot create the certificate: " + e.getMessage(), e);
        }
        X509Certificate[] chain = { certificate };
        store(keys.getPrivate(), chain, password);
        return new ClientCertificate(applicationUri, keys, chain);
    }

    /** Writes the key store through a temporary file, so that a crash never leaves half a key store. */
    private void store(PrivateKey key, X509Certificate[] chain, Supplier<char[]> password)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(exportedCertificate.getParent());
        char[] secret = password.get();
        Path temporary = Files.createTempFile(keyStoreFile.getParent(), "client", ".p12.tmp");
        try {
            if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, secret);
            keyStore.setKeyEntry(ALIAS, key, secret, chain);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                keyStore.store(out, secret);
            }
            try {
                Files.move(temporary, keyStoreFile, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, keyStoreFile, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(exportedCertificate, chain[0].getEncoded());
        } finally {
            Arrays.fill(secret, '\0');
            Files.deleteIfExists(temporary);
        }
    }
}
