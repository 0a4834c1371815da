/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Instant;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;

/**
 * Where behaviours put what they compute: behaviour state variables and events of the twin's OPC UA
 * server (and the live view). Generated code gets it from {@link TwinAssembly.Builder#outputs()} while
 * the twin is assembled; calls before the runtime has started are ignored.
 */
public interface TwinOutputs {

    /**
     * Publishes the value of a state variable or signal node.
     *
     * @param id the node id (browse names joined by dots, as in the address space description)
     * @param sample the value with quality and timestamps
     */
    void publish(String id, Sample sample);

    /**
     * Fires an event whose source is an element of the address space (normally an equipment).
     *
     * @param sourceId the id of the source element
     * @param event the behaviour event (raise or clear of an alarm, end of a batch, a verdict)
     */
    void event(String sourceId, BehaviourEvent event);

    /** Publishes a state value stamped with a source time in nanoseconds since the epoch. */
    default void state(String id, long sourceTimeNanos, Object value, int quality) {
        Instant at = EpochNanos.toInstant(sourceTimeNanos);
        publish(id, new Sample(value, Quality.of(quality), at, Instant.now()));
    }
}
