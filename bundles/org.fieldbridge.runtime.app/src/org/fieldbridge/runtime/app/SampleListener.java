/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

/**
 * Receives every sample of one signal after conditioning and calibration checks, on the acquisition
 * thread that produced it. Behaviours compiled by the generator are wired to their input signals with
 * listeners; a listener must not block.
 */
@FunctionalInterface
public interface SampleListener {

    /**
     * @param sourceTimeNanos the sample's source timestamp, nanoseconds since the epoch
     * @param value the value as a double (booleans 0/1, NaN when there is no numeric value)
     * @param quality the OPC UA StatusCode of the sample
     */
    void onSample(long sourceTimeNanos, double value, int quality);
}
