/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.units.UnitSymbols;

/**
 * The verification evidence of a loaded .twin folder: every mapping's {@link MappingStatus}, the problems of the
 * evidence files, and recording a new verification (saved at once, and audited). The API the command line and
 * the workbench share; it reads the files afresh on {@link #load(CommissionedTwin)}, so a restart loses nothing.
 */
public final class VerificationEvidence {

    private final CommissionedTwin twin;
    private final Map<Path, EvidenceFile> files = new LinkedHashMap<>();

    private VerificationEvidence(CommissionedTwin twin) {
        this.twin = twin;
    }

    /**
     * Reads the evidence files of every .twin file of a loaded folder.
     *
     * @param twin the loaded .twin files
     * @return their evidence
     * @throws IOException when an evidence file exists but cannot be read
     */
    public static VerificationEvidence load(CommissionedTwin twin) throws IOException {
        VerificationEvidence evidence = new VerificationEvidence(twin);
        for (Path file : twin.twinFiles()) {
            evidence.files.put(file, EvidenceFile.read(CommissionedTwin.evidenceFile(file)));
        }
        return evidence;
    }

    /** @return the positioned problems of unreadable evidence lines (the other records are read) */
    public List<Finding> problems() {
        List<Finding> problems = new ArrayList<>();
        files.values().forEach(file -> problems.addAll(file.problems()));
        return problems;
    }

    /**
     * @param mapping a mapping of the loaded folder
     * @return where its verification stands
     */
    public MappingStatus statusOf(CommissionedMapping mapping) {
        EvidenceFile file = files.get(mapping.twinFile());
        return MappingStatus.of(mapping, file == null ? List.of() : file.history(mapping.identity()));
    }

    /** @return the status of every mapping, in file order */
    public List<MappingStatus> statuses() {
        return twin.mappings().stream().map(this::statusOf).toList();
    }

    /**
     * @return the latest records of mappings no longer in the files (a signal remapped or removed); kept as
     *         history, listed by the report
     */
    public List<VerificationRecord> orphans() {
        Set<MappingIdentity> mapped = new HashSet<>();
        twin.mappings().forEach(m -> mapped.add(m.identity()));
        Map<MappingIdentity, VerificationRecord> latest = new LinkedHashMap<>();
        files.values().forEach(file -> file.records().stream().filter(r -> !mapped.contains(r.identity()))
                .forEach(r -> latest.put(r.identity(), r)));
        return List.copyOf(latest.values());
    }

    /** What the engineer states about one mapping; empty strings where nothing was given. */
    public record Statement(Verdict verdict, String observed, String expected, String comment, String by) {
    }

    /**
     * Records a verification: the record goes into the evidence file beside the mapping's .twin file (saved
     * atomically before this returns) and an entry into the audit log beside it.
     *
     * @param mapping   the mapping verified, as written now (its hash is recorded)
     * @param statement verdict, values, comment and who
     * @param at        when
     * @return the record written
     * @throws IOException when the evidence file or the audit log cannot be written
     */
    public VerificationRecord record(CommissionedMapping mapping, Statement statement, Instant at) throws IOException {
        EvidenceFile file = files.get(mapping.twinFile());
        if (file == null) {
            throw new IllegalArgumentException(mapping.identity() + " is not a mapping of the loaded files");
        }
        String unit = unitOf(mapping);
        VerificationRecord record = new VerificationRecord(mapping.identity(), mapping.facts().hash(),
                statement.verdict(), statement.observed(), statement.expected(), unit, statement.by(), at,
                statement.comment());
        file.add(record);
        file.save();
        StringBuilder what = new StringBuilder("verify ").append(record.verdict().keyword());
        if (!record.observed().isEmpty()) {
            what.append(" observed ").append(record.observed()).append(unit.isEmpty() ? "" : " " + unit);
        }
        if (!record.expected().isEmpty()) {
            what.append(" expected ").append(record.expected()).append(unit.isEmpty() ? "" : " " + unit);
        }
        new AuditLog(CommissionedTwin.auditFile(mapping.twinFile())).append(new AuditEntry(at, record.by(),
                where(mapping), what.toString(), "recorded in " + file.file().getFileName() + " (mapping "
                        + record.mappingHash() + ")"));
        return record;
    }

    /** @return the unit both values are given in: the plant signal's, as the .twin language spells it */
    static String unitOf(CommissionedMapping mapping) {
        String code = mapping.facts().fact("signal-unit");
        return code.isEmpty() ? "" : UnitSymbols.symbol(code);
    }

    /** @return e.g. {@code PLC4 holding:20 -> Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp} */
    static String where(CommissionedMapping mapping) {
        MappingFacts facts = mapping.facts();
        String source = facts.fact("address").isEmpty() ? facts.fact("node") : facts.fact("address");
        return facts.identity().connection() + " " + source + " -> " + facts.identity().signal();
    }
}
