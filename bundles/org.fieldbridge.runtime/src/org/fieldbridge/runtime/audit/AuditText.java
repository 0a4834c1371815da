/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** Audit records in words: the Message of an OPC UA audit event and a line of {@code fieldbridge audit}. */
public final class AuditText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditText() {
    }

    /** @return e.g. {@code session opened by anna from 127.0.0.1: Good (policy=Basic256Sha256, mode=SignAndEncrypt)} */
    public static String sentence(AuditRecord record) {
        return words(record, true);
    }

    private static String words(AuditRecord record, boolean markFailure) {
        StringBuilder text = new StringBuilder(record.category().key()).append(' ').append(record.action());
        if (!record.user().isEmpty()) {
            text.append(" by ").append(record.user());
        }
        if (!record.source().isEmpty()) {
            text.append(" from ").append(record.source());
        }
        text.append(": ").append(record.success() || !markFailure ? "" : "FAILED ").append(record.status());
        if (!record.details().isEmpty()) {
            text.append(" (").append(details(record.details())).append(')');
        }
        return text.toString();
    }

    /** @return one line for a person reading the trail: number, time (UTC), outcome and what happened */
    public static String line(AuditRecord record) {
        return String.format("%6d  %s  %-7s  %s", record.sequence(), TIME.format(record.time()),
                record.success() ? "ok" : "FAILED", words(record, false));
    }

    private static String details(Map<String, String> details) {
        return details.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
