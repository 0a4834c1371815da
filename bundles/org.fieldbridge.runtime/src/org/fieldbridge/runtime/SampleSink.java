/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime;

/** Receives the samples of named signals, e.g. from an acquisition source. Called from the source's thread. */
@FunctionalInterface
public interface SampleSink {

    /**
     * @param signal the name of the signal (tag)
     * @param sample its new sample
     */
    void accept(String signal, Sample sample);
}
