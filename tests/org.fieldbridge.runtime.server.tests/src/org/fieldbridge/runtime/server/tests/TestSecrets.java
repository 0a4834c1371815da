/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.fieldbridge.runtime.server.PasswordCheck;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;

/**
 * Secrets made up by the test at run time: one user with a random password (kept only as a PBKDF2
 * hash on the server side) and a random key store password. Nothing is written to a file or a log.
 */
final class TestSecrets implements SecretResolver {

    static final String USER = "operator";

    private final String password = random();
    private final char[] keyStorePassword = random().toCharArray();
    // few iterations: the test checks the wiring, not the work factor
    private final PasswordHash hash = PasswordHash.of(password.toCharArray(), 1_000);

    /** @return the user's password, for the test client only */
    String password() {
        return password;
    }

    /** @return another random password that is certainly wrong */
    String wrongPassword() {
        String wrong;
        do {
            wrong = random();
        } while (wrong.equals(password));
        return wrong;
    }

    @Override
    public Optional<PasswordCheck> passwordCheck(String userName) {
        return USER.equals(userName) ? Optional.of(hash) : Optional.empty();
    }

    @Override
    public char[] keyStorePassword() {
        return keyStorePassword.clone();
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
