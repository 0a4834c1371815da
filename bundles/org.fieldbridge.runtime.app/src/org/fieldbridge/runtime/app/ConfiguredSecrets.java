/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.fieldbridge.runtime.server.PasswordCheck;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;

/**
 * The secrets of the runtime's OPC UA server from its configuration: user passwords as salted hashes
 * (the plain passwords were wiped after hashing), the key store password read from its reference each time
 * it is needed.
 */
final class ConfiguredSecrets implements SecretResolver {

    private final Map<String, PasswordHash> users;
    private final Supplier<char[]> keyStorePassword;

    ConfiguredSecrets(Map<String, PasswordHash> users, Supplier<char[]> keyStorePassword) {
        this.users = Map.copyOf(users);
        this.keyStorePassword = keyStorePassword;
    }

    @Override
    public Optional<PasswordCheck> passwordCheck(String userName) {
        return Optional.ofNullable(users.get(userName));
    }

    @Override
    public char[] keyStorePassword() {
        return keyStorePassword.get();
    }
}
