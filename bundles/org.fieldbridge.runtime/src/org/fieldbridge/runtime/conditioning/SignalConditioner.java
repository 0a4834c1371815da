/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.conditioning;

import java.util.Objects;

import org.fieldbridge.runtime.Sample;

/**
 * Applies a {@link Conditioning} to the successive raw samples of one signal and decides which of them are
 * reported, following the OPC UA DataChangeFilter with trigger StatusValue and an absolute deadband
 * (OPC UA Part 4, DataChangeFilter): a sample is reported when its quality differs from the last reported
 * one, or when |value - last reported value| &gt; deadband (for a deadband of 0: when the value changed).
 * Non-numeric values are reported when they are not equal. Not thread-safe: one signal, one thread.
 */
public final class SignalConditioner {

    private final Conditioning conditioning;
    private Sample lastReported;

    public SignalConditioner(Conditioning conditioning) {
        this.conditioning = Objects.requireNonNull(conditioning);
    }

    /**
     * @param raw the raw sample
     * @return the engineering sample to report, or null when the deadband suppresses it
     */
    public Sample condition(Sample raw) {
        Sample eng = conditioning.apply(raw);
        if (lastReported != null && !changed(lastReported, eng)) {
            return null;
        }
        lastReported = eng;
        return eng;
    }

    /** @return the last sample reported, null before the first */
    public Sample lastReported() {
        return lastReported;
    }

    private boolean changed(Sample last, Sample next) {
        if (last.quality().code() != next.quality().code()) {
            return true;
        }
        double d = conditioning.deadband();
        if (d > 0 && last.value() instanceof Number previous && next.value() instanceof Number current) {
            return Math.abs(current.doubleValue() - previous.doubleValue()) > d;
        }
        return !Objects.equals(last.value(), next.value());
    }
}
