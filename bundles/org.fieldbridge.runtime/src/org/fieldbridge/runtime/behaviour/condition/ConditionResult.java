/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

/**
 * The outcome of a condition method (Acknowledge, Confirm, AddComment, Enable, Disable) with the OPC UA status code
 * OPC 10000-9 names for it, so that the server answers with exactly that code.
 */
public enum ConditionResult {
    /** Done; an event reports the new state. */
    GOOD(0x00000000L),
    /** The condition is disabled (OPC 10000-9 §5.5.4, §5.7.3): only Enable is possible. */
    BAD_CONDITION_DISABLED(0x80990000L),
    /** Disable on a disabled condition (§5.5.4). */
    BAD_CONDITION_ALREADY_DISABLED(0x80980000L),
    /** Enable on an enabled condition (§5.5.5). */
    BAD_CONDITION_ALREADY_ENABLED(0x80CC0000L),
    /** The EventId is not one of an event of this condition's live branches (§5.5.6, §5.7.3, §5.7.4). */
    BAD_EVENT_ID_UNKNOWN(0x809A0000L),
    /** The state the EventId names is acknowledged already (§5.7.3). */
    BAD_CONDITION_BRANCH_ALREADY_ACKED(0x80CF0000L),
    /** The state the EventId names is confirmed already (§5.7.4). */
    BAD_CONDITION_BRANCH_ALREADY_CONFIRMED(0x80D00000L);

    private final long statusCode;

    ConditionResult(long statusCode) {
        this.statusCode = statusCode;
    }

    /** @return the OPC UA StatusCode value */
    public long statusCode() {
        return statusCode;
    }

    /** @return the OPC UA symbolic name, e.g. {@code Bad_ConditionBranchAlreadyAcked} */
    public String symbol() {
        if (this == GOOD) {
            return "Good";
        }
        StringBuilder symbol = new StringBuilder("Bad_");
        for (String word : name().substring(4).split("_")) {
            symbol.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return symbol.toString();
    }
}
