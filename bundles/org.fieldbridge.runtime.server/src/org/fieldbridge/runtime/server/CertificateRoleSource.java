/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/** Where an X.509 user certificate names its user's plant roles ({@link UserCertificateTrust#roleSource()}). */
public enum CertificateRoleSource {
    /**
     * The values of one subject attribute (default {@code OU}), looked up in the configured table
     * ({@link UserCertificateTrust#roles()}): the CA names groups, the runtime decides which plant role each gives.
     */
    SUBJECT,
    /**
     * The subjectAltName extension's URIs {@code urn:fieldbridge:role:<plantRole>}
     * ({@link UserCertificateTrust#ROLE_URI_PREFIX}): the CA names the plant roles themselves, so a certificate
     * grants exactly what was written into it, whatever the user's department is called.
     */
    EXTENSION
}
