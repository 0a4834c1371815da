/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where one mapping stands: its latest verification, and whether that still applies to the mapping as it is now
 * written. What the report shows per mapping and what an editor can show beside it.
 *
 * @param mapping the mapping as written now
 * @param state   pass, fail, not checked, or invalidated
 * @param latest  the record that counts, or {@code null} when the mapping was never verified
 * @param history every record of the mapping, oldest first
 */
public record MappingStatus(CommissionedMapping mapping, State state, VerificationRecord latest,
        List<VerificationRecord> history) {

    /** The state of a mapping's verification. */
    public enum State {
        /** Verified as passed, and unchanged since. */
        PASS,
        /** Verified as failed, and unchanged since: an open item. */
        FAIL,
        /** Never verified, or marked "not checked": an open item. */
        NOT_CHECKED,
        /** Verified, but the mapping changed since (its hash differs): an open item. */
        INVALIDATED
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public MappingStatus {
        history = List.copyOf(history);
    }

    /**
     * @param mapping the mapping as written now
     * @param history its records, oldest first
     * @return its status: the latest record counts, and only while its hash is the mapping's hash
     */
    public static MappingStatus of(CommissionedMapping mapping, List<VerificationRecord> history) {
        VerificationRecord latest = history.isEmpty() ? null : history.get(history.size() - 1);
        State state;
        if (latest == null) {
            state = State.NOT_CHECKED;
        } else if (!latest.mappingHash().equals(mapping.facts().hash())) {
            state = State.INVALIDATED;
        } else {
            state = switch (latest.verdict()) {
                case PASS -> State.PASS;
                case FAIL -> State.FAIL;
                case NOT_CHECKED -> State.NOT_CHECKED;
            };
        }
        return new MappingStatus(mapping, state, latest, history);
    }

    /** @return whether the mapping still needs work before sign-off: anything but a valid pass */
    public boolean isOpen() {
        return state != State.PASS;
    }

    /**
     * @return the state in words, e.g. {@code pass}, {@code not checked (never verified)} or
     *         {@code invalidated (mapping changed since it was verified on 2026-12-03 09:14 UTC by alice)}
     */
    public String describe() {
        return switch (state) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_CHECKED -> latest == null ? "not checked (never verified)" : "not checked";
            case INVALIDATED -> "invalidated (mapping changed since it was verified on " + WHEN.format(latest.at())
                    + (latest.by().isBlank() ? "" : " by " + latest.by()) + ")";
        };
    }
}
