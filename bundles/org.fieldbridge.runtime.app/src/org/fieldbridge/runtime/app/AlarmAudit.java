/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.UncheckedIOException;
import java.util.Map;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionListener;
import org.fieldbridge.runtime.behaviour.condition.OperatorAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every operator action on an alarm condition in the audit trail (IEC 62443-4-2 CR 2.8; docs/opcua-server.md,
 * "Audit trail"): acknowledgements, confirmations, comments, enable and disable, done or refused, with who, from
 * where, which condition, the comment and the OPC UA status. The server raises each record as an AuditEvent for
 * SecurityAdmin sessions, as it does for every record of the trail.
 *
 * <p>It listens to {@link OperatorAction}s rather than to transitions because a refused attempt changes no state and
 * a transition does not know the client's address. A record that cannot be written is logged and the action stands:
 * the operator's acknowledgement must not be lost because the disk is full.</p>
 */
final class AlarmAudit implements ConditionListener {

    private static final Logger LOG = LoggerFactory.getLogger(AlarmAudit.class);
    private static final int MAX_COMMENT = 500;

    private final AuditTrail trail;

    AlarmAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void onTransition(ConditionEvent event) {
        // the state changes are the conditions' own history; the audit trail records who asked for them
    }

    @Override
    public void onOperatorAction(OperatorAction action) {
        AuditRecord record = record(action);
        try {
            trail.record(record);
        } catch (UncheckedIOException | IllegalStateException e) {
            LOG.error("audit record lost (alarm {} {} by {}): {}", action.sourceName(), record.action(), action.user(),
                    e.getMessage());
        }
    }

    /**
     * @return the record of an action: action {@code acknowledged}, {@code confirmed}, {@code commented},
     *         {@code enabled} or {@code disabled} when done, {@code acknowledge refused} ... when not
     */
    static AuditRecord record(OperatorAction action) {
        String verb = switch (action.action()) {
            case ACKNOWLEDGED -> "acknowledge";
            case CONFIRMED -> "confirm";
            case COMMENTED -> "comment";
            case ENABLED -> "enable";
            case DISABLED -> "disable";
            default -> action.action().name().toLowerCase(java.util.Locale.ROOT);
        };
        String what = action.success() ? (verb.endsWith("e") ? verb + "d" : verb + "ed") : verb + " refused";
        AuditRecord record = new AuditRecord(0, action.time(), action.clientAddress(), printable(action.user(), 64),
                AuditCategory.ALARM, what, action.success(), action.status(), Map.of())
                .with("condition", action.conditionId())
                .with("alarm", action.sourceName());
        if (action.eventId() != null) {
            record = record.with("eventId", action.eventId().hex());
        }
        return action.comment().isEmpty() ? record : record.with("comment", printable(action.comment(), MAX_COMMENT));
    }

    // User names and comments are client input: bounded, and without control characters in the trail.
    private static String printable(String text, int max) {
        String shortened = text.length() > max ? text.substring(0, max) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
