/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.regex.Pattern;

import org.fieldbridge.codegen.GenerationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes: wherever the models lie and however often the generator runs. */
@DisplayName("Deterministic output")
class DeterminismTest {

    /** Dates and times as a generator would stamp them (2026-11-24, 12:30:05). */
    private static final Pattern TIMESTAMP = Pattern.compile("20\\d\\d-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d|\\d\\d:\\d\\d:\\d\\d");

    @Test
    @DisplayName("generating twice, and from copies of the models in another folder, gives byte-identical files")
    void sameInputsSameBytes(@TempDir Path dir) throws IOException {
        GenerationResult first = Projects.generateClean(dir.resolve("first"), Projects.riverside());
        GenerationResult second = Projects.generateClean(dir.resolve("second"), Projects.riverside());
        Path copies = Projects.copyRiverside(dir.resolve("elsewhere/models"));
        GenerationResult third = Projects.generateClean(dir.resolve("third"), copies);
        assertEquals(first.modelVersion(), second.modelVersion());
        assertEquals(first.modelVersion(), third.modelVersion());
        assertSameFiles(Projects.files(dir.resolve("first")), Projects.files(dir.resolve("second")));
        assertSameFiles(Projects.files(dir.resolve("first")), Projects.files(dir.resolve("third")));
    }

    @Test
    @DisplayName("a second generation into the same folder leaves unchanged files untouched")
    void regenerationKeepsUnchangedFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Projects.generateClean(out, Projects.riverside());
        Path signals = out.resolve("src/main/java/acme/riverside/runtime/RiversideSignals.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(signals, old);
        Map<String, byte[]> before = Projects.files(out);
        Projects.generateClean(out, Projects.riverside());
        assertSameFiles(before, Projects.files(out));
        assertEquals(old, Files.getLastModifiedTime(signals), "an unchanged file was rewritten");
    }

    @Test
    @DisplayName("the model version changes with the content of an input, not with its folder")
    void modelVersionFollowsContent(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        String before = Projects.generateClean(dir.resolve("a"), models).modelVersion();
        Path twin = models.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin) + "// one more comment\n");
        String after = Projects.generateClean(dir.resolve("b"), models).modelVersion();
        assertNotEquals(before, after);
        String header = Projects.text(dir.resolve("b"), "README.md").lines().findFirst().orElseThrow();
        assertTrue(header.contains(after), header);
    }

    @Test
    @DisplayName("no generated file carries a timestamp")
    void noTimestamps(@TempDir Path dir) throws IOException {
        Projects.generateClean(dir, Projects.riverside());
        for (Map.Entry<String, byte[]> file : Projects.files(dir).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(TIMESTAMP.matcher(text).find(), file.getKey() + " has a timestamp: "
                    + TIMESTAMP.matcher(text).results().map(r -> r.group()).findFirst().orElse(""));
        }
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name + " differs");
        }
    }
}
