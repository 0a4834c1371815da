/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How X.509 user certificates (OPC 10000-4 §7.41.5) are checked and what they grant. The user PKI folder has
 * the layout of the server's own PKI, separate from it (a user certificate never makes an application
 * trusted, nor the other way round):
 * <pre>
 * trusted/certs   user certificates trusted as they are, and CA certificates whose users are trusted
 * trusted/crl     revocation lists of those CAs
 * issuer/certs    intermediate CA certificates used only to build chains
 * issuer/crl      their revocation lists
 * </pre>
 * A certificate is accepted only when it is within its validity period, may be used for signing by a client
 * (key usage digitalSignature, extended key usage clientAuth when those extensions are present), chains to
 * {@code trusted/certs} and is not revoked by a CRL of its issuer; with {@code requireCrl} every CA of the chain must
 * also have a current CRL in the folder (not past its nextUpdate; else Bad_CertificateRevocationUnknown), without it
 * a CA lacking one is logged once and its users are accepted. The user name is its subject's {@code CN}; its plant roles come from
 * {@code roleSource}: the subject attribute of {@code roles} (by default {@code OU}) looked up in its table, or the
 * subjectAltName URIs {@code urn:fieldbridge:role:<plantRole>}; plus the roles the configuration gives that user
 * name.
 *
 * @param directory the user PKI folder
 * @param roles which subject attribute names the roles, and what each value grants (only with
 *        {@link CertificateRoleSource#SUBJECT})
 * @param roleSource where the certificate names the roles
 * @param requireCrl true to refuse users of a CA whose revocation list is not in the folder
 */
public record UserCertificateTrust(Path directory, IdentityRoleMapping roles, CertificateRoleSource roleSource,
        boolean requireCrl) {

    /**
     * The start of a subjectAltName URI naming a plant role ({@link CertificateRoleSource#EXTENSION}), e.g.
     * {@code urn:fieldbridge:role:anodizingOperator}.
     */
    public static final String ROLE_URI_PREFIX = "urn:fieldbridge:role:";

    public UserCertificateTrust {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(roleSource, "roleSource");
        if (roleSource == CertificateRoleSource.EXTENSION && !roles.rolesByValue().isEmpty()) {
            throw new IllegalArgumentException("certificates that name their plant roles in the subjectAltName "
                    + "need no table of subject values");
        }
    }

    /** Roles from the subject attribute of {@code roles}; revocation checked where a CA has a CRL. */
    public UserCertificateTrust(Path directory, IdentityRoleMapping roles) {
        this(directory, roles, CertificateRoleSource.SUBJECT, false);
    }

    /** @return trust of the certificates in {@code directory} whose subjectAltName URIs name their plant roles */
    public static UserCertificateTrust rolesFromExtension(Path directory) {
        return new UserCertificateTrust(directory, IdentityRoleMapping.of("OU"), CertificateRoleSource.EXTENSION,
                false);
    }

    /** @return this trust, refusing ({@code true}) or accepting users of a CA without a revocation list */
    public UserCertificateTrust requiringCrl(boolean required) {
        return new UserCertificateTrust(directory, roles, roleSource, required);
    }
}
