/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import java.util.Arrays;

/**
 * The recent raw samples of one signal, kept as primitives in time order (a growable ring buffer) so that
 * observing a sample costs no allocation. Samples older than the retention window are dropped, except the
 * newest of them: it is still needed as the bounding value before the window.
 */
final class SampleHistory {

    private long[] times = new long[16];
    private double[] values = new double[16];
    private int[] qualities = new int[16];
    private int head; // index of the oldest sample
    private int size;

    /**
     * Adds a sample. Samples must arrive in source-time order; an older or equal timestamp replaces nothing
     * and is ignored (a device that re-sends the same value with the same timestamp adds no information).
     *
     * @return false when the sample was ignored as out of order
     */
    boolean add(long timeNanos, double value, int qualityCode) {
        if (size > 0 && timeNanos <= time(size - 1)) {
            return false;
        }
        if (size == times.length) {
            grow();
        }
        int slot = (head + size) % times.length;
        times[slot] = timeNanos;
        values[slot] = value;
        qualities[slot] = qualityCode;
        size++;
        return true;
    }

    /** Drops samples older than {@code oldestNeeded}, keeping the newest one before it as a bound. */
    void retainFrom(long oldestNeeded) {
        while (size >= 2 && time(1) <= oldestNeeded) {
            head = (head + 1) % times.length;
            size--;
        }
    }

    int size() {
        return size;
    }

    long time(int i) {
        return times[(head + i) % times.length];
    }

    double value(int i) {
        return values[(head + i) % values.length];
    }

    int quality(int i) {
        return qualities[(head + i) % qualities.length];
    }

    /** @return index of the last sample with time <= t, or -1 when all samples are later */
    int lastAtOrBefore(long t) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (time(mid) <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private void grow() {
        int n = times.length * 2;
        long[] t = new long[n];
        double[] v = new double[n];
        int[] q = new int[n];
        for (int i = 0; i < size; i++) {
            t[i] = time(i);
            v[i] = value(i);
            q[i] = quality(i);
        }
        times = t;
        values = v;
        qualities = q;
        head = 0;
    }

    @Override
    public String toString() {
        return "SampleHistory" + Arrays.toString(java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> time(i) + "=" + value(i)).toArray());
    }
}
