/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a condition (OPC 10000-9 §5.5.2 ConditionType, §5.7.2 AcknowledgeableConditionType, §5.8.2
 * AlarmConditionType): the state of the trunk or of a branch after a transition.
 *
 * @param conditionId  the condition's id (the behaviour's id, e.g. {@code Acme...Tank3.BathTooHot})
 * @param branchId     null for the condition itself (the trunk), else the branch's id (§5.5.2 BranchId)
 * @param eventId      unique per event; Acknowledge/Confirm/AddComment name it
 * @param transition   what happened
 * @param time         when (the sample's source time, or when an operator acted)
 * @param sourceName   the behaviour's name, e.g. {@code BathTooHot}
 * @param sourceSignal the id of the signal whose value the alarm watches (may be empty)
 * @param value        the last value of that signal the alarm evaluated (NaN when unknown)
 * @param enabled      EnabledState
 * @param active       ActiveState
 * @param acked        AckedState
 * @param confirmed    ConfirmedState
 * @param retain       Retain: the client should show it (active, or not yet acknowledged or confirmed)
 * @param severity     1..1000
 * @param lastSeverity the severity before the last change of severity
 * @param message      the sentence for the operator
 * @param comment      the last comment (empty when none)
 * @param user         who gave the last comment / acknowledged / confirmed (ClientUserId; empty when none)
 */
public record ConditionEvent(String conditionId, String branchId, EventId eventId, ConditionTransition transition,
        Instant time, String sourceName, String sourceSignal, double value, boolean enabled, boolean active,
        boolean acked, boolean confirmed, boolean retain, int severity, int lastSeverity, String message,
        String comment, String user) {

    public ConditionEvent {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(time, "time");
        sourceSignal = sourceSignal == null ? "" : sourceSignal;
        message = message == null ? "" : message;
        comment = comment == null ? "" : comment;
        user = user == null ? "" : user;
    }

    /** @return true for an event of a branch (a previous state kept for acknowledgement), false for the trunk */
    public boolean isBranch() {
        return branchId != null;
    }
}
