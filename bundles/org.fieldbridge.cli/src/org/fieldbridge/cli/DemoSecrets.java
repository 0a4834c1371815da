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
 * runtime's key store and its OPC UA users {@code operator} (the anodizing line's operator) and {@code quality}
 * (the quality manager, who sees the whole Finishing hall but may not acknowledge alarms). They reach the runtime
 * as environment variables (its configuration holds only references); the users' are also written to files only
 * the user can read, so that an OPC UA client can log in as either. None is printed.
 */
record DemoSecrets(char[] oven2, char[] keyStore, char[] operator, char[] quality) {

    static final String OVEN2_VARIABLE = "FB_OVEN2_PASSWORD";
    static final String KEY_STORE_VARIABLE = "FB_RUNTIME_KEYSTORE_PASSWORD";
    static final String OPERATOR_VARIABLE = "FB_USER_OPERATOR_PASSWORD";
    static final String QUALITY_VARIABLE = "FB_USER_QUALITY_PASSWORD";

    static DemoSecrets fresh(DemoWorkspace workspace) throws IOException {
        DemoSecrets secrets = new DemoSecrets(random(), random(), random(), random());
        writeOwnerOnly(workspace.passwordFile(), secrets.operator);
        writeOwnerOnly(workspace.qualityPasswordFile(), secrets.quality);
        return secrets;
    }

    private static void writeOwnerOnly(Path file, char[] password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, new String(password) + System.lineSeparator());
    }

    private static char[] random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    Map<String, String> environment() {
        return Map.of(OVEN2_VARIABLE, new String(oven2), KEY_STORE_VARIABLE, new String(keyStore), OPERATOR_VARIABLE,
                new String(operator), QUALITY_VARIABLE, new String(quality));
    }

    @Override
    public String toString() {
        return "DemoSecrets[hidden]";
    }
}
