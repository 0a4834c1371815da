/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what, where, when, and how it ended.
 *
 * @param at     when, to the second (ISO-8601 UTC in the file)
 * @param who    the user
 * @param where  the controller and address, e.g. {@code PLC4 holding:20 (Tank3.BathTemp)}
 * @param what   the action, e.g. {@code verify pass observed 21.4 degC expected 21.4 degC} or
 *               {@code write int16 215 (old 210)}
 * @param result how it ended, e.g. {@code recorded} or {@code refused: writing is disabled for PLC4}
 */
public record AuditEntry(Instant at, String who, String where, String what, String result) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        who = who == null ? "" : who;
        where = where == null ? "" : where;
        what = what == null ? "" : what;
        result = result == null ? "" : result;
    }
}
