/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditReader;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditRotation;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {

    @TempDir
    Path folder;

    @Test
    void aRecordIsOneJsonLineWithEveryFieldAndReadsBackTheSame() throws IOException {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("policy", "Basic256Sha256");
        details.put("note", "quote \" backslash \\ newline \n tab \t bell \u0007 ü");
        AuditRecord record = new AuditRecord(0, Instant.parse("2026-12-07T03:12:45.123456Z"), "127.0.0.1", "anna",
                AuditCategory.SESSION, "opened", true, "Good", details);
        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            trail.record(record);
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve("audit.log"))));
        }
        List<String> lines = Files.readAllLines(folder.resolve("audit.log"));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("{\"seq\":1,\"time\":\"2026-12-07T03:12:45.123Z\",\"source\":\"127.0.0.1\","
                + "\"user\":\"anna\",\"category\":\"session\",\"action\":\"opened\",\"outcome\":\"success\","
                + "\"status\":\"Good\",\"details\":{\"policy\":\"Basic256Sha256\""), lines.get(0));
        AuditReader.Reading reading = AuditReader.read(folder);
        assertEquals(List.of(), reading.problems());
        AuditRecord back = reading.records().get(0);
        assertEquals(1, back.sequence());
        assertEquals(Instant.parse("2026-12-07T03:12:45.123Z"), back.time());
        assertEquals(details, back.details());
        assertEquals(AuditCategory.SESSION, back.category());
    }

    @Test
    void aDetailNamedLikeASecretIsRefused() {
        AuditRecord record = AuditRecord.success("127.0.0.1", "anna", AuditCategory.SESSION, "opened");
        assertThrows(IllegalArgumentException.class, () -> record.with("password", "x"));
        assertThrows(IllegalArgumentException.class, () -> record.with("userTokenData", "x"));
        assertThrows(IllegalArgumentException.class, () -> record.with("clientSecret", "x"));
    }

    @Test
    void numberingGoesOnAfterARestart() throws IOException {
        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            trail.record(AuditRecord.success("host", "", AuditCategory.CONFIGURATION, "loaded"));
            trail.record(AuditRecord.success("host", "", AuditCategory.CONFIGURATION, "loaded"));
        }
        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            assertEquals(3, trail.record(AuditRecord.success("host", "", AuditCategory.CONFIGURATION, "loaded"))
                    .sequence());
        }
    }

    @Test
    void rotationUnderLoadKeepsEveryRecordWhole() throws Exception {
        int threads = 8;
        int perThread = 250;
        AuditRotation rotation = new AuditRotation(16 * 1024, 100);
        try (AuditTrail trail = AuditTrail.open(folder, rotation)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.record(AuditRecord.success("10.0.0." + thread, "user" + thread, AuditCategory.WRITE,
                                "written").with("item", thread + "/" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }
        List<Path> files = AuditReader.files(folder);
        assertTrue(files.size() > 10, "rotated into " + files.size() + " files");
        for (Path file : files) {
            assertTrue(Files.size(file) <= rotation.maxFileBytes(), file + " has " + Files.size(file) + " bytes");
        }
        AuditReader.Reading reading = AuditReader.read(folder);
        assertEquals(List.of(), reading.problems());
        assertEquals(threads * perThread, reading.records().size());
        Set<String> items = new HashSet<>();
        for (int i = 0; i < reading.records().size(); i++) {
            assertEquals(i + 1, reading.records().get(i).sequence(), "records in order, none missing");
            items.add(reading.records().get(i).details().get("item"));
        }
        assertEquals(threads * perThread, items.size());
    }

    @Test
    void rotationKeepsOnlyTheConfiguredNumberOfFilesAndTheReaderSaysWhatIsGone() throws IOException {
        try (AuditTrail trail = AuditTrail.open(folder, new AuditRotation(1024, 2))) {
            for (int i = 0; i < 100; i++) {
                trail.record(AuditRecord.success("host", "", AuditCategory.CONFIGURATION, "loaded")
                        .with("n", Integer.toString(i)));
            }
        }
        assertEquals(List.of(folder.resolve("audit.log.2"), folder.resolve("audit.log.1"), folder.resolve("audit.log")),
                AuditReader.files(folder));
        AuditReader.Reading reading = AuditReader.read(folder);
        assertEquals(100, reading.records().get(reading.records().size() - 1).sequence());
        assertTrue(reading.records().get(0).sequence() > 1);
        assertEquals(List.of(), reading.problems(), "the kept files are complete among themselves");
    }

    @Test
    void aWriterProcessKilledWhileWritingLeavesAFileThatReadsAndIsWrittenOn() throws Exception {
        // the bundle's and this fragment's classes as the build leaves them (working folder: this test project)
        Path classes = Path.of("..", "..", "bundles", "org.fieldbridge.runtime", "target", "classes")
                .toAbsolutePath().normalize();
        Path testClasses = Path.of("target", "classes").toAbsolutePath();
        assertTrue(Files.isDirectory(classes.resolve("org/fieldbridge/runtime/audit")), "no classes in " + classes);
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(javaCommand, "-cp", classes + java.io.File.pathSeparator + testClasses,
                AuditWriterProcess.class.getName(), folder.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (AuditReader.files(folder).size() < 3 && System.nanoTime() < deadline && writer.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(writer.isAlive(), () -> "the writer process ended by itself: " + writer.exitValue());
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            writer.waitFor();
        }
        AuditReader.Reading killed = AuditReader.read(folder);
        assertTrue(killed.records().size() > 100, killed.records().size() + " records");
        assertTrue(killed.problems().size() <= 1, killed.problems().toString());
        killed.problems().forEach(p -> assertTrue(p.what().startsWith("the last line is incomplete"), p.what()));
        for (int i = 0; i < killed.records().size(); i++) {
            assertEquals(i + 1, killed.records().get(i).sequence(), "every record before the kill, in order");
        }
        long last = killed.records().get(killed.records().size() - 1).sequence();
        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            assertEquals(last + 1, trail.record(AuditRecord.success("host", "", AuditCategory.CONFIGURATION,
                    "loaded")).sequence());
        }
        AuditReader.Reading after = AuditReader.read(folder);
        assertEquals(killed.records().size() + 1, after.records().size());
        assertEquals(killed.problems().size(), after.problems().size());
    }

    @Test
    void aWriterKilledInTheMiddleOfALineLeavesAReadableFileAndTheNextStartWritesOn() throws IOException {
        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            for (int i = 0; i < 3; i++) {
                trail.record(AuditRecord.success("127.0.0.1", "anna", AuditCategory.SESSION, "opened"));
            }
        }
        // What a crash during the fourth write leaves: the first bytes of its line.
        Path file = folder.resolve("audit.log");
        String fourth = "{\"seq\":4,\"time\":\"2026-12-07T03:12:45.123Z\",\"source\":\"127.0.0.1\",\"user\":\"an";
        Files.writeString(file, fourth, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        AuditReader.Reading crashed = AuditReader.read(folder);
        assertEquals(3, crashed.records().size());
        assertEquals(1, crashed.problems().size());
        assertEquals(4, crashed.problems().get(0).line());
        assertTrue(crashed.problems().get(0).what().startsWith("the last line is incomplete"),
                crashed.problems().get(0).what());

        try (AuditTrail trail = AuditTrail.open(folder, AuditRotation.DEFAULT)) {
            assertEquals(4, trail.record(AuditRecord.success("127.0.0.1", "anna", AuditCategory.SESSION, "closed"))
                    .sequence());
        }
        AuditReader.Reading after = AuditReader.read(folder);
        assertEquals(4, after.records().size());
        assertEquals("closed", after.records().get(3).action());
        assertEquals(1, after.problems().size());
        assertTrue(after.problems().get(0).what().startsWith("incomplete line"), after.problems().get(0).what());
        assertFalse(Files.readString(file).contains("an{"), "the new record starts on a line of its own");
    }
}
