/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractX509IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultX509UserIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.X509IdentityToken;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.fieldbridge.runtime.server.UserCertificateCheck;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * X.509 user identity tokens (OPC 10000-4 §7.41.5). This validator checks the certificate against the user PKI
 * ({@link UserCertificateValidation}) when one is configured, lets Milo check the token signature (the client
 * holds the private key), then names the user (the {@link UserCertificateCheck} when configured, else the subject's
 * CN) and reads the plant roles the certificate names (its subject through the configured table, or its
 * subjectAltName role URIs, {@link org.fieldbridge.runtime.server.CertificateRoleSource}).
 */
final class CertificateIdentityValidator extends AbstractX509IdentityValidator {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIdentityValidator.class);

    private final UserCertificateCheck check;
    private final UserCertificateTrust trust;
    private final UserCertificateValidation validation;

    /**
     * @param check names the user of a certificate; null: the subject's CN
     * @param trust the user PKI and role mapping; null: only {@code check} decides
     */
    CertificateIdentityValidator(UserCertificateCheck check, UserCertificateTrust trust,
            UserCertificateValidation validation) {
        this.check = check;
        this.trust = trust;
        this.validation = validation;
    }

    @Override
    protected Identity.X509UserIdentity validateX509Token(Session session, X509IdentityToken token,
            UserTokenPolicy policy, SignatureData signature) throws UaException {
        if (validation != null) {
            // Before Milo checks the token signature: the JDK refuses to verify with a certificate whose key usage
            // forbids signing, and the user PKI's checks name that problem in plant words.
            X509Certificate certificate = CertificateUtil.decodeCertificate(token.getCertificateData().bytesOrEmpty());
            try {
                validation.check(certificate);
            } catch (IdentityRefusal refusal) {
                LOG.warn("user certificate refused: {}", refusal.reason());
                throw refusal;
            }
        }
        try {
            return super.validateX509Token(session, token, policy, signature);
        } catch (IdentityRefusal.Unchecked e) {
            throw e.refusal();
        }
    }

    @Override
    protected Identity.X509UserIdentity authenticateCertificate(Session session, X509Certificate certificate) {
        try {
            AuthenticatedUser user = authenticate(certificate);
            LOG.info("user '{}' authenticated by certificate{}", AuthenticatedUser.printable(user.name()),
                    user.plantRoles().isEmpty() ? "" : " with plant roles " + user.plantRoles());
            DefaultX509UserIdentity identity = new DefaultX509UserIdentity(certificate);
            identity.setUserData(user); // read by PlantRoleMapper
            return identity;
        } catch (IdentityRefusal refusal) {
            LOG.warn("user certificate refused: {}", refusal.reason());
            throw new IdentityRefusal.Unchecked(refusal);
        }
    }

    private AuthenticatedUser authenticate(X509Certificate certificate) throws IdentityRefusal {
        String name;
        if (check != null) {
            Optional<String> user = check.userFor(certificate);
            if (user.isEmpty()) {
                throw IdentityRefusal.rejected("the user certificate '" + SubjectNames.commonName(certificate)
                        + "' is not one of a configured certificate user");
            }
            name = user.get();
        } else {
            name = SubjectNames.commonName(certificate);
        }
        return new AuthenticatedUser(name, rolesNamedBy(certificate));
    }

    private Set<String> rolesNamedBy(X509Certificate certificate) throws IdentityRefusal {
        if (trust == null) {
            return Set.of();
        }
        return switch (trust.roleSource()) {
            case SUBJECT -> trust.roles().rolesFor(SubjectNames.values(certificate, trust.roles().attribute()));
            case EXTENSION -> RoleUris.of(certificate);
        };
    }
}
