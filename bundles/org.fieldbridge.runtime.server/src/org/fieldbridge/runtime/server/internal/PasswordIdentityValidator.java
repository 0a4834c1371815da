/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.Arrays;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractUsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultUsernameIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.fieldbridge.runtime.server.SecretResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks user name tokens (OPC 10000-4 §7.41.4) through the {@link SecretResolver}. Milo decrypts the
 * token; the password goes to the site's {@link org.fieldbridge.runtime.server.PasswordCheck} only and
 * is never logged.
 */
final class PasswordIdentityValidator extends AbstractUsernameIdentityValidator {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordIdentityValidator.class);

    private final SecretResolver secrets;

    PasswordIdentityValidator(SecretResolver secrets) {
        this.secrets = secrets;
    }

    @Override
    protected Identity.UsernameIdentity authenticateUsernamePassword(Session session, String username,
            String password) {
        char[] candidate = password.toCharArray();
        try {
            boolean accepted = secrets.passwordCheck(username).map(check -> check.matches(candidate)).orElse(false);
            if (accepted) {
                LOG.info("user '{}' authenticated", AuthenticatedUser.printable(username));
                return new DefaultUsernameIdentity(username);
            }
            // Same answer for an unknown user and a wrong password (no user enumeration).
            LOG.warn("user name/password rejected for user '{}'", AuthenticatedUser.printable(username));
            return null;
        } finally {
            Arrays.fill(candidate, '\0');
        }
    }
}
