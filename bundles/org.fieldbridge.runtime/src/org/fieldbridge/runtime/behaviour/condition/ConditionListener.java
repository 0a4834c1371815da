/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

/**
 * Told every event of a condition, in order, on the thread that caused it (the sample's or the OPC UA client's):
 * the OPC UA server, the audit trail, the Sparkplug publisher and the live view subscribe. Must not block.
 */
@FunctionalInterface
public interface ConditionListener {

    /** One transition; {@link ConditionEvent#user()} and {@link ConditionEvent#comment()} say who and why. */
    void onTransition(ConditionEvent event);

    /**
     * One operator's attempt to act on a condition, done or refused, with the user and the client's address (the
     * server's method handlers report it after answering the state machine); the audit trail records these. A done
     * attempt has also been reported by {@link #onTransition}. Ignored unless overridden.
     */
    default void onOperatorAction(OperatorAction action) {
    }
}
