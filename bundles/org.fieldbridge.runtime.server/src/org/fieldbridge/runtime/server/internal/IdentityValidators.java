/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.IOException;
import java.time.Clock;

import org.fieldbridge.runtime.server.CertificateRoleSource;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the certificate and issued-token validators from the configuration, checking it at start. */
final class IdentityValidators {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityValidators.class);

    private IdentityValidators() {
    }

    static CertificateIdentityValidator certificates(TwinServerConfig config) throws IOException {
        UserCertificateTrust trust = config.userCertificateTrust().orElse(null);
        UserCertificateValidation validation = null;
        if (trust != null) {
            if (trust.roleSource() == CertificateRoleSource.SUBJECT
                    && !SubjectNames.isKnownAttribute(trust.roles().attribute())) {
                throw new IllegalArgumentException("'" + trust.roles().attribute()
                        + "' is not a certificate subject attribute (OU, O, CN, DC, ...)");
            }
            validation = new UserCertificateValidation(trust.directory().toAbsolutePath(), Clock.systemUTC(),
                    trust.requireCrl());
            validation.createFolders();
            LOG.info("X.509 user certificates accepted when trusted in {}; plant roles from {}; {}",
                    trust.directory().toAbsolutePath(), trust.roleSource() == CertificateRoleSource.SUBJECT
                            ? "the subject's " + trust.roles().attribute()
                            : "the subjectAltName URIs " + UserCertificateTrust.ROLE_URI_PREFIX + "<plant role>",
                    trust.requireCrl() ? "every CA needs a revocation list in trusted/crl or issuer/crl"
                            : "revocation checked where a CA has a revocation list");
        }
        return new CertificateIdentityValidator(config.userCertificates().orElse(null), trust, validation);
    }

    static IssuedTokenIdentityValidator issuedTokens(IssuedTokenTrust trust) {
        JwksKeys keys = JwksKeys.read(trust.jwksFile());
        LOG.info("issued tokens (JWT) of '{}' for '{}' accepted, {} key(s) in {}; plant roles from the claim '{}'",
                trust.issuer(), trust.audience(), keys.keys().size(), trust.jwksFile(), trust.roles().attribute());
        return new IssuedTokenIdentityValidator(new JwtCheck(trust, keys, Clock.systemUTC()));
    }
}
