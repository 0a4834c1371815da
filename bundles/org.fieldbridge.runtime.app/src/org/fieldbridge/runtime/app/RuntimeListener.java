/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;

/**
 * Watches a running twin: every sample published (signals after conditioning and calibration checks,
 * behaviour states, aligned values), every behaviour event and every transition of an alarm condition. Used by the live view, the demo and tests.
 * Called on acquisition and alignment threads, possibly concurrently: implementations are thread-safe and
 * return quickly; an exception is logged and does not disturb the twin.
 */
public interface RuntimeListener {

    /**
     * @param id the node id the sample was published under
     * @param sample the sample
     */
    default void onSample(String id, Sample sample) {
    }

    /**
     * @param sourceId the id of the element the event is about (normally an equipment)
     * @param event what happened
     */
    default void onEvent(String sourceId, BehaviourEvent event) {
    }

    /**
     * A transition of an alarm condition (OPC 10000-9): activated, returned to normal, acknowledged, confirmed,
     * commented, enabled, disabled, or a previous activation kept as a branch; {@link ConditionEvent#user()} and
     * {@link ConditionEvent#comment()} say who acted and why. Called on the thread that caused it (a sample's, or
     * the OPC UA client's for an operator's action).
     *
     * @param event the condition's state after the transition
     */
    default void onCondition(ConditionEvent event) {
    }
}
