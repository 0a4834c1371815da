/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords from Eclipse secure storage: {@code secure-storage:} references, and {@code env:} references the
 * workbench does not have, asked for once and kept there (a test storage with its own master password, so that no
 * prompt for the workbench's master password appears); the password never lands in a file, a log or the session's
 * messages.
 */
@DisplayName("Passwords from the workbench's secure storage")
class SecureStorageSecretsTest {

    private static final String PASSWORD = "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(10));

    private static ISecurePreferences storage(Path folder) throws IOException {
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()));
        return SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), options);
    }

    @Test
    @DisplayName("an env: password the workbench lacks is asked for once, kept in secure storage, and read from there next time")
    void missingPasswordIsAskedForOnceAndStored(@TempDir Path temp) throws Exception {
        List<String> asked = new ArrayList<>();
        SecureStorageSecrets secrets = new SecureStorageSecrets(storage(temp), new SecretReader(Map.of(), temp),
                (purpose, why) -> {
                    asked.add(purpose + " | " + why);
                    return Optional.of(PASSWORD.toCharArray());
                });
        SecretReference reference = SecretReference.parse("env:FB_OVEN2_PASSWORD");
        assertArrayEquals(PASSWORD.toCharArray(), secrets.read(reference, "password of user fieldbridge on Oven2"));
        assertArrayEquals(PASSWORD.toCharArray(), secrets.read(reference, "password of user fieldbridge on Oven2"));
        assertEquals(List.of("password of user fieldbridge on Oven2 | environment variable FB_OVEN2_PASSWORD is not set"
                + " for the workbench"), asked);
        assertEquals("/org.fieldbridge/commissioning/env/FB_OVEN2_PASSWORD", SecureStorageSecrets.nodePath(reference));
        assertTrue(storage(temp).nodeExists("/org.fieldbridge/commissioning/env/FB_OVEN2_PASSWORD"));
        assertNoFileHolds(temp);
        assertNoFileHolds(Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString()));
    }

    @Test
    @DisplayName("a secure-storage: reference is read from secure storage, and the OPC UA access takes it for the session password")
    void secureStorageReferencesAreReadThere(@TempDir Path temp) throws Exception {
        ISecurePreferences storage = storage(temp);
        storage.node("org.fieldbridge/line4/oven2").put("password", PASSWORD, true);
        SecureStorageSecrets secrets = new SecureStorageSecrets(storage, new SecretReader(Map.of(), temp),
                (purpose, why) -> Optional.empty());
        assertArrayEquals(PASSWORD.toCharArray(), secrets.read(SecretReference.parse("secure-storage:line4/oven2"),
                "password"));
        String refused = assertThrows(IllegalArgumentException.class, () -> secrets.read(
                SecretReference.parse("secure-storage:line4/unknown"), "password of user x on Oven9")).getMessage();
        assertEquals("password of user x on Oven9 was not given (secure-storage:line4/unknown is not in the"
                + " workbench's secure storage yet)", refused);
        // the OPC UA access accepts a secure-storage: reference with this resolver (headless it is refused)
        OpcUaAccess access = OpcUaAccess.of(Map.of(), temp.resolve("pki")).withSecrets(secrets);
        Controller.OpcUa oven2 = new Controller.OpcUa("Oven2", "opc.tcp://127.0.0.1:4841/sim", "NONE", "NONE",
                "fieldbridge", "secure-storage:line4/oven2");
        assertEquals("fieldbridge", ((org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.UserName) access
                .settings(oven2).identity()).user());
        String headless = assertThrows(IllegalArgumentException.class,
                () -> OpcUaAccess.of(Map.of(), temp.resolve("pki")).settings(oven2)).getMessage();
        assertTrue(headless.contains("the generated runtime cannot read the workbench's secure storage"), headless);
        assertFalse(refused.contains(PASSWORD));
        assertNoFileHolds(temp);
    }

    @Test
    @DisplayName("the password dialog hides what is typed and says why it asks (screenshot)")
    void thePasswordDialogSaysWhyItAsks() throws Exception {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PasswordDialog dialog = new PasswordDialog(parent, "password of user fieldbridge on Oven2",
                "environment variable FB_OVEN2_PASSWORD is not set for the workbench");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            EventLoop.settle(Duration.ofMillis(300));
            Screenshots.save(Screenshots.capture(dialog.getShell()), "password-dialog");
            assertEquals("Password", dialog.getShell().getText());
        } finally {
            dialog.close();
        }
        EventLoop.settle(Duration.ofMillis(50));
        assertTrue(Display.getCurrent() != null);
    }

    /** Every file below a folder, the secure storage's encrypted file included, is free of the password. */
    private static void assertNoFileHolds(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(PASSWORD), file + " holds the password");
            }
        }
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "/nonexistent"));
        if (Files.isRegularFile(log)) {
            assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(PASSWORD), log + " holds it");
        }
    }
}
