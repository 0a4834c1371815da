/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.runtime.EpochNanos;

/**
 * A common time grid for signals sampled at different rates ({@code align ... every 1 s}). Grid points are
 * aligned to the epoch (multiples of the period since 1970-01-01T00:00:00Z), so two runtimes with the same
 * period produce the same timestamps and their series can be joined.
 */
public final class AlignmentGrid {

    private final long periodNanos;
    private final Map<String, AlignedSignal> signals = new LinkedHashMap<>();
    /** The same signals in an array list: walked at every grid point, without a map's entries in between. */
    private final List<AlignedSignal> inOrder = new ArrayList<>();
    private final AlignedSignal.DiscardPoint discardPoint = new AlignedSignal.DiscardPoint();

    /** @param period the grid period; positive */
    public AlignmentGrid(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("grid period must be positive: " + period);
        }
        this.periodNanos = period.toNanos();
    }

    /**
     * Adds a signal to the grid.
     *
     * @return the signal, to feed samples into
     * @throws IllegalArgumentException when a signal of that name is already on the grid
     */
    public AlignedSignal add(String name, AlignmentMethod method, Duration staleAfter) {
        AlignedSignal signal = new AlignedSignal(name, method, staleAfter, discardPoint);
        if (signals.putIfAbsent(name, signal) != null) {
            throw new IllegalArgumentException("signal " + name + " is already on this grid");
        }
        inOrder.add(signal);
        return signal;
    }

    public Duration period() {
        return Duration.ofNanos(periodNanos);
    }

    /** @return the signals, in the order they were added */
    public List<AlignedSignal> signals() {
        return Collections.unmodifiableList(new ArrayList<>(inOrder));
    }

    /** @return the latest grid point at or before {@code time} */
    public Instant gridPointAtOrBefore(Instant time) {
        long t = EpochNanos.of(time);
        return EpochNanos.toInstant(Math.floorDiv(t, periodNanos) * periodNanos);
    }

    /**
     * The latest grid point whose values are final at {@code now}: for point-in-time methods a point is
     * final once it has passed, for windowed methods once its whole interval has.
     */
    public Instant lastCompleteGridPoint(Instant now) {
        boolean windowed = signals.values().stream().anyMatch(s -> s.method().isWindowed());
        Instant latest = gridPointAtOrBefore(now);
        return windowed ? latest.minusNanos(periodNanos) : latest;
    }

    /**
     * @param gridPoint a grid point (see {@link #gridPointAtOrBefore(Instant)})
     * @return every signal's value at that point, keyed by signal name in insertion order
     */
    public Map<String, AlignedValue> valuesAt(Instant gridPoint) {
        long t = EpochNanos.of(gridPoint);
        if (Math.floorMod(t, periodNanos) != 0) {
            throw new IllegalArgumentException(gridPoint + " is not a point of a " + period() + " grid");
        }
        Map<String, AlignedValue> result = new LinkedHashMap<>();
        AlignedReading reading = new AlignedReading();
        for (int i = 0, n = inOrder.size(); i < n; i++) {
            AlignedSignal signal = inOrder.get(i);
            signal.evaluate(t, periodNanos, reading);
            result.put(signal.name(), reading.toValue(gridPoint));
        }
        return result;
    }

    /**
     * Lets the signals forget raw samples that grid points at or after {@code gridPoint} no longer need. Costs
     * nothing per signal here: each signal drops them when its history is full, before it would grow, so the
     * work is spread over the samples and memory stays as bounded as with an immediate discard.
     */
    public void discardBefore(Instant gridPoint) {
        discardPoint.advanceTo(EpochNanos.of(gridPoint));
    }
}
