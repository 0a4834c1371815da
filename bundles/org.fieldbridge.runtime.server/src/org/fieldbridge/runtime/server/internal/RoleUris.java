/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the plant roles a user certificate names in its subjectAltName extension (RFC 5280 §4.2.1.6), as URIs
 * {@code urn:fieldbridge:role:<plantRole>}. A URI, not a custom extension: every CA tool writes one
 * ({@code subjectAltName = URI:urn:fieldbridge:role:anodizingOperator} in OpenSSL) and every certificate viewer
 * shows it. Other alternative names (an e-mail address, the user's UPN) are left alone.
 */
final class RoleUris {

    private static final Logger LOG = LoggerFactory.getLogger(RoleUris.class);
    private static final int URI = 6; // GeneralName uniformResourceIdentifier
    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private RoleUris() {
    }

    /**
     * @return the plant role names of the certificate's role URIs, in order
     * @throws IdentityRefusal when the extension cannot be read
     */
    static Set<String> of(X509Certificate certificate) throws IdentityRefusal {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            throw IdentityRefusal.invalid("Bad_CertificateInvalid: the user certificate '"
                    + SubjectNames.commonName(certificate) + "' has an unreadable subjectAltName extension");
        }
        Set<String> roles = new LinkedHashSet<>();
        if (names == null) {
            return roles;
        }
        String prefix = UserCertificateTrust.ROLE_URI_PREFIX;
        for (List<?> name : names) {
            if (!(name.get(0) instanceof Integer type) || type != URI || !(name.get(1) instanceof String uri)) {
                continue;
            }
            // the "urn:" scheme and namespace are case-insensitive (RFC 8141 §3.1); the role name is not
            if (uri.length() > prefix.length() && uri.substring(0, prefix.length()).toLowerCase(Locale.ROOT)
                    .equals(prefix)) {
                String role = uri.substring(prefix.length());
                if (ROLE.matcher(role).matches()) {
                    roles.add(role);
                } else {
                    LOG.warn("user certificate '{}': '{}' names no plant role (letters, digits and '_'); ignored",
                            AuthenticatedUser.printable(SubjectNames.commonName(certificate)),
                            AuthenticatedUser.printable(uri));
                }
            }
        }
        return roles;
    }
}
