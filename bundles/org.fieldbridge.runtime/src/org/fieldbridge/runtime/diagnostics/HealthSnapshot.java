/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

import java.time.Duration;
import java.time.Instant;

/**
 * The diagnostics of one controller at one moment, as the address space ({@code _Diagnostics}) and the live
 * view show them.
 *
 * @param controller the controller's name
 * @param protocol {@code Modbus TCP} or {@code OPC UA}
 * @param state where the connection stands
 * @param stateSince when it entered that state
 * @param lastError the last problem in plant words, or null when there was none
 * @param lastErrorTime when it happened, or null
 * @param reconnects connection attempts made after the first one (failed or not)
 * @param lastCycle duration of the last complete poll cycle; null before the first and for subscriptions
 * @param cycleP99 99th percentile of the poll cycle durations in the sliding window; null without cycles
 * @param requestsPerSecond requests (Modbus) or notifications (OPC UA) per second over the last 10 s
 * @param failedRequests requests that failed since the start (no answer, exception response, refused item)
 * @param subscriptionState for OPC UA sources the state of the subscription, otherwise null
 */
public record HealthSnapshot(String controller, String protocol, ConnectionState state, Instant stateSince,
        String lastError, Instant lastErrorTime, long reconnects, Duration lastCycle, Duration cycleP99,
        double requestsPerSecond, long failedRequests, String subscriptionState) {
}
