/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.fieldbridge.codegen.text.StartScriptTemplate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start script's default heap follows the model (issue 15 item 4: a fixed -Xmx256m was too small for a
 * 10,000-tag runtime with a client subscribed to every tag): three times the live heap measured per signal.
 */
@DisplayName("The start script's default heap")
class StartScriptHeapTest {

    @TempDir
    Path output;

    @Test
    @DisplayName("a small plant gets the minimum, 128 MB")
    void aSmallPlantGetsTheMinimum() {
        assertEquals("128m", StartScriptTemplate.heapFor(0));
        assertEquals("128m", StartScriptTemplate.heapFor(100));
    }

    @Test
    @DisplayName("grows with the signals: three times 32 MB + 4 KB per signal, in steps of 32 MB")
    void growsWithTheSignals() {
        assertEquals("224m", StartScriptTemplate.heapFor(10_000)); // 3 x (32 + 39) = 213
        assertEquals("704m", StartScriptTemplate.heapFor(50_000)); // 3 x (32 + 195) = 682
        assertEquals(0, megabytes(StartScriptTemplate.heapFor(12_345)) % 32, "in steps of 32 MB");
    }

    @Test
    @DisplayName("stops the JIT at C1 with low compile thresholds up to 2,000 signals, where it saves memory and CPU; above, C2 alone")
    void compilerDependsOnTheSignals() throws IOException {
        assertTrue(StartScriptTemplate.jvmDefaultsFor(1_000).contains("-XX:TieredStopAtLevel=1"));
        assertTrue(StartScriptTemplate.jvmDefaultsFor(1_000).contains("-XX:CompileThresholdScaling=0.05"),
                "code run a few times a second is compiled within seconds of the start");
        assertFalse(StartScriptTemplate.jvmDefaultsFor(2_001).contains("CompileThresholdScaling"), "C2 keeps its thresholds");
        assertTrue(StartScriptTemplate.jvmDefaultsFor(2_000).contains("-XX:TieredStopAtLevel=1"));
        assertEquals(StartScriptTemplate.JVM_DEFAULTS + " -XX:-TieredCompilation", StartScriptTemplate.jvmDefaultsFor(2_001));
        assertFalse(StartScriptTemplate.jvmDefaultsFor(2_000).contains("TieredCompilation"), "C1 only up to 2,000");
        assertTrue(StartScriptTemplate.JVM_DEFAULTS.contains("-XX:+UseSerialGC"), "the serial collector at any size");
        Projects.generateClean(output, Projects.riverside());
        assertTrue(Projects.text(output, "bin/riverside").contains(
                "${FIELDBRIDGE_JVM_DEFAULTS-" + StartScriptTemplate.jvmDefaultsFor(20) + "$compact$dedup$thp}"),
                () -> text(output, "bin/riverside"));
        assertTrue(Projects.text(output, "bin/riverside").contains("*'[madvise]'*) thp=' -XX:+UseTransparentHugePages'"),
                "huge pages only where the kernel gives them on request");
    }

    @Test
    @DisplayName("gives models of up to 2,000 signals an 8 MB young generation with roomy survivor spaces, larger ones the JVM's sizing")
    void youngGenerationIsFixedForSmallModelsOnly() {
        assertTrue(StartScriptTemplate.jvmDefaultsFor(100).endsWith(" -Xmn8m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90"),
                StartScriptTemplate.jvmDefaultsFor(100));
        assertTrue(StartScriptTemplate.jvmDefaultsFor(2_000).contains(" -Xmn8m "), StartScriptTemplate.jvmDefaultsFor(2_000));
        assertFalse(StartScriptTemplate.jvmDefaultsFor(2_001).contains("-Xmn"),
                "where every value may change at every poll, a small young generation promotes its samples");
        assertFalse(StartScriptTemplate.jvmDefaultsFor(10_000).contains("SurvivorRatio"));
        assertTrue(StartScriptTemplate.SMALL_MODEL_YOUNG_MB * 4 <= megabytes(StartScriptTemplate.heapFor(0)),
                "the old generation keeps most of the smallest heap");
    }

    @Test
    @DisplayName("exports glibc's malloc threshold with its JVM defaults only, keeping a value the plant has set")
    void mallocThresholdComesWithTheDefaults() throws IOException {
        Projects.generateClean(output, Projects.riverside());
        String script = Projects.text(output, "bin/riverside");
        assertEquals("MALLOC_MMAP_THRESHOLD_=16384", StartScriptTemplate.MALLOC_MMAP_THRESHOLD);
        assertTrue(script.contains("if [ -z \"${FIELDBRIDGE_JVM_DEFAULTS+set}\" ]; then\n"
                + "  MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-16384}\n  export MALLOC_MMAP_THRESHOLD_\nfi\n"), script);
        assertTrue(script.indexOf("export MALLOC_MMAP_THRESHOLD_") < script.indexOf("exec \""), "before Java starts");
    }

    @Test
    @DisplayName("the script, the systemd unit and the README of a generated runtime give the same default")
    void scriptUnitAndReadmeAgree() throws IOException {
        Projects.generateClean(output, Projects.riverside());
        String heap = "128m";
        assertTrue(Projects.text(output, "bin/riverside").contains("-Xmx\"${FIELDBRIDGE_HEAP:-" + heap + "}\""),
                () -> text(output, "bin/riverside"));
        assertTrue(Projects.text(output, "riverside.service").contains("Environment=FIELDBRIDGE_HEAP=" + heap + "\n"));
        assertTrue(Projects.text(output, "README.md").contains("a maximum heap of " + heap));
    }

    private static int megabytes(String size) {
        assertTrue(size.endsWith("m"), size);
        return Integer.parseInt(size.substring(0, size.length() - 1));
    }

    private static String text(Path dir, String file) {
        try {
            return Projects.text(dir, file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
