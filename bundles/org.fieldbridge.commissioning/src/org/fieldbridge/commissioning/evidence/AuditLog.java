/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.commissioning.evidence.TabSeparatedLine.Field;
import org.fieldbridge.commissioning.evidence.TabSeparatedLine.SyntaxProblem;

/**
 * The append-only audit log beside the evidence file ({@code riverside.audit}): one line per action that touched
 * a controller or the evidence (verifications now, writes to controllers later), tab-separated like the evidence
 * file: {@code at who where what result}. Lines are only ever appended, each with one write that is forced to
 * disk before {@link #append(AuditEntry)} returns; nothing rewrites the file.
 */
public final class AuditLog {

    /** The columns of an entry, in file order. */
    public static final List<String> COLUMNS = List.of("at", "who", "where", "what", "result");

    private static final String HEADER = "# Fieldbridge audit log (docs/commissioning.md): append-only, one entry per line,"
            + " fields separated by tabs\n# " + String.join("\t", COLUMNS) + "\n";

    private final Path file;

    /**
     * @param file the log file (created on the first entry)
     */
    public AuditLog(Path file) {
        this.file = file;
    }

    /** @return the log file */
    public Path file() {
        return file;
    }

    /**
     * Appends an entry and forces it to disk.
     *
     * @param entry the entry
     * @throws IOException when the log cannot be written; the action it records must then count as not audited
     */
    public synchronized void append(AuditEntry entry) throws IOException {
        String line = TabSeparatedLine.join(List.of(entry.at().toString(), entry.who(), entry.where(), entry.what(),
                entry.result())) + "\n";
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            String text = channel.size() == 0 ? HEADER + line : line;
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /**
     * Reads the entries; lines that cannot be read are skipped (the log is evidence: it is never repaired).
     *
     * @return the entries, oldest first
     * @throws IOException when the file exists but cannot be read
     */
    public List<AuditEntry> entries() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                List<Field> fields = TabSeparatedLine.split(line);
                if (fields.size() == COLUMNS.size()) {
                    entries.add(new AuditEntry(Instant.parse(fields.get(0).text()), fields.get(1).text(),
                            fields.get(2).text(), fields.get(3).text(), fields.get(4).text()));
                }
            } catch (SyntaxProblem | DateTimeParseException e) {
                // an unreadable line stays in the file as it is; it is not an entry
            }
        }
        return entries;
    }
}
