/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The recent raw samples of one signal, kept as primitives in time order (a growable ring buffer whose capacity
 * is a power of two, so that an index wraps with a mask instead of a division) so that observing a sample costs
 * no allocation. The signal decides which samples it still needs and drops the older ones from the front.
 */
final class SampleHistory {

    private static final int INITIAL_CAPACITY = 16;

    private long[] times = new long[INITIAL_CAPACITY];
    private double[] values = new double[INITIAL_CAPACITY];
    private int[] qualities = new int[INITIAL_CAPACITY];
    private int mask = INITIAL_CAPACITY - 1;
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
        int slot = (head + size) & mask;
        times[slot] = timeNanos;
        values[slot] = value;
        qualities[slot] = qualityCode;
        size++;
        return true;
    }

    /** Drops the {@code count} oldest samples (at most all of them). */
    void dropOldest(int count) {
        int n = Math.min(count, size);
        if (n > 0) {
            head = (head + n) & mask;
            size -= n;
        }
    }

    int size() {
        return size;
    }

    long time(int i) {
        return times[(head + i) & mask];
    }

    double value(int i) {
        return values[(head + i) & mask];
    }

    int quality(int i) {
        return qualities[(head + i) & mask];
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
        mask = n - 1;
        head = 0;
    }

    @Override
    public String toString() {
        return "SampleHistory" + Arrays.toString(IntStream.range(0, size).mapToObj(i -> time(i) + "=" + value(i)).toArray());
    }
}
