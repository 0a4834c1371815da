/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import static org.fieldbridge.runtime.StatusCodeBits.isBad;
import static org.fieldbridge.runtime.StatusCodeBits.isGood;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;

/**
 * Integrates a rate signal per batch ({@code energy OvenGasPerBatch: integrate CuringOven.GasFlow per
 * CuringOven.BatchId}) with the trapezoidal rule in source time. A segment between two rate samples is
 * integrated only when both are non-Bad and they are at most {@code maxGap} apart; otherwise it is left out
 * and the batch total is marked Uncertain_DataSubNormal, so a total is never silently short.
 */
public final class BatchIntegral {

    private final String name;
    private final double secondsPerRateUnit;
    private final long maxGapNanos;
    private final Consumer<BatchTotal> totals;

    private double batch = Double.NaN;
    private long batchStart;
    private double total;
    private boolean complete = true;
    private long lastTime = Long.MIN_VALUE;
    private double lastRate = Double.NaN;
    private int lastQuality = Quality.BAD.code();

    /**
     * @param rateTimeUnit the time unit of the rate (1 h for m³/h, 1 s for kW → kJ)
     * @param maxGap       the longest gap between rate samples that is still integrated
     */
    public BatchIntegral(String name, Duration rateTimeUnit, Duration maxGap, Consumer<BatchTotal> totals) {
        if (rateTimeUnit.isNegative() || rateTimeUnit.isZero() || maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("integral " + name + ": time unit and gap limit must be positive");
        }
        this.name = name;
        this.secondsPerRateUnit = rateTimeUnit.toNanos() / 1e9;
        this.maxGapNanos = maxGap.toNanos();
        this.totals = Objects.requireNonNull(totals);
    }

    /** A new value of the batch signal; a different value closes the running batch and starts a new one. */
    public void updateBatch(long timeNanos, double batchId, int quality) {
        if (isBad(quality) || Double.compare(batchId, batch) == 0) {
            return;
        }
        integrateUpTo(timeNanos, lastRate, lastQuality);
        if (!Double.isNaN(batch)) {
            totals.accept(new BatchTotal(batch, EpochNanos.toInstant(batchStart), EpochNanos.toInstant(timeNanos),
                    total, complete ? Quality.GOOD : Quality.UNCERTAIN_DATA_SUB_NORMAL));
        }
        batch = batchId;
        batchStart = timeNanos;
        total = 0;
        complete = true;
        if (lastTime != Long.MIN_VALUE) {
            lastTime = timeNanos; // the running segment continues into the new batch
        }
    }

    /** A new value of the rate signal (source-time order). */
    public void updateRate(long timeNanos, double rate, int quality) {
        integrateUpTo(timeNanos, rate, quality);
        lastTime = timeNanos;
        lastRate = rate;
        lastQuality = quality;
    }

    private void integrateUpTo(long timeNanos, double rate, int quality) {
        if (Double.isNaN(batch) || lastTime == Long.MIN_VALUE || timeNanos <= lastTime) {
            return;
        }
        long dt = timeNanos - lastTime;
        if (isBad(lastQuality) || isBad(quality) || dt > maxGapNanos || Double.isNaN(rate)) {
            complete = false;
            return;
        }
        if (!isGood(lastQuality) || !isGood(quality)) {
            complete = false;
        }
        total += (lastRate + rate) / 2 * (dt / 1e9) / secondsPerRateUnit;
    }

    /** @return the integral of the running batch so far */
    public double runningTotal() {
        return total;
    }

    /** @return the running batch's identifier, NaN before the first one */
    public double batch() {
        return batch;
    }

    public String name() {
        return name;
    }
}
