/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.util.Objects;

/**
 * A metric of a Sparkplug device: one signal of the twin.
 *
 * @param signalId the id the runtime publishes the signal's samples under (its OPC UA node id)
 * @param name the metric name, the semantic signal (its browse name, e.g. {@code BathTemp})
 * @param type its data type
 * @param unit the engineering unit symbol shown to people (e.g. {@code °C}), or null
 * @param low the lower limit of its engineering range, or null when it has none
 * @param high the upper limit of its engineering range, or null when it has none
 * @param kind a controller's signal, a behaviour state or a behaviour event
 */
public record MetricDefinition(String signalId, String name, MetricType type, String unit, Double low, Double high,
        MetricKind kind) {

    public MetricDefinition {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }

    /** A metric that is a controller's signal. */
    public MetricDefinition(String signalId, String name, MetricType type, String unit, Double low, Double high) {
        this(signalId, name, type, unit, low, high, MetricKind.SIGNAL);
    }

    /** @return a behaviour state or event metric: no unit, no range */
    public static MetricDefinition of(MetricKind kind, String id, String name, MetricType type) {
        return new MetricDefinition(id, name, type, null, null, null, kind);
    }
}
