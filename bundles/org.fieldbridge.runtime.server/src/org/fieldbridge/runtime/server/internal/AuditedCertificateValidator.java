/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;

/**
 * The server's check of client application certificates with an audit record for each one it rejects (the
 * certificate then lies in {@code <pki>/rejected}): subject, application URI, thumbprint and the reason.
 */
final class AuditedCertificateValidator implements CertificateValidator {

    private final CertificateValidator delegate;
    private final AuditSink audit;

    AuditedCertificateValidator(CertificateValidator delegate, AuditSink audit) {
        this.delegate = delegate;
        this.audit = audit;
    }

    @Override
    public void validateCertificateChain(List<X509Certificate> chain, String applicationUri, String[] hostnames)
            throws UaException {
        try {
            delegate.validateCertificateChain(chain, applicationUri, hostnames);
        } catch (UaException e) {
            X509Certificate certificate = chain.isEmpty() ? null : chain.get(0);
            AuditRecord record = AuditRecord.failure(certificate == null ? "" : uri(certificate), "",
                    AuditCategory.CERTIFICATE, "rejected", AuditedSessions.statusName(e));
            if (certificate != null) {
                record = record.with("subject", certificate.getSubjectX500Principal().getName())
                        .with("thumbprint", Thumbprints.sha1(certificate))
                        .with("folder", "rejected");
            }
            audit.record(record.with("reason", String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private static String uri(X509Certificate certificate) {
        return CertificateUtil.getSanUri(certificate).orElse("");
    }
}
