/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.util.List;

/**
 * A Sparkplug device of the edge node: one equipment of the plant with its signals as metrics.
 *
 * @param deviceId the Sparkplug device id (docs/sparkplug.md: derived from the plant hierarchy)
 * @param metrics its metrics, in the order of the birth certificate
 */
public record DeviceDefinition(String deviceId, List<MetricDefinition> metrics) {

    public DeviceDefinition {
        SparkplugIds.requireValid("device id", deviceId);
        metrics = List.copyOf(metrics);
    }

    /** @return a device with the given metrics */
    public static DeviceDefinition of(String deviceId, MetricDefinition... metrics) {
        return new DeviceDefinition(deviceId, List.of(metrics));
    }
}
