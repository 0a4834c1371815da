/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The connection state and statistics of one controller, kept by its acquisition (a Modbus poller, an OPC UA
 * source) and read by the diagnostics in the address space and the live view. State changes are reported to
 * {@link ConnectionListener}s as {@link ConnectionEvent}s; the listeners decide what to log. Thread-safe: the
 * acquisition writes, other threads take {@link #snapshot()}s.
 */
public final class ControllerHealth {

    /** Poll cycles the 99th percentile is taken over. */
    static final int CYCLE_WINDOW = 200;
    /** Seconds the request rate is averaged over. */
    static final int RATE_SECONDS = 10;

    private final String controller;
    private final String protocol;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final long[] cycles = new long[CYCLE_WINDOW];
    private final long[] rateSecond = new long[RATE_SECONDS];
    private final long[] rateCount = new long[RATE_SECONDS];
    private final long startNanos;
    private ConnectionState state = ConnectionState.CONNECTING;
    private Instant stateSince;
    private long downSinceNanos;
    private int attempts;
    private long reconnects;
    private boolean everAttempted;
    private String lastError;
    private Instant lastErrorTime;
    private int cycleCount;
    private long lastCycleNanos = -1;
    private long failedRequests;
    private String subscriptionState;

    /**
     * @param controller the controller's name, as in the {@code .twin} ({@code PLC4})
     * @param protocol {@code Modbus TCP} or {@code OPC UA}
     * @param clock the time events and errors are stamped with
     * @param nanoClock a monotonic clock for durations and rates, e.g. {@code System::nanoTime}
     */
    public ControllerHealth(String controller, String protocol, Clock clock, LongSupplier nanoClock) {
        this.controller = Objects.requireNonNull(controller, "controller");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.stateSince = clock.instant();
        this.startNanos = nanoClock.getAsLong();
        this.downSinceNanos = startNanos;
    }

    /** @return a health record on the system clocks */
    public static ControllerHealth of(String controller, String protocol) {
        return new ControllerHealth(controller, protocol, Clock.systemUTC(), System::nanoTime);
    }

    /** @return the controller's name */
    public String controller() {
        return controller;
    }

    /** Adds a listener that hears every connection change from now on, on the acquisition's thread. */
    public void addListener(ConnectionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added before. */
    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    /** Records that a connection attempt is being made (counts reconnects). */
    public synchronized void attempting() {
        if (everAttempted) {
            reconnects++;
        }
        everAttempted = true;
    }

    /** Records a successful connection: CONNECTED the first time, BACK after an outage. */
    public void connected() {
        ConnectionEvent event;
        synchronized (this) {
            if (state == ConnectionState.CONNECTED) {
                return;
            }
            Instant now = clock.instant();
            ConnectionEvent.Type type = state == ConnectionState.CONNECTING && attempts == 0 ? ConnectionEvent.Type.CONNECTED
                    : ConnectionEvent.Type.BACK;
            Duration down = type == ConnectionEvent.Type.BACK ? Duration.ofNanos(nanoClock.getAsLong() - downSinceNanos)
                    : null;
            event = new ConnectionEvent(controller, type, now, null, null, down, attempts);
            attempts = 0;
            enter(ConnectionState.CONNECTED, now);
        }
        fire(event);
    }

    /**
     * Records a failed connection attempt.
     *
     * @param reason why, in plant words
     * @param retryIn the delay until the next attempt, or null when unknown
     */
    public void connectFailed(String reason, Duration retryIn) {
        ConnectionEvent event;
        synchronized (this) {
            Instant now = clock.instant();
            attempts++;
            error(reason, now);
            ConnectionEvent.Type type = state == ConnectionState.CONNECTING && attempts == 1
                    ? ConnectionEvent.Type.UNREACHABLE : ConnectionEvent.Type.RETRY_FAILED;
            if (state == ConnectionState.CONNECTED) {
                // a connected protocol library reporting a failed attempt: the connection is gone
                type = ConnectionEvent.Type.LOST;
                downSinceNanos = nanoClock.getAsLong();
                enter(ConnectionState.RECONNECTING, now);
            }
            event = new ConnectionEvent(controller, type, now, reason, retryIn, null, attempts);
        }
        fire(event);
    }

    /**
     * Records that a working connection was lost (a request without answer, a closed connection).
     *
     * @param reason why, in plant words
     * @param retryIn the delay until the next attempt, or null when the protocol library retries on its own
     */
    public void lost(String reason, Duration retryIn) {
        ConnectionEvent event;
        synchronized (this) {
            Instant now = clock.instant();
            error(reason, now);
            if (state != ConnectionState.CONNECTED) {
                attempts++;
                event = new ConnectionEvent(controller, ConnectionEvent.Type.RETRY_FAILED, now, reason, retryIn, null,
                        attempts);
            } else {
                attempts = 0;
                downSinceNanos = nanoClock.getAsLong();
                enter(ConnectionState.RECONNECTING, now);
                event = new ConnectionEvent(controller, ConnectionEvent.Type.LOST, now, reason, retryIn, null, 0);
            }
        }
        fire(event);
    }

    /**
     * Records a problem that leaves the connection up (an illegal data address, a refused node); the caller
     * reports each problem once, not on every cycle.
     */
    public void problem(String reason) {
        ConnectionEvent event;
        synchronized (this) {
            Instant now = clock.instant();
            error(reason, now);
            event = new ConnectionEvent(controller, ConnectionEvent.Type.PROBLEM, now, reason, null, null, 0);
        }
        fire(event);
    }

    /** Records one request (or one notification) and whether it failed. */
    public synchronized void request(boolean failed) {
        long second = (nanoClock.getAsLong() - startNanos) / 1_000_000_000L;
        int slot = (int) (second % RATE_SECONDS);
        if (rateSecond[slot] != second) {
            rateSecond[slot] = second;
            rateCount[slot] = 0;
        }
        rateCount[slot]++;
        if (failed) {
            failedRequests++;
        }
    }

    /** Records the duration of a complete poll cycle. */
    public synchronized void cycle(Duration duration) {
        lastCycleNanos = duration.toNanos();
        cycles[cycleCount % CYCLE_WINDOW] = lastCycleNanos;
        cycleCount++;
    }

    /** Records the state of an OPC UA subscription ("active, publishing every 100 ms", "recreating"). */
    public synchronized void subscription(String text) {
        subscriptionState = text;
    }

    /** Records that the acquisition was stopped. */
    public synchronized void stopped() {
        enter(ConnectionState.STOPPED, clock.instant());
    }

    /** @return the current diagnostics */
    public synchronized HealthSnapshot snapshot() {
        Duration last = lastCycleNanos < 0 ? null : Duration.ofNanos(lastCycleNanos);
        Duration p99 = null;
        int n = Math.min(cycleCount, CYCLE_WINDOW);
        if (n > 0) {
            long[] sorted = Arrays.copyOf(cycles, n);
            Arrays.sort(sorted);
            p99 = Duration.ofNanos(sorted[(int) Math.ceil(0.99 * n) - 1]);
        }
        return new HealthSnapshot(controller, protocol, state, stateSince, lastError, lastErrorTime, reconnects, last,
                p99, requestRate(), failedRequests, subscriptionState);
    }

    /** Requests per second over the last {@link #RATE_SECONDS} complete seconds (fewer right after the start). */
    private double requestRate() {
        long now = (nanoClock.getAsLong() - startNanos) / 1_000_000_000L;
        long total = 0;
        for (int i = 0; i < RATE_SECONDS; i++) {
            if (rateSecond[i] < now && rateSecond[i] >= now - RATE_SECONDS) {
                total += rateCount[i];
            }
        }
        long seconds = Math.min(now, RATE_SECONDS);
        return seconds == 0 ? 0.0 : (double) total / seconds;
    }

    private void enter(ConnectionState next, Instant now) {
        if (state != next) {
            state = next;
            stateSince = now;
        }
    }

    private void error(String reason, Instant now) {
        lastError = reason;
        lastErrorTime = now;
    }

    private void fire(ConnectionEvent event) {
        for (ConnectionListener listener : listeners) {
            listener.onConnectionEvent(event);
        }
    }
}
