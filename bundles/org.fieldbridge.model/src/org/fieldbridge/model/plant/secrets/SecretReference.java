/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.secrets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reference to a secret kept outside the plant file, of the form {@code scheme:target}. Plant files never
 * hold passwords or keys; the runtime and the workbench resolve these references when they connect.
 *
 * @param scheme where the secret lives
 * @param target what to look up there (variable name, storage path, key alias, file path)
 */
public record SecretReference(Scheme scheme, String target) {

    /** Where a secret can live. */
    public enum Scheme {
        /** An environment variable of the process, e.g. {@code env:FB_OVEN2_PASSWORD}. */
        ENV("env"),
        /** Eclipse secure storage of the workbench, e.g. {@code secure-storage:line4/oven2}. */
        SECURE_STORAGE("secure-storage"),
        /** An entry of the Fieldbridge key store, e.g. {@code keystore:oven2-user}. */
        KEYSTORE("keystore"),
        /** A file readable only by the runtime's user, e.g. {@code file:/etc/fieldbridge/oven2.pw}. */
        FILE("file");

        private final String prefix;

        Scheme(String prefix) {
            this.prefix = prefix;
        }

        /** @return the scheme as written in references, without the colon */
        public String prefix() {
            return prefix;
        }
    }

    private static final Pattern SCHEME_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Tells whether a text starts with something shaped like a URI scheme ({@code letters:}), known or not.
     *
     * @param text the reference text
     * @return whether a scheme prefix is present
     */
    public static boolean hasSchemePrefix(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        return colon > 0 && SCHEME_LIKE.matcher(text.substring(0, colon)).matches();
    }

    /**
     * Parses a reference.
     *
     * @param text the reference, e.g. {@code env:FB_OVEN2_PASSWORD}
     * @return the reference
     * @throws IllegalArgumentException naming what is wrong when the scheme is unknown or the target is
     *                                  empty or malformed
     */
    public static SecretReference parse(String text) {
        if (!hasSchemePrefix(text)) {
            throw new IllegalArgumentException("has no scheme (env:, secure-storage:, keystore:, file:)");
        }
        int colon = text.indexOf(':');
        String prefix = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String target = text.substring(colon + 1);
        for (Scheme scheme : Scheme.values()) {
            if (scheme.prefix.equals(prefix)) {
                if (target.isBlank()) {
                    throw new IllegalArgumentException("names no " + describeTarget(scheme));
                }
                if (scheme == Scheme.ENV && !ENV_NAME.matcher(target).matches()) {
                    throw new IllegalArgumentException("'" + target + "' is not an environment variable name");
                }
                return new SecretReference(scheme, target);
            }
        }
        throw new IllegalArgumentException("uses the unknown scheme '" + prefix
                + ":' (known: env:, secure-storage:, keystore:, file:)");
    }

    private static String describeTarget(Scheme scheme) {
        return switch (scheme) {
            case ENV -> "environment variable";
            case SECURE_STORAGE -> "secure storage path";
            case KEYSTORE -> "key store alias";
            case FILE -> "file";
        };
    }

    @Override
    public String toString() {
        return scheme.prefix + ":" + target;
    }
}
