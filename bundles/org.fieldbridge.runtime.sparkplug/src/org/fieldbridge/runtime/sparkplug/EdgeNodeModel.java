/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an edge node publishes: its ids, the twin's model version and its devices. Every metric gets an
 * alias, unique in the edge node and stable while the model is the same: 1, 2, 3 ... in device and metric
 * order (0 is left free). DDATA carries aliases only; a host learns them from the birth certificates.
 *
 * @param groupId the Sparkplug group id
 * @param edgeNodeId the Sparkplug edge node id
 * @param modelVersion the twin's model version, published in the NBIRTH
 * @param devices the devices, in birth order
 */
public record EdgeNodeModel(String groupId, String edgeNodeId, String modelVersion, List<DeviceDefinition> devices) {

    public EdgeNodeModel {
        SparkplugIds.requireValid("group id", groupId);
        SparkplugIds.requireValid("edge node id", edgeNodeId);
        modelVersion = modelVersion == null ? "" : modelVersion;
        devices = List.copyOf(devices);
    }

    /** A metric with its device and alias. */
    record Binding(DeviceDefinition device, MetricDefinition metric, long alias) {
    }

    /** @return every metric by its signal id, with its alias */
    Map<String, Binding> bindings() {
        Map<String, Binding> bindings = new LinkedHashMap<>();
        long alias = 1;
        for (DeviceDefinition device : devices) {
            for (MetricDefinition metric : device.metrics()) {
                if (bindings.putIfAbsent(metric.signalId(), new Binding(device, metric, alias)) != null) {
                    throw new IllegalArgumentException("signal " + metric.signalId() + " is a metric twice");
                }
                alias++;
            }
        }
        return bindings;
    }
}
