/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.reconnect;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * When a connection may try to reconnect: after each failure the next attempt waits for the next delay of
 * its {@link BackoffPolicy}; a success resets it. The clock and the random source are injected so that
 * the schedule is testable. Not thread-safe: used by the one thread that owns the connection.
 */
public final class ReconnectSchedule {

    private final BackoffPolicy policy;
    private final LongSupplier nanoClock;
    private final DoubleSupplier random;
    private int failures;
    private long notBefore;

    /**
     * @param policy the backoff policy
     * @param nanoClock a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
     * @param random uniform numbers in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble}
     */
    public ReconnectSchedule(BackoffPolicy policy, LongSupplier nanoClock, DoubleSupplier random) {
        this.policy = Objects.requireNonNull(policy);
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.random = Objects.requireNonNull(random);
        this.notBefore = nanoClock.getAsLong();
    }

    /** @return true when a connection attempt may be made now */
    public boolean mayAttempt() {
        return nanoClock.getAsLong() - notBefore >= 0;
    }

    /**
     * Records a failed connection (or a lost one) and schedules the next attempt.
     *
     * @return the delay until the next attempt
     */
    public Duration failed() {
        failures++;
        Duration delay = policy.delay(failures, random);
        notBefore = nanoClock.getAsLong() + delay.toNanos();
        return delay;
    }

    /** Records a successful connection: the next failure starts again with the initial delay. */
    public void succeeded() {
        failures = 0;
        notBefore = nanoClock.getAsLong();
    }

    /** @return failures since the last success */
    public int failures() {
        return failures;
    }
}
