/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Duration;

import org.fieldbridge.runtime.server.PublishLatency;

/**
 * The server's added latency and its two parts, as {@link PublishLatencyObserver} records them: per notification
 * ServerTimestamp -> written (the whole) and ServerTimestamp -> the NotificationMessage's PublishTime (collecting:
 * the item's queue, the wait for the publishing timer and for a Publish request of the client); per PublishResponse
 * PublishTime -> written (sending: the handoff to the connection's event loop, encoding, signing and encryption,
 * the socket write).
 */
final class PublishLatencies {

    final LatencyHistogram total = new LatencyHistogram();
    final LatencyHistogram collect = new LatencyHistogram();
    final LatencyHistogram send = new LatencyHistogram();

    private volatile long lateAtReset;

    /** @param late the subscriptions' late publishing cycles so far (Milo counts them since each one's creation) */
    PublishLatency snapshot(long late) {
        return new PublishLatency(total.count(), micros(total.percentile(0.50)), micros(total.percentile(0.99)),
                micros(total.max()), micros(collect.percentile(0.50)), micros(collect.percentile(0.99)),
                send.count(), micros(send.percentile(0.50)), micros(send.percentile(0.99)),
                Math.max(0, late - lateAtReset));
    }

    void reset(long late) {
        total.reset();
        collect.reset();
        send.reset();
        lateAtReset = late;
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1_000);
    }
}
