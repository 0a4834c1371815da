/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;

/**
 * Reads the secrets commissioning needs (an OPC UA user's password, the client key store's password). Headless, the
 * command line reads {@code env:} and {@code file:} references ({@link #of(SecretReader)}); the workbench brings its
 * own, which also reads {@code secure-storage:} references from Eclipse secure storage and asks for a password that
 * is missing. Values are handed out as a {@code char[]} the caller wipes; they never appear in a message.
 */
public interface SecretResolver {

    /**
     * @param reference where the secret is
     * @param purpose what it is for, in plant words, e.g. {@code password of user fieldbridge on Oven2}
     * @return the secret; the caller wipes it after use
     * @throws IllegalArgumentException when it cannot be read, saying why (never the value)
     */
    char[] read(SecretReference reference, String purpose);

    /** @return whose schemes this resolver reads: {@link SecretConsumer#GENERATED_RUNTIME} unless it says more */
    default SecretConsumer consumer() {
        return SecretConsumer.GENERATED_RUNTIME;
    }

    /**
     * @param reader reads environment variables and files
     * @return a resolver of {@code env:} and {@code file:} references, as the generated runtime reads them
     */
    static SecretResolver of(SecretReader reader) {
        return (reference, purpose) -> reader.read(reference);
    }
}
