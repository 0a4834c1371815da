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

    /**
     * @param name       the signal's name, for results and messages
     * @param method     how the signal is put on the grid
     * @param staleAfter how old the newest usable sample may be at a grid point before the signal has no data
     */
    public AlignedSignal(String name, AlignmentMethod method, Duration staleAfter) {
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleness limit of " + name + " must be positive: " + staleAfter);
        }
        this.name = name;
        this.method = method;
        this.staleAfterNanos = staleAfter.toNanos();
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
        return history.add(sourceTimeNanos, value, qualityCode);
    }

    /** Forgets samples that no grid point at or after {@code gridTimeNanos} can need any more. */
    void discardBefore(long gridTimeNanos) {
        history.retainFrom(gridTimeNanos - staleAfterNanos);
    }

    /**
     * @param gridTimeNanos the grid point, nanoseconds since the epoch
     * @param periodNanos   the grid period (the interval of windowed methods)
     * @return the signal's value at the grid point
     */
    public AlignedValue valueAt(long gridTimeNanos, long periodNanos) {
        return switch (method) {
            case HOLD -> stepped(gridTimeNanos);
            case LINEAR -> sloped(gridTimeNanos);
            case MEAN, MIN, MAX -> windowed(gridTimeNanos, periodNanos);
        };
    }

    private AlignedValue stepped(long t) {
        int before = lastNonBadAtOrBefore(t);
        if (before < 0 || t - history.time(before) > staleAfterNanos) {
            return noData(t);
        }
        boolean exact = history.time(before) == t;
        boolean skippedBad = before < history.lastAtOrBefore(t);
        int code = skippedBad || isUncertain(history.quality(before)) ? UNCERTAIN_DATA_SUB_NORMAL
                : history.quality(before) & 0xFFFF0000;
        return value(t, history.value(before), code, exact && !skippedBad ? RAW : INTERPOLATED);
    }

    private AlignedValue sloped(long t) {
        int before = lastNonBadAtOrBefore(t);
        if (before < 0 || t - history.time(before) > staleAfterNanos) {
            return noData(t);
        }
        if (history.time(before) == t) {
            int q = history.quality(before);
            return value(t, history.value(before), isUncertain(q) ? UNCERTAIN_DATA_SUB_NORMAL : q & 0xFFFF0000, RAW);
        }
        int after = firstNonBadAfter(t);
        if (after < 0) {
            // No later value yet: SteppedExtrapolation (Part 13 §4.2.1.2 UseSlopedExtrapolation = False).
            return value(t, history.value(before), UNCERTAIN_DATA_SUB_NORMAL, INTERPOLATED);
        }
        boolean subNormal = after - before > 1 // Bad values were skipped between the bounds
                || isUncertain(history.quality(before)) || isUncertain(history.quality(after));
        // differences of epoch nanoseconds in long first: as doubles they are rounded to 256 ns
        long t0 = history.time(before);
        double v0 = history.value(before);
        double v = v0 + (history.value(after) - v0) * (double) (t - t0) / (double) (history.time(after) - t0);
        return value(t, v, subNormal ? UNCERTAIN_DATA_SUB_NORMAL : 0, INTERPOLATED);
    }

    /**
     * Average, Minimum and Maximum over [t, t + period) of the non-Bad raw values. The status follows Part 13
     * §5.4.3.2.1 with PercentDataGood = PercentDataBad = 100, computed over time-weighted regions: Good when
     * the whole interval is covered by Good data, Bad_NoData when it has no non-Bad raw value, otherwise
     * Uncertain_DataSubNormal. Stricter than Part 13 with TreatUncertainAsBad = False: an Uncertain region
     * makes the result Uncertain, because a twin must not present a value as Good that an uncertain sensor
     * contributed to.
     */
    private AlignedValue windowed(long t, long period) {
        long end = t + period;
        int first = history.lastAtOrBefore(t - 1) + 1; // first sample at or after t
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        boolean wholeIntervalGood = true;
        int prior = first - 1;
        boolean priorUsable = prior >= 0 && t - history.time(prior) <= staleAfterNanos;
        if (first >= history.size() || history.time(first) > t) {
            // the region before the first raw value in the interval takes the status of the value before it
            wholeIntervalGood = priorUsable && isGood(history.quality(prior));
        }
        for (int i = first; i < history.size() && history.time(i) < end; i++) {
            int q = history.quality(i);
            if (!isGood(q)) {
                wholeIntervalGood = false;
            }
            if (isBad(q)) {
                continue;
            }
            double v = history.value(i);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            count++;
        }
        if (count == 0) {
            return noData(t);
        }
        double result = switch (method) {
            case MIN -> min;
            case MAX -> max;
            default -> sum / count;
        };
        return value(t, result, wholeIntervalGood ? 0 : UNCERTAIN_DATA_SUB_NORMAL, CALCULATED);
    }

    private int lastNonBadAtOrBefore(long t) {
        int i = history.lastAtOrBefore(t);
        while (i >= 0 && isBad(history.quality(i))) {
            i--;
        }
        return i;
    }

    private int firstNonBadAfter(long t) {
        for (int i = history.lastAtOrBefore(t) + 1; i < history.size(); i++) {
            if (!isBad(history.quality(i))) {
                return i;
            }
        }
        return -1;
    }

    private static AlignedValue value(long t, double v, int code, int historianBits) {
        return new AlignedValue(EpochNanos.toInstant(t), v, AggregateStatus.quality(code, historianBits));
    }

    private AlignedValue noData(long t) {
        return new AlignedValue(EpochNanos.toInstant(t), Double.NaN, Quality.of(BAD_NO_DATA).withDetail(
                "no usable sample of " + name + " within " + Duration.ofNanos(staleAfterNanos)));
    }

    int retainedSamples() {
        return history.size();
    }
}
