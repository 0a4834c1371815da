/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import static org.fieldbridge.runtime.StatusCodeBits.isBad;
import static org.fieldbridge.runtime.StatusCodeBits.isGood;
import static org.fieldbridge.runtime.StatusCodeBits.isUncertain;
import static org.fieldbridge.runtime.alignment.AggregateStatus.BAD_NO_DATA;
import static org.fieldbridge.runtime.alignment.AggregateStatus.CALCULATED;
import static org.fieldbridge.runtime.alignment.AggregateStatus.INTERPOLATED;
import static org.fieldbridge.runtime.alignment.AggregateStatus.RAW;
import static org.fieldbridge.runtime.alignment.AggregateStatus.UNCERTAIN_DATA_SUB_NORMAL;

import java.time.Duration;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * One signal on an alignment grid: its raw samples and the rule that turns them into a value per grid
 * point. Bounding values follow OPC UA Part 13 §3.1.8 (interpolated bounding values: the nearest non-Bad
 * raw values, with Uncertain_DataSubNormal when Bad values were skipped, a bound is Uncertain or the value
 * had to be extrapolated). On top of Part 13, a staleness limit: a bound older than the limit is no bound,
 * so a dead source turns into Bad_NoData instead of a value held forever.
 */
public final class AlignedSignal {

    private final String name;
    private final AlignmentMethod method;
    private final long staleAfterNanos;
    private final SampleHistory history = new SampleHistory();
    private final DiscardPoint discardPoint;
    private Quality noData;

    /**
     * The grid point from which on values are still wanted, shared by the signals of one grid: moving it costs
     * the grid nothing per signal; a signal drops what it no longer needs only when its history is full.
     */
    static final class DiscardPoint {
        private long gridTimeNanos = Long.MIN_VALUE;

        void advanceTo(long gridTime) {
            gridTimeNanos = Math.max(gridTimeNanos, gridTime);
        }
    }

    /**
     * @param name       the signal's name, for results and messages
     * @param method     how the signal is put on the grid
     * @param staleAfter how old the newest usable sample may be at a grid point before the signal has no data
     */
    public AlignedSignal(String name, AlignmentMethod method, Duration staleAfter) {
        this(name, method, staleAfter, new DiscardPoint());
    }

    /** A signal of a grid, which moves the shared discard point. */
    AlignedSignal(String name, AlignmentMethod method, Duration staleAfter, DiscardPoint discardPoint) {
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleness limit of " + name + " must be positive: " + staleAfter);
        }
        this.name = name;
        this.method = method;
        this.staleAfterNanos = staleAfter.toNanos();
        this.discardPoint = discardPoint;
    }

    public String name() {
        return name;
    }

    public AlignmentMethod method() {
        return method;
    }

    /** Records a raw sample (by source timestamp). Out-of-order samples are ignored. */
    public void observe(Sample sample) {
        observe(EpochNanos.of(sample.sourceTimestamp()), sample.doubleValue(), sample.quality().code());
    }

    /**
     * Records a raw sample without allocating: the hot path of the runtime.
     *
     * @return false when the sample was ignored because it is not newer than the last one
     */
    public boolean observe(long sourceTimeNanos, double value, int qualityCode) {
        if (history.isFull() && discardPoint.gridTimeNanos != Long.MIN_VALUE) {
            discardBefore(discardPoint.gridTimeNanos); // room before growing: the discard, amortised
        }
        return history.add(sourceTimeNanos, value, qualityCode);
    }

    /**
     * Forgets samples that no grid point at or after {@code gridTimeNanos} can need any more: everything before
     * the bound the method looks back to (hold and linear: the last non-Bad sample at or before the point;
     * windowed: the last sample before the interval, whose quality covers its start) and everything older than
     * the staleness limit, keeping the newest of those as a bound.
     */
    void discardBefore(long gridTimeNanos) {
        int bound = method.isWindowed() ? history.lastAtOrBefore(gridTimeNanos - 1)
                : nonBadAtOrBefore(history.lastAtOrBefore(gridTimeNanos));
        long staleBefore = gridTimeNanos - staleAfterNanos;
        if (bound < 0 || history.time(bound) <= staleBefore) {
            // a bound older than the limit is no bound: keep only the newest sample that old
            bound = Math.max(bound, history.lastAtOrBefore(staleBefore));
        }
        history.dropOldest(bound);
    }

    /**
     * @param gridTimeNanos the grid point, nanoseconds since the epoch
     * @param periodNanos   the grid period (the interval of windowed methods)
     * @return the signal's value at the grid point
     * @see #evaluate(long, long, AlignedReading) the same without allocating
     */
    public AlignedValue valueAt(long gridTimeNanos, long periodNanos) {
        AlignedReading reading = new AlignedReading();
        evaluate(gridTimeNanos, periodNanos, reading);
        return reading.toValue();
    }

    /**
     * Computes the signal's value at a grid point into a reusable reading, without allocating: for callers that
     * evaluate many signals per grid point. Same result as {@link #valueAt(long, long)}.
     *
     * @param gridTimeNanos the grid point, nanoseconds since the epoch
     * @param periodNanos   the grid period (the interval of windowed methods)
     * @param into          receives the value and its quality code
     */
    public void evaluate(long gridTimeNanos, long periodNanos, AlignedReading into) {
        switch (method) {
            case HOLD -> stepped(gridTimeNanos, into);
            case LINEAR -> sloped(gridTimeNanos, into);
            default -> windowed(gridTimeNanos, periodNanos, into);
        }
    }

    private void stepped(long t, AlignedReading into) {
        int last = history.lastAtOrBefore(t);
        int before = nonBadAtOrBefore(last);
        if (before < 0 || t - history.time(before) > staleAfterNanos) {
            into.setNoData(this, t);
            return;
        }
        boolean skippedBad = before < last;
        int q = history.quality(before);
        int code = skippedBad || isUncertain(q) ? UNCERTAIN_DATA_SUB_NORMAL : q & 0xFFFF0000;
        boolean raw = history.time(before) == t && !skippedBad;
        into.set(this, t, history.value(before), code | (raw ? RAW : INTERPOLATED));
    }

    private void sloped(long t, AlignedReading into) {
        int last = history.lastAtOrBefore(t);
        int before = nonBadAtOrBefore(last);
        if (before < 0 || t - history.time(before) > staleAfterNanos) {
            into.setNoData(this, t);
            return;
        }
        long t0 = history.time(before);
        double v0 = history.value(before);
        int q0 = history.quality(before);
        if (t0 == t) {
            into.set(this, t, v0, (isUncertain(q0) ? UNCERTAIN_DATA_SUB_NORMAL : q0 & 0xFFFF0000) | RAW);
            return;
        }
        int after = nonBadFrom(last + 1);
        if (after < 0) {
            // No later value yet: SteppedExtrapolation (Part 13 §4.2.1.2 UseSlopedExtrapolation = False).
            into.set(this, t, v0, UNCERTAIN_DATA_SUB_NORMAL | INTERPOLATED);
            return;
        }
        boolean subNormal = after - before > 1 // Bad values were skipped between the bounds
                || isUncertain(q0) || isUncertain(history.quality(after));
        // differences of epoch nanoseconds in long first: as doubles they are rounded to 256 ns
        double v = v0 + (history.value(after) - v0) * (double) (t - t0) / (double) (history.time(after) - t0);
        into.set(this, t, v, (subNormal ? UNCERTAIN_DATA_SUB_NORMAL : 0) | INTERPOLATED);
    }

    /**
     * Average, Minimum and Maximum over [t, t + period) of the non-Bad raw values. The status follows Part 13
     * §5.4.3.2.1 with PercentDataGood = PercentDataBad = 100, computed over time-weighted regions: Good when
     * the whole interval is covered by Good data, Bad_NoData when it has no non-Bad raw value, otherwise
     * Uncertain_DataSubNormal. Stricter than Part 13 with TreatUncertainAsBad = False: an Uncertain region
     * makes the result Uncertain, because a twin must not present a value as Good that an uncertain sensor
     * contributed to.
     */
    private void windowed(long t, long period, AlignedReading into) {
        long end = t + period;
        int prior = history.lastAtOrBefore(t - 1); // the last sample before the interval
        int first = prior + 1;
        int size = history.size();
        boolean wholeIntervalGood = true;
        if (first >= size || history.time(first) > t) {
            // the region before the first raw value in the interval takes the status of the value before it
            wholeIntervalGood = prior >= 0 && t - history.time(prior) <= staleAfterNanos
                    && isGood(history.quality(prior));
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (int i = first; i < size && history.time(i) < end; i++) {
            int q = history.quality(i);
            if (!isGood(q)) {
                wholeIntervalGood = false;
                if (isBad(q)) {
                    continue;
                }
            }
            double v = history.value(i);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            count++;
        }
        if (count == 0) {
            into.setNoData(this, t);
            return;
        }
        double result = switch (method) {
            case MIN -> min;
            case MAX -> max;
            default -> sum / count;
        };
        into.set(this, t, result, (wholeIntervalGood ? 0 : UNCERTAIN_DATA_SUB_NORMAL) | CALCULATED);
    }

    /** @return the last non-Bad sample at or before index {@code i}, or -1 */
    private int nonBadAtOrBefore(int i) {
        while (i >= 0 && isBad(history.quality(i))) {
            i--;
        }
        return i;
    }

    /** @return the first non-Bad sample at or after index {@code i}, or -1 */
    private int nonBadFrom(int i) {
        for (int n = history.size(); i < n; i++) {
            if (!isBad(history.quality(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Bad_NoData naming the signal and its limit; made on first need, since most signals never lack data. */
    Quality noDataQuality() {
        Quality q = noData;
        if (q == null) {
            q = Quality.of(BAD_NO_DATA).withDetail(
                    "no usable sample of " + name + " within " + Duration.ofNanos(staleAfterNanos));
            noData = q; // a racing thread makes an equal one: a quality is immutable
        }
        return q;
    }

    int retainedSamples() {
        return history.size();
    }
}
