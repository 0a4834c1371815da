/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;

/**
 * Watches a running twin: every sample published (signals after conditioning and calibration checks,
 * behaviour states, aligned values) and every behaviour event. Used by the live view, the demo and tests.
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
}
