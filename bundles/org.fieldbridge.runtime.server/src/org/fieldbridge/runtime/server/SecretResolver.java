/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Optional;

/**
 * Resolves the secrets the server needs at run time, so that none of them is stored in a model or a
 * generated artefact (docs/opcua-server.md, "Secrets"): user password checks and the password of the
 * key store that holds the server's private key. The references themselves, and which schemes a generated
 * runtime can read ({@code env:}, {@code file:}), are {@code org.fieldbridge.core.secrets}' business; the
 * generated runtime's implementation resolves them with its {@code SecretReader}.
 */
public interface SecretResolver {

    /**
     * @param userName the user name a client presented
     * @return the check for that user's password; empty when there is no such user
     */
    Optional<PasswordCheck> passwordCheck(String userName);

    /**
     * @return the password protecting the server's key store (PKCS #12) in the PKI directory; the same
     *         value on every start, or the stored certificate cannot be read again. The caller wipes the
     *         array after use.
     */
    char[] keyStorePassword();

    /**
     * A resolver for a server with one user (a simulator, a bench, a test): that user's password is
     * checked against {@code hash}; every call of {@link #keyStorePassword()} gets a copy of
     * {@code keyStorePassword}.
     */
    static SecretResolver singleUser(String user, PasswordCheck hash, char[] keyStorePassword) {
        char[] keyStore = keyStorePassword.clone();
        return new SecretResolver() {
            @Override
            public Optional<PasswordCheck> passwordCheck(String userName) {
                return user.equals(userName) ? Optional.of(hash) : Optional.empty();
            }

            @Override
            public char[] keyStorePassword() {
                return keyStore.clone();
            }
        };
    }
}
