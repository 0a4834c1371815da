/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.secrets;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.fieldbridge.commissioning.connect.SecretResolver;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.core.secrets.SecretScheme;

/**
 * The workbench's secrets ({@link SecretConsumer#WORKBENCH}): {@code secure-storage:PATH} is read from Eclipse
 * secure storage (node {@code /org.fieldbridge/PATH}, key {@code password}); {@code env:} and {@code file:} are read
 * as the runtime reads them and, when the workbench does not have them (a .twin names {@code env:FB_OVEN2_PASSWORD},
 * which is set on the edge box, not for the workbench), from the secure storage entry
 * {@code /org.fieldbridge/commissioning/env/FB_OVEN2_PASSWORD}. A password that is in neither place is asked for
 * and stored there, encrypted; it is never written to a file of a project, a log or a report.
 */
public final class SecureStorageSecrets implements SecretResolver {

    /** The root node of Fieldbridge's entries in secure storage. */
    public static final String ROOT = "org.fieldbridge";
    private static final String KEY = "password";

    private final ISecurePreferences storage;
    private final SecretReader reader;
    private final PasswordPrompt prompt;

    /**
     * @param storage the secure storage (the default one, or a test's)
     * @param reader reads env: and file: references first
     * @param prompt asks for a missing password
     */
    public SecureStorageSecrets(ISecurePreferences storage, SecretReader reader, PasswordPrompt prompt) {
        this.storage = storage;
        this.reader = reader;
        this.prompt = prompt;
    }

    @Override
    public SecretConsumer consumer() {
        return SecretConsumer.WORKBENCH;
    }

    @Override
    public char[] read(SecretReference reference, String purpose) {
        if (reference.scheme() == SecretScheme.SECURE_STORAGE) {
            return stored(node(reference.target()), reference, purpose,
                    reference + " is not in the workbench's secure storage yet");
        }
        if (reference.scheme() == SecretScheme.KEYSTORE) {
            throw new IllegalArgumentException(reference.scheme().storeDescription() + " is not available for"
                    + " commissioning; use secure-storage:PATH, env:NAME or file:PATH");
        }
        try {
            return reader.read(reference);
        } catch (IllegalArgumentException missing) {
            String path = "commissioning/" + reference.scheme().prefix() + "/" + reference.target();
            return stored(node(path), reference, purpose, missing.getMessage() + " for the workbench");
        }
    }

    /** @return where the workbench keeps the password a reference stands for (for messages and tests) */
    public static String nodePath(SecretReference reference) {
        String path = reference.scheme() == SecretScheme.SECURE_STORAGE ? reference.target()
                : "commissioning/" + reference.scheme().prefix() + "/" + reference.target();
        return "/" + ROOT + "/" + encoded(path);
    }

    private ISecurePreferences node(String path) {
        return storage.node(ROOT + "/" + encoded(path));
    }

    /** Path segments as written, each encoded so that a file path's slashes or dots do not make new levels. */
    private static String encoded(String path) {
        String[] segments = path.split("/");
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            if (!segment.isEmpty()) {
                out.append(out.isEmpty() ? "" : "/").append(EncodingUtils.encodeSlashes(segment));
            }
        }
        return out.toString();
    }

    private char[] stored(ISecurePreferences node, SecretReference reference, String purpose, String why) {
        try {
            String value = node.get(KEY, null);
            if (value != null && !value.isEmpty()) {
                return value.toCharArray();
            }
        } catch (StorageException e) {
            throw new IllegalArgumentException("the workbench's secure storage cannot be read (" + e.getMessage()
                    + "); " + purpose + " (" + reference + ") is not available");
        }
        Optional<char[]> asked = prompt.ask(purpose, why);
        if (asked.isEmpty() || asked.get().length == 0) {
            throw new IllegalArgumentException(purpose + " was not given (" + why + ")");
        }
        char[] password = asked.get();
        try {
            node.put(KEY, new String(password), true);
            node.flush();
        } catch (StorageException | IOException e) {
            // used for this session anyway; asked again next time
        }
        return Arrays.copyOf(password, password.length);
    }
}
