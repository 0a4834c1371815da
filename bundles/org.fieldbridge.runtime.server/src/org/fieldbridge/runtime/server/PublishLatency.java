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
 * (encoded, signed and encrypted, handed to the operating system). Not the network nor the client. Measured only
 * when {@link TwinServerConfig.Builder#measurePublishLatency(boolean)} is on (docs/opcua-server.md, "Publish
 * latency"). Percentiles are at most 3.1% above the true value (bucketed) and never above the maximum.
 *
 * @param notifications data change notifications counted
 * @param p50 median, ServerTimestamp -&gt; written
 * @param p99 99th percentile, ServerTimestamp -&gt; written
 * @param max the largest, exact
 * @param collectP50 median of the first part, ServerTimestamp -&gt; the NotificationMessage's PublishTime: the wait
 *        for the subscription's publishing timer and, when none is queued, for a Publish request of the client
 * @param collectP99 99th percentile of that part
 * @param responses PublishResponses with data changes counted
 * @param sendP50 median of the second part, per response, PublishTime -&gt; written: the handoff to the connection's
 *        thread, encoding, signing and encryption, the socket write
 * @param sendP99 99th percentile of that part
 * @param late publishing cycles at which a subscription had something to send but its client had no Publish request
 *        queued at the server, so the notification waited for the client's next request (Milo's
 *        LatePublishRequestCount, summed over the subscriptions that exist now)
 */
public record PublishLatency(long notifications, Duration p50, Duration p99, Duration max, Duration collectP50,
        Duration collectP99, long responses, Duration sendP50, Duration sendP99, long late) {
}
