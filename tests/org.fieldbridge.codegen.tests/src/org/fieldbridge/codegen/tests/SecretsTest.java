/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.fieldbridge.codegen.GenerationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets reach generated files only as references, never as values. */
@DisplayName("No secrets in generated files")
class SecretsTest {

    @Test
    @DisplayName("secret references appear as references and the values they point to never do")
    void onlyReferences(@TempDir Path dir) throws IOException {
        // an environment variable that exists in this process, with a value long enough to be recognisable
        Map.Entry<String, String> variable = System.getenv().entrySet().stream()
                .filter(e -> e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*") && e.getValue().length() >= 8)
                .max(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow();
        Path models = dir.resolve("models");
        Projects.write(models.resolve("secret.plant"), TestPlants.plant("", "<equipment name=\"E1\" controller=\"Oven\">"
                + TestPlants.temperature("T1") + "</equipment>\n", """
                  <controllers name="Oven">
                    <endpoints xsi:type="plant:OpcUaEndpoint" endpointUrl="opc.tcp://127.0.0.1:4841/x"
                        securityPolicy="Basic256Sha256" securityMode="SignAndEncrypt">
                      <identity xsi:type="plant:UsernameIdentity" username="svc" secretRef="env:%s"/>
                    </endpoints>
                  </controllers>
                """.formatted(variable.getKey())));
        Projects.write(models.resolve("secret.twin"), """
                package demo.vault
                import "secret.plant"
                connection Oven opcua "opc.tcp://127.0.0.1:4841/x" {
                    security Basic256Sha256 sign-and-encrypt
                    identity user "svc" password secret "env:%s"
                }
                connection Backup opcua "opc.tcp://127.0.0.1:4842/x" {
                    security Aes256_Sha256_RsaPss sign
                    identity user "svc2" password secret "file:/etc/fieldbridge/backup.pw"
                }
                map Oven "ns=2;s=T1" -> E1.T1 { unit degC }
                """.formatted(variable.getKey()));
        Path out = dir.resolve("out");
        GenerationResult result = Projects.generateClean(out, models);
        String all = String.join("\n", Projects.files(out).values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        assertTrue(all.contains("env:" + variable.getKey()));
        assertTrue(Projects.text(out, "fieldbridge-runtime.properties")
                .contains("connection.Backup.password=file:/etc/fieldbridge/backup.pw"));
        assertFalse(all.contains(variable.getValue()), "the value of " + variable.getKey() + " was written");
        assertFalse(result.findings().stream().anyMatch(f -> f.message().contains(variable.getValue())));
    }

    @Test
    @DisplayName("a password written as a literal stops the generation without writing anything")
    void literalPasswordIsRefused(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("demo.plant"), TestPlants.simplePlant());
        Projects.write(models.resolve("demo.twin"), TestPlants.simpleTwin("""
                connection Oven opcua "opc.tcp://127.0.0.1:4841/x" {
                    security Basic256Sha256 sign-and-encrypt
                    identity user "svc" password "hunter2-literal"
                }
                """));
        Path out = dir.resolve("out");
        GenerationResult result = Projects.generate(out, models);
        assertTrue(result.hasErrors());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("twin.secret.literal")));
        assertEquals(0, result.files().size());
        assertFalse(Files.exists(out));
    }
}
