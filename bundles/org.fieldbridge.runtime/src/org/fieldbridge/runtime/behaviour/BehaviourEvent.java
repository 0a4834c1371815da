/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import java.time.Instant;

/**
 * Something a twin behaviour reports: an alarm becoming active or inactive, a batch total. The OPC UA server
 * publishes these as events under the behaviour's equipment.
 *
 * @param source   the behaviour's name, e.g. {@code BathTooHot}
 * @param type     what happened
 * @param time     the source time of the sample that caused it
 * @param value    the value that caused it (the process value, or the batch total)
 * @param severity OPC UA event severity, 1 (lowest) to 1000 (highest)
 * @param message  a sentence for the operator
 */
public record BehaviourEvent(String source, Type type, Instant time, double value, int severity, String message) {

    /**
     * @return {@code severity} when it is an OPC UA event severity (1..1000)
     * @throws IllegalArgumentException naming the behaviour otherwise
     */
    static int requireSeverity(String source, int severity) {
        if (severity < 1 || severity > 1000) {
            throw new IllegalArgumentException(source + ": severity must be 1..1000, was " + severity);
        }
        return severity;
    }

    /** What happened. */
    public enum Type {
        /** The alarm condition became active (OPC UA Part 9 ActiveState = True). */
        RAISED,
        /** The alarm condition returned to normal (ActiveState = False). */
        CLEARED,
        /** A batch ended and its integral was closed. */
        BATCH_COMPLETED
    }
}
