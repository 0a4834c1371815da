/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt of an operator to act on a condition (Acknowledge, Confirm, AddComment, Enable, Disable), done or
 * refused, with who and from where: what the audit trail records (IEC 62443-4-2 CR 2.8). A refused attempt changes no
 * state and so is no {@link ConditionEvent}; this is the only place it shows.
 *
 * @param conditionId   the condition's id (the alarm behaviour's id)
 * @param sourceName    the behaviour's name, e.g. {@code BathTooHot}
 * @param action        what was asked: {@link ConditionTransition#ACKNOWLEDGED}, {@code CONFIRMED}, {@code COMMENTED},
 *                      {@code ENABLED} or {@code DISABLED}
 * @param eventId       the EventId the client named (null for Enable and Disable)
 * @param time          when it was asked
 * @param user          the session's user name (empty when unknown)
 * @param clientAddress the client's IP address (empty when unknown)
 * @param comment       the comment the client gave (empty when none)
 * @param success       true when done
 * @param status        the OPC UA status answered, e.g. {@code Good}, {@code Bad_UserAccessDenied}
 */
public record OperatorAction(String conditionId, String sourceName, ConditionTransition action, EventId eventId,
        Instant time, String user, String clientAddress, String comment, boolean success, String status) {

    public OperatorAction {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(time, "time");
        sourceName = sourceName == null ? "" : sourceName;
        user = user == null ? "" : user;
        clientAddress = clientAddress == null ? "" : clientAddress;
        comment = comment == null ? "" : comment;
        status = status == null ? (success ? "Good" : "Bad") : status;
    }
}
