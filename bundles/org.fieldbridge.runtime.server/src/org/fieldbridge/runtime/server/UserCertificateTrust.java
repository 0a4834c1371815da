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
 * {@code trusted/certs} and is not revoked by a CRL of its issuer. The user name is its subject's {@code CN};
 * its plant roles come from {@code roles} (by default the subject's {@code OU} values) plus the roles the
 * configuration gives that user name.
 *
 * @param directory the user PKI folder
 * @param roles which subject attribute names the roles, and what each value grants
 */
public record UserCertificateTrust(Path directory, IdentityRoleMapping roles) {

    public UserCertificateTrust {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(roles, "roles");
    }
}
