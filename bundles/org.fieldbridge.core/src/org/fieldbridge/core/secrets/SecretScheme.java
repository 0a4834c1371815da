/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.secrets;

import java.util.Locale;

/** Where a secret can live. Which consumer can read which scheme is {@link SecretConsumer}'s business. */
public enum SecretScheme {
    /** An environment variable of the process, e.g. {@code env:FB_OVEN2_PASSWORD}. */
    ENV("env", "environment variable", "the workbench's environment"),
    /** A file readable only by the process's user, e.g. {@code file:/etc/fieldbridge/oven2.pw}. */
    FILE("file", "file", "a file"),
    /** Eclipse secure storage of the workbench, e.g. {@code secure-storage:line4/oven2}. */
    SECURE_STORAGE("secure-storage", "secure storage path", "the workbench's secure storage"),
    /** An entry of the workbench's Fieldbridge key store, e.g. {@code keystore:oven2-user}. */
    KEYSTORE("keystore", "key store alias", "the workbench's key store");

    private final String prefix;
    private final String target;
    private final String store;

    SecretScheme(String prefix, String target, String store) {
        this.prefix = prefix;
        this.target = target;
        this.store = store;
    }

    /** @return the scheme as written in references, without the colon, e.g. {@code secure-storage} */
    public String prefix() {
        return prefix;
    }

    /** @return what the part after the colon names, in plant engineers' words, e.g. "environment variable" */
    public String targetDescription() {
        return target;
    }

    /** @return where the secret is kept, e.g. "the workbench's secure storage" */
    public String storeDescription() {
        return store;
    }

    /**
     * The scheme written as {@code prefix}.
     *
     * @param prefix the text before the colon, any case
     * @return the scheme, or {@code null} when Fieldbridge knows no such scheme
     */
    public static SecretScheme ofPrefix(String prefix) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        for (SecretScheme scheme : values()) {
            if (scheme.prefix.equals(wanted)) {
                return scheme;
            }
        }
        return null;
    }

    /** @return every scheme as written, e.g. {@code env:, file:, secure-storage:, keystore:} */
    public static String listAll() {
        StringBuilder list = new StringBuilder();
        for (SecretScheme scheme : values()) {
            list.append(list.isEmpty() ? "" : ", ").append(scheme.prefix).append(':');
        }
        return list.toString();
    }
}
