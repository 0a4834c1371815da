/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.live.LiveRow;
import org.fieldbridge.commissioning.ui.live.LiveSnapshot;

/**
 * The recent values of every mapping polled, so that a row selected now shows its past at once. Kept in
 * primitive rings of at most {@value #CAPACITY} points per mapping (a thousand mappings stay below 20 MB): a poll
 * faster than the window needs is thinned out, but a change between good and bad is always kept. A bad or
 * non-numeric sample is a gap ({@code NaN}).
 */
public final class TrendHistory {

    /** Points kept per mapping. */
    static final int CAPACITY = 1200;

    /** One point of a trend. */
    public record Point(long epochMillis, double value) {
        /** @return whether this is a gap (bad quality, no number) */
        public boolean gap() {
            return Double.isNaN(value);
        }
    }

    private final Map<String, Ring> rings = new HashMap<>();
    private Duration span = TrendWindow.FIVE.span();

    /** @param window how far back to keep and show */
    public synchronized void setWindow(TrendWindow window) {
        span = window.span();
    }

    /** @return how far back points are kept */
    public synchronized Duration span() {
        return span;
    }

    /** @param snapshot a poll; each value becomes a point at the poll's time */
    public synchronized void add(LiveSnapshot snapshot) {
        long at = snapshot.readAt().toEpochMilli();
        long spacing = span.toMillis() / CAPACITY;
        for (LiveValue value : snapshot.values()) {
            rings.computeIfAbsent(LiveRow.keyOf(value), k -> new Ring()).add(at, valueOf(value), spacing);
        }
    }

    /** @return the value plotted: the engineering value, NaN for bad quality or a value that is no number */
    static double valueOf(LiveValue value) {
        if (value.quality().isBad() || value.sample().value() == null || value.sample().value() instanceof String) {
            return Double.NaN;
        }
        return value.sample().doubleValue();
    }

    /**
     * @param key a mapping's {@linkplain LiveRow#key() key}
     * @param now the end of the window
     * @return its points within the window, oldest first
     */
    public synchronized List<Point> points(String key, Instant now) {
        Ring ring = rings.get(key);
        return ring == null ? List.of() : ring.since(now.toEpochMilli() - span.toMillis());
    }

    /** Forgets everything (another model was loaded). */
    public synchronized void clear() {
        rings.clear();
    }

    /** A ring of times and values, grown on demand up to {@link #CAPACITY}. */
    private static final class Ring {
        private long[] times = new long[16];
        private double[] values = new double[16];
        private int start;
        private int size;

        void add(long at, double value, long spacing) {
            if (size > 0) {
                int last = (start + size - 1) % times.length;
                boolean sameKind = Double.isNaN(values[last]) == Double.isNaN(value);
                if (at <= times[last] || sameKind && at - times[last] < spacing) {
                    return;
                }
            }
            if (size == times.length && times.length < CAPACITY) {
                grow();
            }
            if (size == times.length) {
                times[start] = at;
                values[start] = value;
                start = (start + 1) % times.length;
            } else {
                int index = (start + size) % times.length;
                times[index] = at;
                values[index] = value;
                size++;
            }
        }

        private void grow() {
            int capacity = Math.min(CAPACITY, times.length * 2);
            long[] newTimes = new long[capacity];
            double[] newValues = new double[capacity];
            for (int i = 0; i < size; i++) {
                newTimes[i] = times[(start + i) % times.length];
                newValues[i] = values[(start + i) % times.length];
            }
            times = newTimes;
            values = newValues;
            start = 0;
        }

        List<Point> since(long from) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int index = (start + i) % times.length;
                if (times[index] >= from) {
                    points.add(new Point(times[index], values[index]));
                }
            }
            return points;
        }
    }
}
