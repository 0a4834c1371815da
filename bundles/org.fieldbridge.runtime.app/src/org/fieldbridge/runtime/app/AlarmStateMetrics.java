/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.condition.Condition;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.server.BehaviourDescription;
import org.fieldbridge.runtime.sparkplug.MetricDefinition;
import org.fieldbridge.runtime.sparkplug.MetricKind;
import org.fieldbridge.runtime.sparkplug.MetricType;

/**
 * The acknowledgement state of an alarm condition as Sparkplug metrics (docs/sparkplug.md, "Behaviour states and
 * events"): an alarm or overshoot behaviour gets {@code <behaviour>/Acked} and {@code <behaviour>/Confirmed}
 * (Boolean) on its equipment's device, in DBIRTH with the current state and in DDATA when it changes (they are
 * state metrics: the edge node sends changes only). They follow the condition itself (OPC 10000-9's trunk): an
 * earlier activation kept as a branch until it is acknowledged does not change them.
 */
final class AlarmStateMetrics {

    static final String ACKED = "Acked";
    static final String CONFIRMED = "Confirmed";

    private AlarmStateMetrics() {
    }

    /** @return the metrics of a behaviour of the element {@code elementId}; none for a behaviour that is no alarm */
    static List<MetricDefinition> of(String elementId, BehaviourDescription behaviour) {
        if (!behaviour.isAlarm()) {
            return List.of();
        }
        String id = elementId + "." + behaviour.browseName() + ".";
        String name = behaviour.browseName() + "/";
        return List.of(MetricDefinition.of(MetricKind.STATE, id + ACKED, name + ACKED, MetricType.BOOLEAN),
                MetricDefinition.of(MetricKind.STATE, id + CONFIRMED, name + CONFIRMED, MetricType.BOOLEAN));
    }

    /** @return the samples of a transition, by metric id; none for a branch */
    static Map<String, Sample> samples(ConditionEvent event) {
        if (event.isBranch()) {
            return Map.of();
        }
        return samples(event.conditionId(), event.acked(), event.confirmed(), event.time());
    }

    /** @return the samples of a condition's current state (acknowledged and confirmed before its first activation) */
    static Map<String, Sample> current(Condition condition) {
        return condition.current().map(AlarmStateMetrics::samples)
                .orElseGet(() -> samples(condition.id(), true, true, Instant.now()));
    }

    private static Map<String, Sample> samples(String conditionId, boolean acked, boolean confirmed, Instant at) {
        Instant now = Instant.now();
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put(conditionId + "." + ACKED, new Sample(acked, Quality.GOOD, at, now));
        samples.put(conditionId + "." + CONFIRMED, new Sample(confirmed, Quality.GOOD, at, now));
        return samples;
    }
}
