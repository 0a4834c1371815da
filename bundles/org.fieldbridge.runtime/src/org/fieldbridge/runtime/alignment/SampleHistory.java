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
 * no allocation. Time, value and quality of a sample sit side by side in one array: with thousands of signals
 * fed in turn, each observation touches memory no cache holds any more, and one place costs less than three. The signal decides which samples it still needs and drops the older ones from the front.
 */
final class SampleHistory {

    private static final int INITIAL_CAPACITY = 16;

    /** Per sample: time, value bits, quality code. */
    private static final int STRIDE = 3;

    /** One array for all three fields, so that a sample lies in one place in memory (one cache line to touch, mostly). */
    private long[] slots = new long[INITIAL_CAPACITY * STRIDE];
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
        if (isFull()) {
            grow();
        }
        int slot = ((head + size) & mask) * STRIDE;
        slots[slot] = timeNanos;
        slots[slot + 1] = Double.doubleToRawLongBits(value);
        slots[slot + 2] = qualityCode;
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

    /** @return true when the next sample needs a larger array */
    boolean isFull() {
        return size == mask + 1;
    }

    long time(int i) {
        return slots[((head + i) & mask) * STRIDE];
    }

    double value(int i) {
        return Double.longBitsToDouble(slots[((head + i) & mask) * STRIDE + 1]);
    }

    int quality(int i) {
        return (int) slots[((head + i) & mask) * STRIDE + 2];
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
        int capacity = (mask + 1) * 2;
        long[] grown = new long[capacity * STRIDE];
        // the ring's two pieces, oldest first
        int firstPiece = Math.min(size, mask + 1 - head);
        System.arraycopy(slots, head * STRIDE, grown, 0, firstPiece * STRIDE);
        System.arraycopy(slots, 0, grown, firstPiece * STRIDE, (size - firstPiece) * STRIDE);
        slots = grown;
        mask = capacity - 1;
        head = 0;
    }

    @Override
    public String toString() {
        return "SampleHistory" + Arrays.toString(IntStream.range(0, size).mapToObj(i -> time(i) + "=" + value(i)).toArray());
    }
}
