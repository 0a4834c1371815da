/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/** A behaviour compiled to runtime objects: its parameters in the watched signal's unit. */
public sealed interface BehaviourPlan {

    /** @return the behaviour's object in the address space */
    BehaviourNode node();

    /** @return the id of the equipment its events come from */
    String sourceId();

    /** @return where it is written */
    Origin origin();

    /** @return the signals it listens to */
    List<MappedSignal> inputs();

    /**
     * {@code alarm}.
     *
     * @param signal the watched signal
     * @param above whether the abnormal region lies above the threshold
     * @param threshold the threshold as a Java expression (a literal, or {@code Math.nextDown(...)} for {@code >=})
     * @param clearLevel the clear level as a Java expression
     * @param dwellMillis the dwell time
     * @param severity 1..1000
     */
    record Alarm(BehaviourNode node, String sourceId, Origin origin, MappedSignal signal, boolean above,
            String threshold, String clearLevel, long dwellMillis, int severity) implements BehaviourPlan {
        @Override
        public List<MappedSignal> inputs() {
            return List.of(signal);
        }
    }

    /**
     * {@code overshoot}.
     *
     * @param processValue the process value
     * @param setpoint the setpoint
     * @param band the allowed overshoot in the process value's unit
     * @param severity of its events
     */
    record Overshoot(BehaviourNode node, String sourceId, Origin origin, MappedSignal processValue,
            MappedSignal setpoint, double band, int severity) implements BehaviourPlan {
        @Override
        public List<MappedSignal> inputs() {
            return List.of(processValue, setpoint);
        }
    }

    /**
     * {@code energy}.
     *
     * @param rate the integrated rate
     * @param batch the batch signal
     * @param rateTimeUnitMillis the time unit of the rate (1 h for m³/h)
     * @param maxGapMillis the longest gap between rate samples still integrated
     * @param totalUnit the unit of the integral, for messages (may be empty)
     */
    record Energy(BehaviourNode node, String sourceId, Origin origin, MappedSignal rate, MappedSignal batch,
            long rateTimeUnitMillis, long maxGapMillis, String totalUnit) implements BehaviourPlan {
        @Override
        public List<MappedSignal> inputs() {
            return List.of(rate, batch);
        }
    }

    /**
     * {@code verdict}.
     *
     * @param signal the judged signal
     * @param low the lowest passing value in the signal's unit
     * @param high the highest passing value
     * @param calibration the calibration record cited, null without one
     */
    record Verdict(BehaviourNode node, String sourceId, Origin origin, MappedSignal signal, double low, double high,
            Calibration calibration) implements BehaviourPlan {
        @Override
        public List<MappedSignal> inputs() {
            return List.of(signal);
        }
    }
}
