/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.fieldbridge.runtime.server.TwinServerConfig;

/**
 * The server's PKI directory (OPC 10000-12 §F.1 layout, as Milo and most stacks use it):
 * <pre>
 * own/server.p12          key store with the application instance certificate and private key
 * own/certs/server.der    the certificate alone, to hand to clients
 * trusted/certs, trusted/crl   client certificates (and CRLs) the server trusts
 * issuer/certs, issuer/crl     CA certificates used only to build chains
 * rejected/               certificates of clients that were refused; move one to trusted/certs to trust it
 * </pre>
 * The trust list directories are watched: a certificate copied in is trusted without a restart. With an audit
 * trail, rejected certificates and changes of {@code trusted/certs} are recorded ({@link TrustListAudit}).
 */
final class ServerPki implements AutoCloseable {

    private final FileBasedTrustListManager trustList;
    private final DefaultCertificateManager certificateManager;
    private final X509Certificate[] chain;
    private final Path directory;

    private TrustListAudit trustListAudit;

    private ServerPki(Path directory, FileBasedTrustListManager trustList, DefaultCertificateManager manager,
            X509Certificate[] chain) {
        this.directory = directory;
        this.trustList = trustList;
        this.certificateManager = manager;
        this.chain = chain;
    }

    static ServerPki open(TwinServerConfig config, AuditSink audit) throws Exception {
        Path directory = config.pkiDirectory().toAbsolutePath();
        Path own = directory.resolve("own");
        Files.createDirectories(own.resolve("certs"));
        Path rejected = directory.resolve("rejected");
        Files.createDirectories(rejected);
        FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(directory);
        try {
            var quarantine = FileBasedCertificateQuarantine.create(rejected);
            var store = new ServerKeyStore(own, () -> config.secrets().keyStorePassword());
            var factory = new ServerCertificateFactory("Fieldbridge runtime " + config.name(),
                    config.applicationUri(), config.endpointHosts(), config.keySize());
            var group = DefaultApplicationGroup.createAndInitialize(trustList, store, factory,
                    new AuditedCertificateValidator(new DefaultServerCertificateValidator(trustList, quarantine), audit));
            X509Certificate[] chain = group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType)
                    .orElseThrow(() -> new IOException("no server certificate in " + own));
            ServerPki pki = new ServerPki(directory, trustList, new DefaultCertificateManager(quarantine, group), chain);
            if (config.auditTrail().isPresent()) {
                pki.trustListAudit = TrustListAudit.start(directory.resolve("trusted").resolve("certs"), audit);
            }
            return pki;
        } catch (Exception e) {
            trustList.close();
            throw e;
        }
    }

    DefaultCertificateManager certificateManager() {
        return certificateManager;
    }

    X509Certificate certificate() {
        return chain[0];
    }

    Path directory() {
        return directory;
    }

    void trust(X509Certificate clientCertificate) {
        trustList.addTrustedCertificate(clientCertificate);
    }

    List<X509Certificate> trustedCertificates() {
        return trustList.getTrustedCertificates();
    }

    @Override
    public void close() throws IOException {
        if (trustListAudit != null) {
            trustListAudit.close();
        }
        trustList.close();
    }
}
