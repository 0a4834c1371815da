/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an audit trail: a folder (the rotated files oldest first, then {@code audit.log}) or one file. Lines that
 * are not records are not skipped silently: each becomes a {@link Problem} with its file and line, and an
 * incomplete last line (the runtime stopped while writing it) says so. The files are never changed.
 */
public final class AuditReader {

    private static final Pattern ROTATED = Pattern.compile(Pattern.quote(AuditTrail.FILE_NAME) + "\\.(\\d+)");

    /**
     * A line that is not a record.
     *
     * @param file the file
     * @param line the line number, from 1
     * @param what what is wrong, in words for the plant's auditor
     */
    public record Problem(Path file, int line, String what) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + ": " + what;
        }
    }

    /**
     * What was read.
     *
     * @param records  the records, oldest first
     * @param problems the lines that are not records, and numbering gaps
     */
    public record Reading(List<AuditRecord> records, List<Problem> problems) {
        public Reading {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    private AuditReader() {
    }

    /**
     * @param path an audit folder or one audit file
     * @throws IOException when a file cannot be read
     */
    public static Reading read(Path path) throws IOException {
        List<AuditRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : Files.isDirectory(path) ? files(path) : List.of(path)) {
            readFile(file, records, problems);
        }
        for (int i = 1; i < records.size(); i++) {
            long expected = records.get(i - 1).sequence() + 1;
            if (records.get(i).sequence() != expected) {
                problems.add(new Problem(path, 0, "records " + expected + " to " + (records.get(i).sequence() - 1)
                        + " are missing (deleted with an old rotated file, or removed)"));
            }
        }
        return new Reading(records, problems);
    }

    /** @return the files of an audit folder in the order they were written: audit.log.N ... audit.log.1, audit.log */
    public static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(p -> ROTATED.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(AuditReader::rotationNumber).reversed())
                    .forEach(files::add);
        }
        Path current = folder.resolve(AuditTrail.FILE_NAME);
        if (Files.exists(current)) {
            files.add(current);
        }
        return files;
    }

    /** @return the sequence number of the last complete record in the folder, 0 when there is none */
    static long lastSequence(Path folder) throws IOException {
        List<Path> files = files(folder);
        for (int i = files.size() - 1; i >= 0; i--) {
            List<AuditRecord> records = new ArrayList<>();
            readFile(files.get(i), records, new ArrayList<>());
            if (!records.isEmpty()) {
                return records.get(records.size() - 1).sequence();
            }
        }
        return 0;
    }

    private static long rotationNumber(Path file) {
        Matcher m = ROTATED.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    private static void readFile(Path file, List<AuditRecord> records, List<Problem> problems) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // a cut character becomes U+FFFD
        String[] lines = text.split("\n", -1);
        // The text after the last line break is empty in a complete file.
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.isEmpty()) {
                continue;
            }
            try {
                records.add(AuditJson.parse(line));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, i + 1, last
                        ? "the last line is incomplete: the runtime stopped while writing it (" + e.getMessage() + ")"
                        : isCutShort(lines, i)
                                ? "incomplete line: the runtime stopped while writing it and wrote on after its restart"
                                : "not an audit record: " + e.getMessage()));
            }
        }
    }

    /** A line cut short by a crash is followed by a record the restarted writer put on a line of its own. */
    private static boolean isCutShort(String[] lines, int i) {
        return lines[i].startsWith("{\"seq\":") && !lines[i].endsWith("}");
    }
}
