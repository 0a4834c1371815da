/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime;

import java.time.Instant;

/** Receives the samples of named signals, e.g. from an acquisition source. Called from the source's thread. */
@FunctionalInterface
public interface SampleSink {

    /**
     * @param signal the name of the signal (tag)
     * @param sample its new sample
     */
    void accept(String signal, Sample sample);

    /**
     * Says that the device confirmed the signal's current sample at {@code at} without a change (a Modbus read
     * of the same value, an OPC UA keep-alive): the value is not stale even though no new sample came. Samples
     * a source makes up itself (a lost connection) are never confirmed. The default ignores it.
     *
     * @param signal the name of the signal (tag)
     * @param at when the device confirmed it
     */
    default void confirmed(String signal, Instant at) {
    }

    /**
     * Says that the source has handed over the samples of one answer of its device, so that what follows may pass
     * them on together rather than one by one. Called from the source's thread after every answer, the last of a
     * cycle included; {@link #cycleDone()} follows that one. The default ignores it.
     */
    default void batchDone() {
    }

    /**
     * Says that the source has handed over everything of one acquisition cycle (a poll of its device): the OPC UA
     * server sends what changed in it in one notification message. Called from the source's thread after each
     * cycle. The default ignores it.
     */
    default void cycleDone() {
    }
}
