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
 * Sends the queue to the broker in order, in runs of up to {@link #RUN} samples (the edge node makes one DDATA
 * per device of a run), up to {@link #WINDOW} samples and {@link #MESSAGES} messages awaiting their PUBACK at a
 * time, and removes a sample from the queue only when its message and every message before it were
 * acknowledged. Runs on the edge node's sender thread only (not thread-safe).
 *
 * <p>A sample is sent <em>historical</em> ({@code is_historical} true) when it was queued before the birth
 * certificates of the current session: the DBIRTH carried newer values, so a host must not take it as the
 * current value. Samples queued after the births are live.</p>
 */
final class QueueForwarder {

    /** Samples sent and not yet acknowledged, at most: what a SIGKILL may send twice (docs/sparkplug.md). */
    static final int WINDOW = 2000;
    /** QoS 1 messages awaiting their PUBACK, at most: below Paho's in-flight limit (1000) with a run's worth to spare. */
    static final int MESSAGES = 500;
    /** Samples handed to the edge node at once: a DDATA carries at most this many. */
    static final int RUN = 100;
    private static final Logger LOG = LoggerFactory.getLogger(QueueForwarder.class);

    /** Sends one queued sample; the edge node implements it. */
    interface Transmitter {
        /**
         * Sends a run of consecutive samples (one DDATA per device and stretch, or birth and death certificates).
         *
         * @param historical whether the samples predate the current births
         * @return the tokens of its QoS 1 messages; none when nothing is to be acknowledged (no metric any more,
         *         or sent as a birth or death certificate)
         */
        List<IMqttDeliveryToken> send(List<QueuedSample> run, boolean historical) throws Exception;
    }

    /** A run sent: the position of its last sample, its size and the tokens of its messages. */
    private record InFlight(long position, int samples, List<IMqttDeliveryToken> tokens) {
        boolean complete() {
            return tokens.stream().allMatch(IMqttDeliveryToken::isComplete);
        }

        boolean failed() {
            return tokens.stream().anyMatch(t -> t.getException() != null);
        }
    }

    private final SampleQueue queue;
    private final Transmitter transmitter;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private int samplesInFlight;
    private int messagesInFlight;
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
        clearInFlight();
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
        clearInFlight();
    }

    private void clearInFlight() {
        inFlight.clear();
        samplesInFlight = 0;
        messagesInFlight = 0;
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
        while (active && samplesInFlight + RUN <= WINDOW && messagesInFlight + RUN <= MESSAGES) {
            List<QueuedSample> batch = queue.read(next, RUN);
            if (batch.isEmpty()) {
                return;
            }
            // a run does not mix historical and live samples
            int historical = 0;
            while (historical < batch.size() && batch.get(historical).position() < historicalBelow) {
                historical++;
            }
            if (historical > 0 && !send(batch.subList(0, historical), true)) {
                return;
            }
            if (historical < batch.size() && !send(batch.subList(historical, batch.size()), false)) {
                return;
            }
        }
    }

    private boolean send(List<QueuedSample> run, boolean historical) {
        long last = run.get(run.size() - 1).position();
        try {
            List<IMqttDeliveryToken> tokens = transmitter.send(run, historical);
            inFlight.add(new InFlight(last, run.size(), List.copyOf(tokens)));
            samplesInFlight += run.size();
            messagesInFlight += tokens.size();
            next = last + 1;
            sent += run.size();
            return true;
        } catch (MqttException e) {
            // the connection is going (or Paho's in-flight limit, which the window keeps clear of): the whole run
            // is sent again in the next session; a part of it that went out arrives twice
            LOG.debug("Sparkplug samples {}..{} not sent: {}; again after reconnecting", run.get(0).position(), last,
                    e.getMessage());
            active = false;
            return false;
        } catch (Exception e) {
            LOG.warn("Sparkplug samples {}..{} cannot be encoded, skipped: {}", run.get(0).position(), last,
                    e.getMessage());
            inFlight.add(new InFlight(last, run.size(), List.of()));
            samplesInFlight += run.size();
            next = last + 1;
            return true;
        }
    }

    /** @return false when a delivery failed (the connection is going: the session ends) */
    private boolean collectAcknowledgements() {
        long acknowledged = -1;
        while (!inFlight.isEmpty()) {
            InFlight first = inFlight.peekFirst();
            if (!first.complete()) {
                break;
            }
            if (first.failed()) {
                active = false;
                break;
            }
            inFlight.pollFirst();
            samplesInFlight -= first.samples();
            messagesInFlight -= first.tokens().size();
            acknowledged = first.position();
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
            for (IMqttDeliveryToken token : flight.tokens()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                try {
                    token.waitForCompletion(left);
                } catch (MqttException e) {
                    break;
                }
            }
        }
        collectAcknowledgements();
    }

    /** @return samples sent since the start (tests, diagnostics) */
    long sent() {
        return sent;
    }
}
