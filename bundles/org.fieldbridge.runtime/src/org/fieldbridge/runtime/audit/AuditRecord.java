/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit trail: who ({@code user}) did what ({@code category}, {@code action}) from where
 * ({@code source}), when ({@code time}, UTC, milliseconds) and how it ended ({@code success}, {@code status}),
 * with the details that identify it (security policy, file hash, certificate thumbprint ...).
 *
 * <p>A record never holds a secret: detail names that speak of passwords, secrets or tokens are refused, so a
 * careless caller fails in its tests rather than writing one into the file.</p>
 *
 * @param sequence the record's number in the trail, 1, 2, ...; 0 until the trail writes it
 * @param time     when it happened, truncated to milliseconds
 * @param source   where the action came from: a client's address, or the runtime's host for its own actions
 * @param user     the user name, {@code anonymous}, or empty when no user is known yet
 * @param category what kind of action
 * @param action   what happened, a short verb phrase: {@code opened}, {@code refused}, {@code loaded} ...
 * @param success  whether the action succeeded
 * @param status   the OPC UA status (e.g. {@code Good}, {@code Bad_UserAccessDenied}) or a short reason word
 * @param details  further facts, in order; values are plain text
 */
public record AuditRecord(long sequence, Instant time, String source, String user, AuditCategory category,
        String action, boolean success, String status, Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        time = time.truncatedTo(ChronoUnit.MILLIS);
        source = source == null ? "" : source;
        user = user == null ? "" : user;
        action = Objects.requireNonNull(action, "action");
        status = status == null ? (success ? "Good" : "Bad") : status;
        Map<String, String> copy = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((name, value) -> {
                requireNoSecret(name);
                copy.put(name, value == null ? "" : value);
            });
        }
        details = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return a successful record of now, without details */
    public static AuditRecord success(String source, String user, AuditCategory category, String action) {
        return new AuditRecord(0, Instant.now(), source, user, category, action, true, "Good", Map.of());
    }

    /** @return a failed record of now, with the status that says why, without details */
    public static AuditRecord failure(String source, String user, AuditCategory category, String action,
            String status) {
        return new AuditRecord(0, Instant.now(), source, user, category, action, false, status, Map.of());
    }

    /** @return this record with one more detail (kept in insertion order) */
    public AuditRecord with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new AuditRecord(sequence, time, source, user, category, action, success, status, more);
    }

    /** @return this record at another time */
    public AuditRecord at(Instant when) {
        return new AuditRecord(sequence, when, source, user, category, action, success, status, details);
    }

    /** @return this record numbered as the trail writes it */
    AuditRecord numbered(long number) {
        return new AuditRecord(number, time, source, user, category, action, success, status, details);
    }

    private static void requireNoSecret(String name) {
        String lower = Objects.requireNonNull(name, "detail name").toLowerCase(Locale.ROOT);
        if (lower.contains("password") || lower.contains("secret") || lower.contains("token")) {
            throw new IllegalArgumentException("an audit record never holds a secret: detail '" + name
                    + "' is refused (record what kind of credential was used, never the credential)");
        }
    }
}
