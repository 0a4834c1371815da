/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditReader;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's audit trail in its deployment folder: configuration at start, sessions, no secret anywhere. */
@Timeout(180)
@DisplayName("Audit trail of a twin runtime")
class RuntimeAuditTest {

    @Test
    @DisplayName("each start records its configuration with hash and changes, sessions are recorded, and no password"
            + " of the deployment is in the audit folder")
    void startsAndSessionsAreAuditedWithoutSecrets(@TempDir Path dir) throws Exception {
        try (RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir)) {
            fixture.writeConfiguration("");
            TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
            try (TwinRuntime runtime = fixture.start(twin)) {
                assertEquals(dir.resolve("audit").toAbsolutePath(), runtime.auditTrail().folder());
                try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                        fixture.operatorPassword)) {
                    client.read(RiversideSlice.BATH_TEMP);
                }
                assertThrows(Exception.class, () -> TwinClient.connect(runtime, dir.resolve("client"), "operator",
                        fixture.keyStorePassword).close());
                waitingFor("the refused session in the audit file").until(() -> records(dir).stream()
                        .anyMatch(r -> r.action().equals("refused") && r.user().equals("operator")));
            }
            List<AuditRecord> first = records(dir);
            AuditRecord loaded = first.get(0);
            assertEquals(AuditCategory.CONFIGURATION, loaded.category());
            assertEquals("loaded", loaded.action());
            assertEquals("first start with this audit folder", loaded.details().get("changes"));
            assertEquals(64, loaded.details().get("sha256").length());
            assertTrue(first.stream().anyMatch(r -> r.action().equals("opened") && r.user().equals("operator")));
            assertTrue(first.stream().anyMatch(r -> r.action().equals("closed") && r.user().equals("operator")));

            fixture.writeConfiguration("audit.keepFiles=5\n");
            Files.writeString(dir.resolve(RuntimeConfiguration.DEFAULT_FILE), Files.readString(
                    dir.resolve(RuntimeConfiguration.DEFAULT_FILE)).replace("server.minPublishingInterval=20",
                            "server.minPublishingInterval=25"));
            try (TwinRuntime runtime = fixture.start(twin)) {
                AuditRecord again = records(dir).stream().filter(r -> r.category() == AuditCategory.CONFIGURATION)
                        .reduce((a, b) -> b).orElseThrow();
                assertEquals("server.minPublishingInterval: 20 -> 25; added audit.keepFiles=5",
                        again.details().get("changes"));
                assertFalse(again.details().get("sha256").equals(loaded.details().get("sha256")));
            }
            assertEquals(List.of(), AuditReader.read(dir.resolve("audit")).problems());
            for (String secret : List.of(fixture.operatorPassword, fixture.keyStorePassword, fixture.oven2Password)) {
                try (Stream<Path> files = Files.walk(dir.resolve("audit"))) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(secret),
                                "a password in " + file);
                    }
                }
            }
        }
    }

    private static List<AuditRecord> records(Path dir) throws Exception {
        return AuditReader.read(dir.resolve("audit")).records();
    }
}
