/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The server's application instance certificate and private key in a PKCS #12 file of the PKI
 * directory ({@code own/server.p12}), protected by a password resolved at run time and, where the
 * file system supports it, readable by the owner only. The certificate alone is also written to
 * {@code own/certs/server.der} so that an administrator can hand it to clients.
 */
final class ServerKeyStore implements CertificateStore {

    private static final String ALIAS = "server-rsa-sha256";

    private final Path file;
    private final Path exportedCertificate;
    private final Supplier<char[]> password;

    ServerKeyStore(Path ownDirectory, Supplier<char[]> password) {
        this.file = ownDirectory.resolve("server.p12");
        this.exportedCertificate = ownDirectory.resolve("certs").resolve("server.der");
        this.password = password;
    }

    @Override
    public synchronized boolean contains(NodeId certificateTypeId) throws Exception {
        return get(certificateTypeId) != null;
    }

    @Override
    public synchronized Entry get(NodeId certificateTypeId) throws Exception {
        if (!NodeIds.RsaSha256ApplicationCertificateType.equals(certificateTypeId) || !Files.isRegularFile(file)) {
            return null;
        }
        char[] secret = password.get();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, secret);
            Key key = keyStore.getKey(ALIAS, secret);
            Certificate[] chain = keyStore.getCertificateChain(ALIAS);
            if (!(key instanceof PrivateKey privateKey) || chain == null) {
                throw new IOException(file + " has no entry " + ALIAS);
            }
            return new Entry(privateKey, Arrays.copyOf(chain, chain.length, X509Certificate[].class));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public synchronized Entry remove(NodeId certificateTypeId) throws Exception {
        Entry entry = get(certificateTypeId);
        if (entry != null) {
            Files.delete(file);
        }
        return entry;
    }

    @Override
    public synchronized void set(NodeId certificateTypeId, Entry entry) throws Exception {
        if (!NodeIds.RsaSha256ApplicationCertificateType.equals(certificateTypeId)) {
            throw new IllegalArgumentException("only RSA-SHA256 application certificates are kept");
        }
        Files.createDirectories(exportedCertificate.getParent());
        char[] secret = password.get();
        Path temporary = Files.createTempFile(file.getParent(), "server", ".p12.tmp");
        try {
            ownerOnly(temporary);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, secret);
            keyStore.setKeyEntry(ALIAS, entry.privateKey, secret, entry.certificateChain);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                keyStore.store(out, secret);
            }
            move(temporary, file);
            Files.write(exportedCertificate, entry.certificateChain[0].getEncoded());
        } finally {
            Arrays.fill(secret, '\0');
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
