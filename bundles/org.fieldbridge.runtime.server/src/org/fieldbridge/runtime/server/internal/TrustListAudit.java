/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;

/**
 * Watches {@code <pki>/trusted/certs} (the folder Milo's trust list watches too) and records each client
 * certificate that becomes trusted or is removed from it, by thumbprint, subject and file, as an administrator
 * moves files in and out (or {@code trustClient} writes one). Thread {@code fieldbridge-audit-trust-list}.
 */
final class TrustListAudit implements AutoCloseable {

    private final Path folder;
    private final AuditSink audit;
    private final WatchService watcher;
    private final Thread thread;
    private Map<String, Trusted> known;

    private record Trusted(String thumbprint, String subject, String uri) {
    }

    private TrustListAudit(Path folder, AuditSink audit, WatchService watcher) {
        this.folder = folder;
        this.audit = audit;
        this.watcher = watcher;
        this.known = scan();
        this.thread = new Thread(this::watch, "fieldbridge-audit-trust-list");
        thread.setDaemon(true);
    }

    static TrustListAudit start(Path folder, AuditSink audit) throws IOException {
        Files.createDirectories(folder);
        WatchService watcher = folder.getFileSystem().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        TrustListAudit audit1 = new TrustListAudit(folder, audit, watcher);
        audit1.thread.start();
        return audit1;
    }

    private void watch() {
        try {
            while (true) {
                var key = watcher.take();
                Thread.sleep(100); // let a copy finish before the file is read
                key.pollEvents();
                key.reset();
                compare();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed with the server
        }
    }

    private synchronized void compare() {
        Map<String, Trusted> now = scan();
        now.forEach((file, cert) -> {
            Trusted before = known.get(file);
            if (before == null || !before.thumbprint().equals(cert.thumbprint())) {
                audit.record(record("trusted", file, cert));
            }
        });
        known.forEach((file, cert) -> {
            if (!now.containsKey(file)) {
                audit.record(record("removed", file, cert));
            }
        });
        known = now;
    }

    private static AuditRecord record(String action, String file, Trusted cert) {
        return AuditRecord.success(cert.uri(), "", AuditCategory.CERTIFICATE, action)
                .with("subject", cert.subject()).with("thumbprint", cert.thumbprint())
                .with("file", "trusted/certs/" + file);
    }

    private Map<String, Trusted> scan() {
        Map<String, Trusted> found = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(in);
                    found.put(file.getFileName().toString(), new Trusted(Thumbprints.sha1(cert),
                            cert.getSubjectX500Principal().getName(), CertificateUtil.getSanUri(cert).orElse("")));
                } catch (IOException | CertificateException | ClassCastException e) {
                    // not (yet) a certificate: Milo ignores it as well
                }
            });
        } catch (IOException e) {
            // the folder is gone: nothing is trusted
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
