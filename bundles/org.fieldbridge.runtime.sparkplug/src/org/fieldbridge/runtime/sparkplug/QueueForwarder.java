/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queue to the broker in order, up to {@link #WINDOW} samples awaiting their PUBACK at a time, and
 * removes a sample from the queue only when it and every sample before it were acknowledged. Runs on the edge
 * node's sender thread only (not thread-safe).
 *
 * <p>A sample is sent <em>historical</em> ({@code is_historical} true) when it was queued before the birth
 * certificates of the current session: the DBIRTH carried newer values, so a host must not take it as the
 * current value. Samples queued after the births are live.</p>
 */
final class QueueForwarder {

    /** Samples sent and not yet acknowledged, at most: what a SIGKILL may send twice (docs/sparkplug.md). */
    static final int WINDOW = 500;
    private static final Logger LOG = LoggerFactory.getLogger(QueueForwarder.class);

    /** Sends one queued sample; the edge node implements it. */
    interface Transmitter {
        /**
         * @param historical whether the sample predates the current births
         * @return the token of its QoS 1 message, or null when nothing is to be acknowledged (not a metric any
         *         more, or sent as a birth or death certificate)
         */
        IMqttDeliveryToken send(QueuedSample sample, boolean historical) throws Exception;
    }

    private record InFlight(long position, IMqttDeliveryToken token) {
    }

    private final SampleQueue queue;
    private final Transmitter transmitter;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private boolean active;
    private long next;
    private long historicalBelow;
    private long sent;

    QueueForwarder(SampleQueue queue, Transmitter transmitter) {
        this.queue = queue;
        this.transmitter = transmitter;
    }

    /**
     * Starts forwarding after the births of a new connection: everything not yet acknowledged is sent again
     * (what was in flight when the connection broke may arrive twice: MQTT QoS 1 is at least once).
     */
    void startSession() {
        inFlight.clear();
        next = queue.head();
        historicalBelow = queue.tail();
        active = true;
    }

    /** After births repeated in the same connection (a rebirth): what is queued so far is now historical. */
    void rebirth() {
        historicalBelow = queue.tail();
    }

    /** The connection is gone (or the primary host is offline): nothing is sent until the next session. */
    void stop() {
        active = false;
        inFlight.clear();
    }

    /** @return true while sending */
    boolean isActive() {
        return active;
    }

    /** Takes the acknowledgements that came, then sends what the window allows. */
    void pump() {
        if (!active) {
            return;
        }
        if (!collectAcknowledgements()) {
            return;
        }
        next = Math.max(next, queue.head()); // samples dropped at the bound meanwhile
        while (active && inFlight.size() < WINDOW) {
            List<QueuedSample> batch = queue.read(next, Math.min(256, WINDOW - inFlight.size()));
            if (batch.isEmpty()) {
                return;
            }
            for (QueuedSample sample : batch) {
                if (!send(sample)) {
                    return;
                }
            }
        }
    }

    private boolean send(QueuedSample sample) {
        try {
            IMqttDeliveryToken token = transmitter.send(sample, sample.position() < historicalBelow);
            inFlight.add(new InFlight(sample.position(), token));
            next = sample.position() + 1;
            sent++;
            return true;
        } catch (MqttException e) {
            if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                LOG.debug("Sparkplug sample {} not sent: {}; again after reconnecting", sample.position(), e.getMessage());
                active = false;
            }
            return false; // in-flight limit: the next acknowledgement pumps again
        } catch (Exception e) {
            LOG.warn("Sparkplug sample {} of {} cannot be encoded, skipped: {}", sample.position(), sample.signalId(),
                    e.getMessage());
            inFlight.add(new InFlight(sample.position(), null));
            next = sample.position() + 1;
            return true;
        }
    }

    /** @return false when a delivery failed (the connection is going: the session ends) */
    private boolean collectAcknowledgements() {
        long acknowledged = -1;
        while (!inFlight.isEmpty()) {
            InFlight first = inFlight.peekFirst();
            if (first.token() != null && !first.token().isComplete()) {
                break;
            }
            if (first.token() != null && first.token().getException() != null) {
                active = false;
                break;
            }
            acknowledged = inFlight.pollFirst().position();
        }
        if (acknowledged >= 0) {
            queue.acknowledge(acknowledged + 1);
        }
        return active;
    }

    /**
     * Waits up to {@code timeout} for the PUBACKs of what is in flight and removes the acknowledged samples
     * (a clean stop: nothing acknowledged is sent again after the restart).
     */
    void awaitAcknowledgements(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (InFlight flight : inFlight) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (flight.token() == null || left <= 0) {
                continue;
            }
            try {
                flight.token().waitForCompletion(left);
            } catch (MqttException e) {
                break;
            }
        }
        collectAcknowledgements();
    }

    /** @return samples sent since the start (tests, diagnostics) */
    long sent() {
        return sent;
    }
}
