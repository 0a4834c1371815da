/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fieldbridge.commissioning.evidence.TabSeparatedLine.Field;
import org.fieldbridge.commissioning.evidence.TabSeparatedLine.SyntaxProblem;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.model.plant.resource.AtomicFileWriter;

/**
 * The verification evidence of one .twin file, kept beside it ({@code riverside.verification}): UTF-8, one record
 * per line, tab-separated, sorted by signal, connection and time, so that a diff of two versions shows the
 * verifications added. Lines starting with {@code #} are comments (the header is rewritten on save).
 *
 * <p>A line that cannot be read is reported with its line and column ({@link #problems()}) and kept, unchanged,
 * at the end of the file on the next save: the other records are read and nothing is lost.</p>
 */
public final class EvidenceFile {

    /** The columns of a record, in file order. */
    public static final List<String> COLUMNS = List.of("signal", "connection", "at", "verdict", "observed",
            "expected", "unit", "by", "mapping-hash", "comment");

    /** Code of a line with the wrong number of fields. */
    public static final String CODE_FIELDS = "evidence.line.fields";
    /** Code of a field that is not a verdict, a time, a hash or a name. */
    public static final String CODE_VALUE = "evidence.line.value";
    /** Code of a line with a broken escape. */
    public static final String CODE_ESCAPE = "evidence.line.escape";

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{16}");

    private final Path file;
    private final List<VerificationRecord> records = new ArrayList<>();
    private final List<String> unreadableLines = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();

    private EvidenceFile(Path file) {
        this.file = file;
    }

    /**
     * Reads an evidence file; a missing file is an empty one.
     *
     * @param file the file
     * @return its records and the problems of the lines that could not be read
     * @throws IOException when the file exists but cannot be read (it is then not overwritten either)
     */
    public static EvidenceFile read(Path file) throws IOException {
        EvidenceFile evidence = new EvidenceFile(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return evidence;
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a UTF-8 text file; Fieldbridge writes evidence files in UTF-8", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            evidence.readLine(lines.get(i), i + 1);
        }
        return evidence;
    }

    private void readLine(String line, int number) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        try {
            records.add(parse(line));
        } catch (LineProblem problem) {
            problems.add(new Finding(file.toString(), number, problem.column, "error", problem.code,
                    problem.getMessage() + "; the line is kept as it is and left out until it is fixed"));
            unreadableLines.add(line);
        }
    }

    private static final class LineProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final int column;

        LineProblem(String code, String message, int column) {
            super(message);
            this.code = code;
            this.column = column;
        }
    }

    private static VerificationRecord parse(String line) throws LineProblem {
        List<Field> fields;
        try {
            fields = TabSeparatedLine.split(line);
        } catch (SyntaxProblem e) {
            throw new LineProblem(CODE_ESCAPE, e.getMessage(), e.column);
        }
        if (fields.size() != COLUMNS.size()) {
            int column = fields.size() > COLUMNS.size() ? fields.get(COLUMNS.size()).column() : line.length() + 1;
            throw new LineProblem(CODE_FIELDS, "a record has " + COLUMNS.size() + " tab-separated fields ("
                    + String.join(", ", COLUMNS) + "), this line has " + fields.size(), column);
        }
        Field signal = fields.get(0);
        Field connection = fields.get(1);
        if (signal.text().isBlank() || connection.text().isBlank()) {
            Field empty = signal.text().isBlank() ? signal : connection;
            throw new LineProblem(CODE_VALUE, "the " + (empty == signal ? "signal" : "connection") + " is missing",
                    empty.column());
        }
        Instant at;
        try {
            at = Instant.parse(fields.get(2).text());
        } catch (DateTimeParseException e) {
            throw new LineProblem(CODE_VALUE, "'" + fields.get(2).text() + "' is not a time in ISO-8601 UTC, such as "
                    + "2026-12-03T09:14:07Z", fields.get(2).column());
        }
        Verdict verdict = Verdict.parse(fields.get(3).text());
        if (verdict == null) {
            throw new LineProblem(CODE_VALUE, "'" + fields.get(3).text() + "' is not a verdict; write pass, fail or "
                    + "unchecked", fields.get(3).column());
        }
        if (!HASH.matcher(fields.get(8).text()).matches()) {
            throw new LineProblem(CODE_VALUE, "'" + fields.get(8).text() + "' is not a mapping hash such as "
                    + "sha256:3f0c9a1b2d4e5f60", fields.get(8).column());
        }
        return new VerificationRecord(new MappingIdentity(connection.text(), signal.text()), fields.get(8).text(),
                verdict, fields.get(4).text(), fields.get(5).text(), fields.get(6).text(), fields.get(7).text(), at,
                fields.get(9).text());
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return every readable record, in file order */
    public List<VerificationRecord> records() {
        return records.stream().sorted(VerificationRecord.FILE_ORDER).toList();
    }

    /** @return the lines that could not be read, each with its position, code and how to fix it */
    public List<Finding> problems() {
        return List.copyOf(problems);
    }

    /**
     * @param identity a mapping
     * @return its records, oldest first (its history)
     */
    public List<VerificationRecord> history(MappingIdentity identity) {
        return records().stream().filter(r -> r.identity().equals(identity)).toList();
    }

    /**
     * @param identity a mapping
     * @return its latest record: the one that counts
     */
    public Optional<VerificationRecord> latest(MappingIdentity identity) {
        return records.stream().filter(r -> r.identity().equals(identity))
                .max(Comparator.comparing(VerificationRecord::at));
    }

    /**
     * Adds a record (in memory; {@link #save()} writes it).
     *
     * @param record the record
     */
    public void add(VerificationRecord record) {
        records.add(record);
    }

    /**
     * Writes the file atomically: readers see the old or the new file, never half of it.
     *
     * @throws IOException when it cannot be written (the old file is then unchanged)
     */
    public void save() throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# Fieldbridge verification evidence (docs/commissioning.md). One record per line, fields separated\n")
                .append("# by tabs (\\t \\n \\r \\\\ inside a field), sorted by signal, connection and time; the latest\n")
                .append("# record of a mapping counts, and only while the mapping's hash is unchanged.\n")
                .append("# ").append(String.join("\t", COLUMNS)).append('\n');
        for (VerificationRecord record : records()) {
            text.append(TabSeparatedLine.join(List.of(record.identity().signal(), record.identity().connection(),
                    record.at().toString(), record.verdict().keyword(), record.observed(), record.expected(),
                    record.unit(), record.by(), record.mappingHash(), record.comment()))).append('\n');
        }
        for (String line : unreadableLines) {
            text.append(line).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }
}
