/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import static org.fieldbridge.runtime.alignment.AggregateStatus.BAD_NO_DATA;

import java.time.Instant;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;

/**
 * One signal's value at one grid point as primitives: a reusable result that
 * {@link AlignedSignal#evaluate(long, long, AlignedReading)} fills in, so that evaluating thousands of signals per
 * grid point allocates nothing. {@link AlignedValue} is its immutable form ({@link #toValue()}). Not thread-safe:
 * one reading per evaluating thread.
 */
public final class AlignedReading {

    private AlignedSignal signal;
    private long gridTimeNanos;
    private double value = Double.NaN;
    private int qualityCode = BAD_NO_DATA;

    void set(AlignedSignal evaluated, long gridTime, double result, int code) {
        this.signal = evaluated;
        this.gridTimeNanos = gridTime;
        this.value = result;
        this.qualityCode = code;
    }

    void setNoData(AlignedSignal evaluated, long gridTime) {
        set(evaluated, gridTime, Double.NaN, BAD_NO_DATA);
    }

    /** @return the grid point, nanoseconds since the epoch (for windowed methods the start of the interval) */
    public long gridTimeNanos() {
        return gridTimeNanos;
    }

    /** @return the value; NaN when the quality is Bad_NoData */
    public double value() {
        return value;
    }

    /**
     * @return the 32-bit OPC UA StatusCode of the value, with the historian bits (bits 0..1: Raw 0, Calculated 1,
     *         Interpolated 2); Bad_NoData (0x809B0000) when the signal has no usable data at the grid point
     */
    public int qualityCode() {
        return qualityCode;
    }

    /**
     * @return the quality as an object; Bad_NoData carries a detail naming the signal and its staleness limit,
     *         made only when asked for
     */
    public Quality quality() {
        return qualityCode == BAD_NO_DATA && signal != null ? signal.noDataQuality()
                : AggregateStatus.quality(qualityCode);
    }

    /** @return the immutable form of this reading */
    public AlignedValue toValue() {
        return toValue(EpochNanos.toInstant(gridTimeNanos));
    }

    /** @param gridTime the grid point as an instant, shared by every signal evaluated at it */
    AlignedValue toValue(Instant gridTime) {
        return new AlignedValue(gridTime, value, quality());
    }

    @Override
    public String toString() {
        return (signal == null ? "?" : signal.name()) + "@" + EpochNanos.toInstant(gridTimeNanos) + "=" + value + " "
                + quality();
    }
}
