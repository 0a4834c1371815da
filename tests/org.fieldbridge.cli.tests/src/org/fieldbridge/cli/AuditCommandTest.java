/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditRotation;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theTrailIsPrintedOneLineARecordAndACutOffLastLineIsReported() throws Exception {
        Path folder = dir.resolve("audit");
        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            trail.record(new AuditRecord(0, Instant.parse("2026-12-07T03:41:07.512Z"), "127.0.0.1", "anna",
                    AuditCategory.SESSION, "opened", true, "Good", Map.of("policy", "Basic256Sha256")));
            trail.record(new AuditRecord(0, Instant.parse("2026-12-07T03:41:08.020Z"), "127.0.0.1", "anna",
                    AuditCategory.SESSION, "refused", false, "Bad_UserAccessDenied", Map.of()));
        }
        Files.writeString(folder.resolve("audit.log"), "{\"seq\":3,\"time\":\"2026-12", StandardOpenOption.APPEND);

        assertEquals(1, run("audit", folder.toString()));
        assertEquals("""
                     1  2026-12-07 03:41:07.512Z  ok       session opened by anna from 127.0.0.1: Good (policy=Basic256Sha256)
                     2  2026-12-07 03:41:08.020Z  FAILED   session refused by anna from 127.0.0.1: Bad_UserAccessDenied
                """, text(out));
        assertTrue(text(err).startsWith("audit.log:3: the last line is incomplete: the runtime stopped while writing it"),
                text(err));
        assertTrue(text(err).endsWith("2 records (1 failed), 2026-12-07T03:41:07.512Z to 2026-12-07T03:41:08.020Z;"
                + " 1 problems\n"), text(err));

        out.reset();
        err.reset();
        assertEquals(1, run("audit", folder.toString(), "--failures"));
        assertEquals(1, text(out).lines().count(), text(out));
        assertEquals(2, run("audit", folder.toString(), "--category", "login"));
        assertEquals(2, run("audit", dir.resolve("nothing").toString()));
    }

    private int run(String... args) throws Exception {
        return Fieldbridge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
