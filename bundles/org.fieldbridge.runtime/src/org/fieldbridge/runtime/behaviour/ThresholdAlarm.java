/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import static org.fieldbridge.runtime.StatusCodeBits.isBad;
import static org.fieldbridge.runtime.StatusCodeBits.isUncertain;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;

/**
 * A limit alarm with hysteresis and dwell time ({@code alarm BathTooHot: Tank3.BathTemp > 24.5 degC for 5 s,
 * clear below 24.0 degC, severity 700}).
 *
 * <ul>
 * <li>Raise: the condition (value beyond the threshold) must hold continuously for the dwell time, measured
 * in source time; a value back on the normal side of the threshold restarts the wait.</li>
 * <li>Clear: immediately when the value crosses the clear level (hysteresis band between clear level and
 * threshold), so an alarm near the threshold does not chatter.</li>
 * <li>Quality: a Bad input is not evaluated (the state stays, a pending raise is abandoned, the alarm's
 * quality becomes Bad); an Uncertain input is evaluated and makes the alarm's quality Uncertain.</li>
 * </ul>
 */
public final class ThresholdAlarm {

    /** On which side of the threshold the abnormal region lies. */
    public enum Direction {
        ABOVE, BELOW
    }

    /** The alarm's state (OPC UA Part 9 ActiveState, with the dwell wait made visible). */
    public enum State {
        NORMAL, PENDING, ACTIVE
    }

    private final String name;
    private final Direction direction;
    private final double threshold;
    private final double clearLevel;
    private final long dwellNanos;
    private final int severity;
    private final Consumer<BehaviourEvent> events;

    private State state = State.NORMAL;
    private long pendingSince;
    private int qualityCode = Quality.BAD_WAITING_FOR_INITIAL_DATA.code();

    /**
     * @throws IllegalArgumentException when the clear level is not on the normal side of the threshold (the
     *                                  alarm could never clear), the dwell is negative or the severity is
     *                                  outside 1..1000
     */
    public ThresholdAlarm(String name, Direction direction, double threshold, double clearLevel, Duration dwell,
            int severity, Consumer<BehaviourEvent> events) {
        boolean clears = direction == Direction.ABOVE ? clearLevel <= threshold : clearLevel >= threshold;
        if (!clears) {
            throw new IllegalArgumentException("alarm " + name + " never clears: clear level " + clearLevel
                    + " is not " + (direction == Direction.ABOVE ? "below" : "above") + " the threshold " + threshold);
        }
        if (dwell.isNegative()) {
            throw new IllegalArgumentException("alarm " + name + ": dwell time must not be negative");
        }
        this.name = name;
        this.direction = direction;
        this.threshold = threshold;
        this.clearLevel = clearLevel;
        this.dwellNanos = dwell.toNanos();
        this.severity = BehaviourEvent.requireSeverity("alarm " + name, severity);
        this.events = Objects.requireNonNull(events);
    }

    /** Evaluates one sample of the monitored signal (in source-time order). */
    public void update(long timeNanos, double value, int sampleQuality) {
        if (isBad(sampleQuality) || Double.isNaN(value)) {
            qualityCode = Quality.BAD.code();
            if (state == State.PENDING) {
                state = State.NORMAL;
            }
            return;
        }
        qualityCode = isUncertain(sampleQuality) ? Quality.UNCERTAIN.code() : Quality.GOOD.code();
        switch (state) {
            case NORMAL -> {
                if (beyondThreshold(value)) {
                    state = State.PENDING;
                    pendingSince = timeNanos;
                    raiseIfDwelled(timeNanos, value);
                }
            }
            case PENDING -> {
                if (beyondThreshold(value)) {
                    raiseIfDwelled(timeNanos, value);
                } else {
                    state = State.NORMAL;
                }
            }
            case ACTIVE -> {
                if (pastClearLevel(value)) {
                    state = State.NORMAL;
                    events.accept(new BehaviourEvent(name, BehaviourEvent.Type.CLEARED, EpochNanos.toInstant(timeNanos), value,
                            severity, name + " cleared: " + value + (direction == Direction.ABOVE ? " < " : " > ")
                                    + clearLevel));
                }
            }
        }
    }

    private void raiseIfDwelled(long timeNanos, double value) {
        if (timeNanos - pendingSince >= dwellNanos) {
            state = State.ACTIVE;
            events.accept(new BehaviourEvent(name, BehaviourEvent.Type.RAISED, EpochNanos.toInstant(timeNanos), value, severity,
                    name + " active: " + value + (direction == Direction.ABOVE ? " > " : " < ") + threshold
                            + " for " + Duration.ofNanos(timeNanos - pendingSince)));
        }
    }

    private boolean beyondThreshold(double value) {
        return direction == Direction.ABOVE ? value > threshold : value < threshold;
    }

    private boolean pastClearLevel(double value) {
        return direction == Direction.ABOVE ? value < clearLevel : value > clearLevel;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    /** @return true while the alarm is active (raised and not yet cleared) */
    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /** @return how trustworthy the current state is: the quality of the last evaluated input */
    public Quality quality() {
        return Quality.of(qualityCode);
    }
}
