/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldbridge.codegen.GenerationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new generation removes what the previous one wrote and this one does not, and nothing else. */
@DisplayName("Stale generated files")
class StaleFilesTest {

    @Test
    @DisplayName("files of the previous generation that are no longer generated are removed, with emptied folders")
    void staleFilesRemoved(@TempDir Path dir) throws IOException {
        Path models = Projects.copyRiverside(dir.resolve("models"));
        Path out = dir.resolve("out");
        Projects.generateClean(out, models);
        Projects.write(out.resolve("notes.txt"), "mine");
        Projects.write(out.resolve("src/main/java/acme/riverside/runtime/Handwritten.java"), "class Handwritten {}");
        Path twin = models.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin).replace("package acme.riverside", "package acme.works"));

        GenerationResult result = Projects.generateClean(out, models);
        assertEquals("works", result.runtimeName());
        assertTrue(Files.isRegularFile(out.resolve("src/main/java/acme/works/runtime/WorksTwin.java")));
        assertFalse(Files.exists(out.resolve("src/main/java/acme/riverside/runtime/RiversideTwin.java")));
        assertFalse(Files.exists(out.resolve("src/main/resources/acme/riverside")), "emptied folder left behind");
        // what the generator did not write stays
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(out.resolve("src/main/java/acme/riverside/runtime/Handwritten.java")));
        assertEquals(result.files().size() + 2, Projects.files(out).size());
    }

    @Test
    @DisplayName("a file list that points outside the project cannot make the generator delete anything there")
    void tamperedListIgnored(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path outside = Projects.write(dir.resolve("precious.txt"), "keep");
        Projects.write(out.resolve("fieldbridge-generated.properties"),
                "files=../precious.txt,\\\n    " + outside.toAbsolutePath().toString().replace("\\", "/") + "\n");
        Projects.generateClean(out, Projects.riverside());
        assertEquals("keep", Files.readString(outside));
    }
}
