/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.util.Random;

/**
 * How one simulated signal of a generated plant simulation moves, in fixed steps of simulated time. Every
 * behaviour is deterministic: the noise comes from a generator seeded with the signal's name.
 */
abstract sealed class SignalBehaviour permits SignalBehaviour.Level, SignalBehaviour.Measurement,
        SignalBehaviour.Counter, SignalBehaviour.Toggle {

    protected final double low;
    protected final double high;
    protected double value;

    SignalBehaviour(double low, double high, double initial) {
        this.low = low;
        this.high = high;
        this.value = initial;
    }

    /** Advances by {@code dt} simulated seconds at simulated time {@code time}. */
    abstract void step(double time, double dt);

    /** @return the engineering value now (booleans 0/1) */
    final double value() {
        return value;
    }

    /** Sets the value (a scenario's {@code set}); the behaviour goes on from there. */
    void set(double newValue) {
        value = clamp(newValue);
    }

    final double clamp(double v) {
        return Math.max(low, Math.min(high, v));
    }

    /** @return the kind's name for the start-up listing, e.g. {@code measurement} */
    abstract String kind();

    /** A setpoint or any value that only changes when told to. */
    static final class Level extends SignalBehaviour {

        Level(double low, double high, double initial) {
            super(low, high, initial);
        }

        @Override
        void step(double time, double dt) {
            // holds its value
        }

        @Override
        String kind() {
            return "setpoint";
        }
    }

    /**
     * A measurement: follows its setpoint (when it has one) with a first-order lag, else a slow wave through
     * the middle half of its range; plus noise of 0.2 % of the range.
     */
    static final class Measurement extends SignalBehaviour {

        private static final double TIME_CONSTANT = 20;
        private static final double WAVE_PERIOD = 600;
        private final Level setpoint;
        private final Random noise;
        private final double phase;
        // the process value without the sensor's noise: the noise must not accumulate
        private double process;

        Measurement(double low, double high, double initial, Level setpoint, long seed) {
            super(low, high, initial);
            this.setpoint = setpoint;
            this.noise = new Random(seed);
            this.phase = noise.nextDouble() * 2 * Math.PI;
            this.process = initial;
        }

        @Override
        void step(double time, double dt) {
            double span = high - low;
            double target = setpoint != null ? setpoint.value()
                    : low + span / 2 + span / 4 * Math.sin(2 * Math.PI * time / WAVE_PERIOD + phase);
            process += (target - process) * (1 - Math.exp(-dt / TIME_CONSTANT));
            value = clamp(process + noise.nextGaussian() * span * 0.002);
        }

        @Override
        void set(double newValue) {
            super.set(newValue);
            process = value;
        }

        @Override
        String kind() {
            return setpoint == null ? "measurement" : "measurement following its setpoint";
        }
    }

    /** A counter or a batch id: counts up by one every {@code period} seconds, back to its low end at the top. */
    static final class Counter extends SignalBehaviour {

        private final double period;
        private final String kind;
        private double elapsed;

        Counter(double low, double high, double initial, double period, String kind) {
            super(low, high, initial);
            this.period = period;
            this.kind = kind;
        }

        @Override
        void step(double time, double dt) {
            elapsed += dt;
            while (elapsed >= period) {
                elapsed -= period;
                value = value + 1 > high ? low : value + 1;
            }
        }

        @Override
        String kind() {
            return kind;
        }
    }

    /** A state (boolean): toggles every {@code period} seconds. */
    static final class Toggle extends SignalBehaviour {

        private final double period;
        private double elapsed;

        Toggle(boolean initial, double period, double phase) {
            super(0, 1, initial ? 1 : 0);
            this.period = period;
            this.elapsed = phase * period;
        }

        @Override
        void step(double time, double dt) {
            elapsed += dt;
            while (elapsed >= period) {
                elapsed -= period;
                value = 1 - value;
            }
        }

        @Override
        void set(double newValue) {
            value = newValue != 0 ? 1 : 0;
        }

        @Override
        String kind() {
            return "state";
        }
    }
}
