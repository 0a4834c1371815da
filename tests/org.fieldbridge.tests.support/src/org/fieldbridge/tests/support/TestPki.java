/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Certificates for TLS tests, made with the {@code openssl} command (on every Debian machine) in a folder: a
 * CA, and certificates it signs for a server such as a broker (with the host names or addresses it is for)
 * or a client (also as PKCS#12).
 */
public final class TestPki {

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** Makes a CA named {@code name}: {@code <name>-ca.pem} and its key in {@code dir}. */
    public static TestPki ca(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        TestPki pki = new TestPki(dir);
        pki.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + name + " CA",
                "-keyout", pki.caKey().toString(), "-out", pki.caCertificate().toString(),
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return pki;
    }

    /** @return the CA's certificate (PEM) */
    public Path caCertificate() {
        return dir.resolve("ca.pem");
    }

    private Path caKey() {
        return dir.resolve("ca.key");
    }

    /**
     * Signs a certificate for {@code name}; {@code altNames} as in openssl ({@code IP:127.0.0.1},
     * {@code DNS:broker.example}); returns the PEM certificate, its key is {@code <name>.key}.
     */
    public Path sign(String name, String altNames, boolean client) throws IOException {
        Path key = dir.resolve(name + ".key");
        Path request = dir.resolve(name + ".csr");
        Path certificate = dir.resolve(name + ".pem");
        Path extensions = dir.resolve(name + ".ext");
        Files.writeString(extensions, "subjectAltName=" + altNames + "\nextendedKeyUsage="
                + (client ? "clientAuth" : "serverAuth") + "\n", StandardCharsets.UTF_8);
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + name, "-keyout", key.toString(), "-out",
                request.toString());
        openssl("x509", "-req", "-in", request.toString(), "-CA", caCertificate().toString(), "-CAkey",
                caKey().toString(), "-CAcreateserial", "-days", "2", "-extfile", extensions.toString(), "-out",
                certificate.toString());
        return certificate;
    }

    /** @return the private key (PEM) of the certificate signed for {@code name} */
    public Path key(String name) {
        return dir.resolve(name + ".key");
    }

    /** Signs a client certificate and packs it with its key into a PKCS#12 key store. */
    public KeyStore clientKeyStore(String name, char[] password) throws Exception {
        Path certificate = sign(name, "DNS:" + name + ".example", true);
        Path store = dir.resolve(name + ".p12");
        openssl("pkcs12", "-export", "-in", certificate.toString(), "-inkey", key(name).toString(), "-out",
                store.toString(), "-passout", "pass:" + new String(password));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        return keys;
    }

    /** Writes the PKCS#12 key store of {@link #clientKeyStore} to a file too; returns the file. */
    public Path clientKeyStoreFile(String name, char[] password) throws Exception {
        clientKeyStore(name, password);
        return dir.resolve(name + ".p12");
    }

    /** @return the CA certificate, as the runtime reads it from its trusted folder */
    public List<X509Certificate> trusted() throws Exception {
        try (InputStream in = Files.newInputStream(caCertificate())) {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> certificates.add((X509Certificate) c));
            return certificates;
        }
    }

    /**
     * @param clientKeys a client certificate to show (from {@link #clientKeyStore}), or null
     * @return TLS sockets (for a test's own MQTT or HTTPS client) that trust this CA only
     */
    public SSLSocketFactory socketFactory(KeyStore clientKeys, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", trusted().get(0));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        KeyManagerFactory keys = null;
        if (clientKeys != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(clientKeys, password);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private void openssl(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Path log = dir.resolve("openssl.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("openssl " + arguments[0] + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
