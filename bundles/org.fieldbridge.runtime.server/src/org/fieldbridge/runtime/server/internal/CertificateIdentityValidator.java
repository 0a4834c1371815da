/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.cert.X509Certificate;
import java.util.Optional;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractX509IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultX509UserIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.fieldbridge.runtime.server.UserCertificateCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps X.509 user identity tokens (OPC 10000-4 §7.41.5) to users through a {@link UserCertificateCheck}. */
final class CertificateIdentityValidator extends AbstractX509IdentityValidator {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIdentityValidator.class);

    private final UserCertificateCheck check;

    CertificateIdentityValidator(UserCertificateCheck check) {
        this.check = check;
    }

    @Override
    protected Identity.X509UserIdentity authenticateCertificate(Session session, X509Certificate certificate) {
        Optional<String> user = check.userFor(certificate);
        if (user.isEmpty()) {
            LOG.warn("user certificate rejected: {}", certificate.getSubjectX500Principal().getName());
            return null;
        }
        LOG.info("user '{}' authenticated by certificate", user.get());
        DefaultX509UserIdentity identity = new DefaultX509UserIdentity(certificate);
        identity.setUserData(user.get()); // the configured user whose roles the session gets (PlantRoleMapper)
        return identity;
    }
}
