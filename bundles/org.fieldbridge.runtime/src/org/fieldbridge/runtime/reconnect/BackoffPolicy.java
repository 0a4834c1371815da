/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.reconnect;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with jitter for reconnect attempts: the n-th delay (n = 1, 2, ...) is
 * {@code min(max, initial * multiplier^(n-1))}, of which a random share of up to {@code jitter} is taken
 * off, so that many runtimes that lost the same device do not reconnect in lockstep. A delay is never
 * longer than {@code max} and never shorter than {@code (1 - jitter)} times its base.
 *
 * @param initial the base delay before the first reconnect attempt
 * @param max the cap of the base delay
 * @param multiplier growth per failed attempt (&gt;= 1)
 * @param jitter share of the delay that is random, 0..1 (0: deterministic)
 */
public record BackoffPolicy(Duration initial, Duration max, double multiplier, double jitter) {

    /**
     * The default cap of the delay between reconnect attempts: 2 s. Chosen for commissioning, when devices are
     * restarted, re-plugged and re-addressed all day: a controller that comes back is read again within 2 s plus
     * one poll period, while a dead one costs one TCP connection attempt every 2 s, which no plant network notices.
     * A site with hundreds of runtimes behind one gateway may raise it ({@code reconnect.maxDelay}).
     */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(2);

    /** 250 ms, doubling, capped at {@link #DEFAULT_MAX_DELAY} (2 s), 20 % jitter. */
    public static final BackoffPolicy DEFAULT = new BackoffPolicy(Duration.ofMillis(250), DEFAULT_MAX_DELAY, 2.0, 0.2);

    public BackoffPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        if (!(multiplier >= 1.0) || !(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("need multiplier >= 1 and jitter in 0..1");
        }
    }

    /**
     * @param cap the new cap of the delay (&gt; 0)
     * @return this policy with another cap; the initial delay is lowered to the cap when it was longer
     */
    public BackoffPolicy withMax(Duration cap) {
        return new BackoffPolicy(initial.compareTo(cap) > 0 ? cap : initial, cap, multiplier, jitter);
    }

    /** @return the base delay (no jitter) before attempt {@code attempt} (1 = first reconnect attempt) */
    public Duration baseDelay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        double nanos = initial.toNanos() * Math.pow(multiplier, Math.min(attempt - 1, 1000));
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }

    /**
     * @param attempt 1 for the first reconnect attempt after a failure
     * @param random uniform numbers in [0, 1)
     * @return the delay before that attempt
     */
    public Duration delay(int attempt, DoubleSupplier random) {
        long base = baseDelay(attempt).toNanos();
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofNanos(base - (long) (base * jitter * r));
    }
}
