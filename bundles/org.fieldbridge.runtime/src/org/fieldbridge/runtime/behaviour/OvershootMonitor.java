/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import static org.fieldbridge.runtime.StatusCodeBits.isBad;
import static org.fieldbridge.runtime.StatusCodeBits.isUncertain;

import java.util.Objects;
import java.util.function.Consumer;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;

/**
 * Overshoot of a process value against its setpoint signal ({@code overshoot OvenOvershoot:
 * CuringOven.Zone1.Temp above CuringOven.Zone1.Setpoint by 2.0 degC}).
 *
 * <p>Visible state: the current overshoot {@code max(0, pv - sp)}, the peak overshoot since the setpoint last
 * changed (the figure a curing-oven engineer tunes against), and an alarm that is active while
 * {@code pv > sp + band} and clears when {@code pv <= sp + band}. Both inputs must be known and not Bad for
 * the overshoot to be evaluated; the quality is the worse of the two inputs.</p>
 */
public final class OvershootMonitor {

    private final String name;
    private final double band;
    private final int severity;
    private final Consumer<BehaviourEvent> events;

    private double processValue = Double.NaN;
    private double setpoint = Double.NaN;
    private int processQuality = Quality.BAD_WAITING_FOR_INITIAL_DATA.code();
    private int setpointQuality = Quality.BAD_WAITING_FOR_INITIAL_DATA.code();
    private double peak;
    private boolean active;

    /** @throws IllegalArgumentException when the band is negative or the severity outside 1..1000 */
    public OvershootMonitor(String name, double band, int severity, Consumer<BehaviourEvent> events) {
        if (band < 0 || Double.isNaN(band)) {
            throw new IllegalArgumentException("overshoot " + name + ": band must not be negative, was " + band);
        }
        this.name = name;
        this.band = band;
        this.severity = BehaviourEvent.requireSeverity("overshoot " + name, severity);
        this.events = Objects.requireNonNull(events);
    }

    /** A new process value (source-time order). */
    public void updateProcessValue(long timeNanos, double value, int quality) {
        processValue = value;
        processQuality = quality;
        evaluate(timeNanos);
    }

    /** A new setpoint value; a changed setpoint starts a new peak. */
    public void updateSetpoint(long timeNanos, double value, int quality) {
        if (Double.compare(value, setpoint) != 0) {
            peak = 0;
        }
        setpoint = value;
        setpointQuality = quality;
        evaluate(timeNanos);
    }

    private void evaluate(long timeNanos) {
        if (!evaluable()) {
            return;
        }
        double over = overshoot();
        peak = Math.max(peak, over);
        boolean nowActive = processValue > setpoint + band;
        if (nowActive != active) {
            active = nowActive;
            String message = nowActive
                    ? name + " active: " + processValue + " exceeds setpoint " + setpoint + " by " + over
                    : name + " cleared: " + processValue + " within " + band + " of setpoint " + setpoint;
            events.accept(new BehaviourEvent(name, nowActive ? BehaviourEvent.Type.RAISED : BehaviourEvent.Type.CLEARED,
                    EpochNanos.toInstant(timeNanos), processValue, severity, message));
        }
    }

    private boolean evaluable() {
        return !isBad(processQuality) && !isBad(setpointQuality) && !Double.isNaN(processValue)
                && !Double.isNaN(setpoint);
    }

    /** @return {@code max(0, pv - sp)}, or NaN while it cannot be evaluated */
    public double overshoot() {
        return evaluable() ? Math.max(0, processValue - setpoint) : Double.NaN;
    }

    /** @return the largest overshoot since the setpoint last changed */
    public double peakOvershoot() {
        return peak;
    }

    public boolean isActive() {
        return active;
    }

    /** @return Bad while an input is missing or Bad, Uncertain when an input is Uncertain, else Good */
    public Quality quality() {
        if (!evaluable()) {
            return Quality.BAD;
        }
        return isUncertain(processQuality) || isUncertain(setpointQuality) ? Quality.UNCERTAIN : Quality.GOOD;
    }

    public String name() {
        return name;
    }
}
