/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.time.Duration;

/**
 * The server's own added latency, measured where it ends: for every data change notification the server sent, the
 * time from the value's ServerTimestamp (stamped by the runtime when the value arrived, e.g. when the Modbus
 * response was read) to the moment the PublishResponse carrying it was written to the client's connection
 * (encoded, signed and encrypted, handed to the operating system). It holds the wait for the subscription's
 * publishing cycle and for a Publish request of the client, the server's queueing and the encoding; not the
 * network nor the client. Measured only when {@link TwinServerConfig.Builder#measurePublishLatency(boolean)} is
 * on (docs/opcua-server.md, "Publish latency").
 *
 * @param notifications data change notifications counted
 * @param p50 median; percentiles are at most 3.1% above the true value (bucketed), never above {@code max}
 * @param p99 99th percentile
 * @param max the largest, exact
 */
public record PublishLatency(long notifications, Duration p50, Duration p99, Duration max) {
}
