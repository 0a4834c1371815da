/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretReferenceTest {

    @TempDir
    Path base;

    @ParameterizedTest
    @CsvSource({ "env:FB_OVEN2_PASSWORD, ENV, FB_OVEN2_PASSWORD",
            "secure-storage:line4/oven2, SECURE_STORAGE, line4/oven2", "keystore:oven2-user, KEYSTORE, oven2-user",
            "file:/etc/fieldbridge/oven2.pw, FILE, /etc/fieldbridge/oven2.pw", "ENV:FB_X, ENV, FB_X" })
    void eachSchemeIsParsedIntoSchemeAndTarget(String text, SecretScheme scheme, String target) {
        SecretReference reference = SecretReference.parse(text);
        assertEquals(scheme, reference.scheme());
        assertEquals(target, reference.target());
        assertEquals(scheme.prefix() + ":" + target, reference.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "hunter2", "Summer2024:secret", "vault:kv/oven2", "env:", "env:FB-OVEN", "keystore:", "",
            "  " })
    void malformedReferencesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> SecretReference.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "hunter2", "p@ss w0rd", "Summer2024:s3cret!" })
    void aPossibleSecretIsNeverRepeated(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretReference.parse(text));
        String secretPart = text.contains(":") ? text.substring(text.indexOf(':') + 1) : text;
        assertFalse(e.getMessage().contains(secretPart), e.getMessage());
    }

    @Test
    void aValueWithoutSchemeLooksLikeALiteralPassword() {
        assertFalse(SecretReference.hasSchemePrefix("p@ssw0rd"));
        assertTrue(SecretReference.parse("file:pw.txt").scheme() == SecretScheme.FILE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecretReference.parse("p@ssw0rd"));
        assertTrue(e.getMessage().contains("looks like a literal secret"), e.getMessage());
    }

    @Test
    void theGeneratedRuntimeReadsEnvAndFileOnly() {
        assertTrue(SecretConsumer.GENERATED_RUNTIME.supports(SecretScheme.ENV));
        assertTrue(SecretConsumer.GENERATED_RUNTIME.supports(SecretScheme.FILE));
        assertFalse(SecretConsumer.GENERATED_RUNTIME.supports(SecretScheme.SECURE_STORAGE));
        assertFalse(SecretConsumer.GENERATED_RUNTIME.supports(SecretScheme.KEYSTORE));
        assertEquals("env:NAME or file:PATH", SecretConsumer.GENERATED_RUNTIME.forms());
        assertEquals("the generated runtime cannot read the workbench's secure storage; use env:NAME or file:PATH",
                SecretConsumer.GENERATED_RUNTIME.unsupported(SecretScheme.SECURE_STORAGE));
        assertNull(SecretConsumer.GENERATED_RUNTIME.unsupported(SecretScheme.ENV));
    }

    @Test
    void theWorkbenchReadsEveryScheme() {
        for (SecretScheme scheme : SecretScheme.values()) {
            assertTrue(SecretConsumer.WORKBENCH.supports(scheme), scheme.prefix());
        }
    }

    @Test
    void parseForRefusesASchemeTheConsumerCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecretReference.parseFor("keystore:oven2-user", SecretConsumer.GENERATED_RUNTIME));
        assertTrue(e.getMessage().contains("cannot read the workbench's key store"), e.getMessage());
        assertEquals(SecretScheme.KEYSTORE,
                SecretReference.parseFor("keystore:oven2-user", SecretConsumer.WORKBENCH).scheme());
    }

    @Test
    void environmentVariablesAndFilesAreReadAndFileLineBreaksDropped() throws Exception {
        Files.writeString(base.resolve("pw.txt"), "s3cret\r\n");
        SecretReader reader = new SecretReader(Map.of("FB_X", "v"), base);
        assertArrayEquals("v".toCharArray(), reader.read(SecretReference.parse("env:FB_X")));
        assertArrayEquals("s3cret".toCharArray(), reader.read(SecretReference.parse("file:pw.txt")));
    }

    @Test
    void missingSecretsAreNamedButNeverShown() throws Exception {
        SecretReader reader = new SecretReader(Map.of(), base);
        assertEquals("environment variable FB_Y is not set",
                assertThrows(IllegalArgumentException.class, () -> reader.read(SecretReference.parse("env:FB_Y")))
                        .getMessage());
        assertEquals("secret file " + base.resolve("none.txt") + " does not exist",
                assertThrows(IllegalArgumentException.class,
                        () -> reader.read(SecretReference.parse("file:none.txt"))).getMessage());
        Files.writeString(base.resolve("empty.txt"), "\n");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> reader.read(SecretReference.parse("file:empty.txt"))).getMessage().endsWith("is empty"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> reader.read(SecretReference.parse("secure-storage:a/b"))).getMessage()
                .startsWith("the generated runtime cannot read"));
    }
}
