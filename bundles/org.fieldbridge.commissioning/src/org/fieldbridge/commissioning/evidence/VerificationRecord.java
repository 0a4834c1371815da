/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One verification of one mapping: a line of the evidence file. Several records of one mapping are its history;
 * the latest counts.
 *
 * @param identity    the mapping verified
 * @param mappingHash the {@linkplain MappingFacts#hash() hash} of the mapping as it was verified
 * @param verdict     pass, fail or not checked
 * @param observed    the value Fieldbridge read, as shown (may be empty)
 * @param expected    the value expected, or the HMI's reading (may be empty)
 * @param unit        the unit of both values (the plant signal's), may be empty
 * @param by          who verified
 * @param at          when, to the second (written in ISO-8601 UTC)
 * @param comment     free text, may be empty
 */
public record VerificationRecord(MappingIdentity identity, String mappingHash, Verdict verdict, String observed,
        String expected, String unit, String by, Instant at, String comment) {

    /** Mapping, then time, then the rest: the order of the evidence file (diffs add lines, never move them). */
    public static final Comparator<VerificationRecord> FILE_ORDER = Comparator
            .comparing(VerificationRecord::identity).thenComparing(VerificationRecord::at)
            .thenComparing(VerificationRecord::mappingHash).thenComparing(VerificationRecord::verdict)
            .thenComparing(VerificationRecord::by).thenComparing(VerificationRecord::observed)
            .thenComparing(VerificationRecord::expected).thenComparing(VerificationRecord::comment);

    public VerificationRecord {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(mappingHash, "mappingHash");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
        observed = observed == null ? "" : observed;
        expected = expected == null ? "" : expected;
        unit = unit == null ? "" : unit;
        by = by == null ? "" : by;
        comment = comment == null ? "" : comment;
        at = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
