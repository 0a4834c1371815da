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
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.server.BehaviourDescription;
import org.fieldbridge.runtime.server.StateDescription;
import org.fieldbridge.runtime.sparkplug.MetricDefinition;
import org.fieldbridge.runtime.sparkplug.MetricKind;
import org.fieldbridge.runtime.sparkplug.MetricType;

/**
 * Behaviour events as Sparkplug metrics (docs/sparkplug.md, "Behaviour states and events"). Sparkplug B has
 * no events, so a behaviour that fires them (an alarm or overshoot monitor: raised, cleared; a batch
 * integral: batch completed) gets three metrics on its equipment's device, sent in this order for each
 * event, stamped with the event's source time:
 * <ul>
 * <li>{@code <behaviour>/EventSeverity} (Int32): the OPC UA severity, 1..1000;</li>
 * <li>{@code <behaviour>/EventMessage} (String): the operator's sentence;</li>
 * <li>{@code <behaviour>/Event} (String): {@code RAISED}, {@code CLEARED} or {@code BATCH_COMPLETED}.</li>
 * </ul>
 * Metric ids are the behaviour's id (equipment id and behaviour name) with these suffixes.
 */
final class BehaviourEventMetrics {

    static final String EVENT = "Event";
    static final String MESSAGE = "EventMessage";
    static final String SEVERITY = "EventSeverity";

    private BehaviourEventMetrics() {
    }

    /**
     * @return the event metrics of a behaviour of the element {@code elementId}; none for behaviours that fire
     *         no events (verdicts: their {@code Statement} state carries the calibration citation)
     */
    static List<MetricDefinition> of(String elementId, BehaviourDescription behaviour) {
        if (!firesEvents(behaviour)) {
            return List.of();
        }
        String id = elementId + "." + behaviour.browseName() + ".";
        String name = behaviour.browseName() + "/";
        return List.of(MetricDefinition.of(MetricKind.EVENT, id + EVENT, name + EVENT, MetricType.STRING),
                MetricDefinition.of(MetricKind.EVENT, id + MESSAGE, name + MESSAGE, MetricType.STRING),
                MetricDefinition.of(MetricKind.EVENT, id + SEVERITY, name + SEVERITY, MetricType.INT32));
    }

    /** Alarms and overshoot monitors have an {@code Active} state, batch integrals a {@code LastBatchTotal}. */
    private static boolean firesEvents(BehaviourDescription behaviour) {
        return behaviour.states().stream().map(StateDescription::browseName)
                .anyMatch(s -> s.equals("Active") || s.equals("LastBatchTotal"));
    }

    /** @return the samples an event becomes, by metric id, in the order they are sent */
    static Map<String, Sample> samples(String sourceId, BehaviourEvent event) {
        String id = sourceId + "." + event.source() + ".";
        Instant at = event.time();
        Instant now = Instant.now();
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put(id + SEVERITY, new Sample(event.severity(), Quality.GOOD, at, now));
        samples.put(id + MESSAGE, new Sample(event.message(), Quality.GOOD, at, now));
        samples.put(id + EVENT, new Sample(event.type().name(), Quality.GOOD, at, now));
        return samples;
    }
}
