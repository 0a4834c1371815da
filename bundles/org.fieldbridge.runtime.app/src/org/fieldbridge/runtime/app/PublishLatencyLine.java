/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.util.Locale;

import org.fieldbridge.runtime.server.PublishLatency;

/**
 * The live view's line of the OPC UA server's own added latency (value arrived -> PublishResponse written to the
 * client's connection), for a commissioning engineer who wants to see, on the plant, what the runtime adds.
 */
final class PublishLatencyLine {

    private PublishLatencyLine() {
    }

    /** @return the line, or null before the first notification was sent */
    static String of(PublishLatency latency) {
        if (latency.notifications() == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "-- OPC UA server: added latency p50 %s, p99 %s, max %s over %,d values;"
                + " %,d late publishing cycles", millis(latency.p50()), millis(latency.p99()), millis(latency.max()),
                latency.notifications(), latency.late());
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }
}
