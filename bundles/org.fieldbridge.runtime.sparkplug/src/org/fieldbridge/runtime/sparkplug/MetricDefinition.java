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
 */
public record MetricDefinition(String signalId, String name, MetricType type, String unit, Double low, Double high) {

    public MetricDefinition {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
