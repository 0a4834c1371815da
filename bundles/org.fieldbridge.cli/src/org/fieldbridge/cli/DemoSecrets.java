/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The passwords of one demo run, made fresh: Oven2's user (shared by the simulator and the runtime), the
 * runtime's key store and its OPC UA user {@code operator}. They reach the runtime as environment variables
 * (its configuration holds only references); the operator's is also written to a file only the user can
 * read, so that an OPC UA client can log in. None is printed.
 */
record DemoSecrets(char[] oven2, char[] keyStore, char[] operator) {

    static final String OVEN2_VARIABLE = "FB_OVEN2_PASSWORD";
    static final String KEY_STORE_VARIABLE = "FB_RUNTIME_KEYSTORE_PASSWORD";
    static final String OPERATOR_VARIABLE = "FB_USER_OPERATOR_PASSWORD";

    static DemoSecrets fresh(DemoWorkspace workspace) throws IOException {
        DemoSecrets secrets = new DemoSecrets(random(), random(), random());
        Path file = workspace.passwordFile();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, new String(secrets.operator) + System.lineSeparator());
        return secrets;
    }

    private static char[] random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    Map<String, String> environment() {
        return Map.of(OVEN2_VARIABLE, new String(oven2), KEY_STORE_VARIABLE, new String(keyStore), OPERATOR_VARIABLE,
                new String(operator));
    }

    @Override
    public String toString() {
        return "DemoSecrets[hidden]";
    }
}
