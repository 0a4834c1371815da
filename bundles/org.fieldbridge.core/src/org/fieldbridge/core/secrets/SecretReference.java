/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.secrets;

import java.util.regex.Pattern;

/**
 * A reference to a secret kept outside every model and generated file, written {@code scheme:target}
 * ({@code env:FB_OVEN2_PASSWORD}, {@code file:/etc/fieldbridge/oven2.pw}, {@code secure-storage:line4/oven2},
 * {@code keystore:oven2-user}). The one syntax of the plant model, the {@code .twin} language and the
 * runtime's configuration. Messages never repeat a value without a scheme, nor the target of an unknown
 * scheme: a reference field is where a password gets typed by mistake.
 *
 * @param scheme where the secret lives
 * @param target what to look up there (variable name, file path, storage path, key alias)
 */
public record SecretReference(SecretScheme scheme, String target) {

    private static final Pattern SCHEME_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * @param scheme where the secret lives
     * @param target what to look up there, not blank
     */
    public SecretReference {
        if (scheme == null || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a secret reference needs a scheme and a target");
        }
    }

    /**
     * Tells whether a text starts with something shaped like a scheme ({@code letters:}), known or not. A
     * value without one is most likely a password typed into the wrong field.
     *
     * @param text the reference text, may be {@code null}
     * @return whether a scheme prefix is present
     */
    public static boolean hasSchemePrefix(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        return colon > 0 && SCHEME_LIKE.matcher(t.substring(0, colon)).matches();
    }

    /**
     * Parses a reference (surrounding white space ignored).
     *
     * @param text the reference, e.g. {@code env:FB_OVEN2_PASSWORD}
     * @return the reference
     * @throws IllegalArgumentException with a message that says what is wrong and never repeats a possible secret
     */
    public static SecretReference parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty; a secret reference is required, e.g. env:NAME or"
                    + " file:PATH");
        }
        if (!hasSchemePrefix(t)) {
            throw new IllegalArgumentException("has no scheme and looks like a literal secret (the value is not"
                    + " shown); keep the secret outside the file and refer to it, e.g. env:NAME or file:PATH");
        }
        int colon = t.indexOf(':');
        SecretScheme scheme = SecretScheme.ofPrefix(t.substring(0, colon));
        if (scheme == null) {
            // The scheme is echoed (it is what the writer meant as a scheme), the target never.
            throw new IllegalArgumentException("uses the unknown scheme '" + t.substring(0, colon) + ":' (known: "
                    + SecretScheme.listAll() + ")");
        }
        String target = t.substring(colon + 1).strip();
        if (target.isEmpty()) {
            throw new IllegalArgumentException("names no " + scheme.targetDescription() + " after "
                    + scheme.prefix() + ":");
        }
        if (scheme == SecretScheme.ENV && !ENV_NAME.matcher(target).matches()) {
            // A variable name is no secret: echoing it helps to find the typo.
            throw new IllegalArgumentException("names '" + target + "', which is not an environment variable name"
                    + " (letters, digits and _, not starting with a digit)");
        }
        return new SecretReference(scheme, target);
    }

    /**
     * Parses a reference and checks that {@code consumer} can resolve it.
     *
     * @param text     the reference
     * @param consumer who will read the secret
     * @return the reference
     * @throws IllegalArgumentException when the text is no reference, or names a store the consumer cannot read
     */
    public static SecretReference parseFor(String text, SecretConsumer consumer) {
        SecretReference reference = parse(text);
        String unsupported = consumer.unsupported(reference.scheme());
        if (unsupported != null) {
            throw new IllegalArgumentException("cannot be used here: " + unsupported);
        }
        return reference;
    }

    /** @return how a reference of {@code scheme} is written in a message, e.g. {@code env:NAME} */
    static String example(SecretScheme scheme) {
        return switch (scheme) {
            case ENV -> "env:NAME";
            case FILE -> "file:PATH";
            case SECURE_STORAGE -> "secure-storage:PATH";
            case KEYSTORE -> "keystore:ALIAS";
        };
    }

    @Override
    public String toString() {
        return scheme.prefix() + ":" + target;
    }
}
