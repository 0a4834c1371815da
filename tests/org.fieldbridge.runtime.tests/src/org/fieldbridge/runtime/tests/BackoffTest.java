/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.reconnect.ReconnectSchedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Capped exponential backoff with jitter for reconnect attempts. */
class BackoffTest {

    private static final BackoffPolicy POLICY = new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.25);

    @Test
    @DisplayName("base delays double per failed attempt until they reach the cap")
    void baseDelaysDoubleUpToTheCap() {
        List<Long> millis = IntStream.rangeClosed(1, 8).mapToObj(n -> POLICY.baseDelay(n).toMillis()).toList();
        assertEquals(List.of(100L, 200L, 400L, 800L, 1600L, 2000L, 2000L, 2000L), millis);
        assertEquals(Duration.ofSeconds(2), POLICY.baseDelay(Integer.MAX_VALUE), "no overflow after many failures");
    }

    @Test
    @DisplayName("jitter only shortens a delay, by at most its jitter share, so the cap always holds")
    void jitterStaysWithinItsShare() {
        assertEquals(Duration.ofMillis(400), POLICY.delay(3, () -> 0.0));
        assertEquals(Duration.ofMillis(300), POLICY.delay(3, () -> 1.0));
        Random random = new Random(42);
        for (int n = 1; n <= 50; n++) {
            Duration d = POLICY.delay(n, random::nextDouble);
            Duration base = POLICY.baseDelay(n);
            assertTrue(d.compareTo(base) <= 0 && d.compareTo(base.multipliedBy(3).dividedBy(4)) >= 0, d + " for " + base);
            assertTrue(d.compareTo(POLICY.max()) <= 0);
        }
    }

    @Test
    @DisplayName("two reconnecting clients with different random sources do not retry in lockstep")
    void jitterSpreadsClients() {
        Random a = new Random(1);
        Random b = new Random(2);
        long same = IntStream.rangeClosed(1, 20).filter(n -> POLICY.delay(n, a::nextDouble).equals(POLICY.delay(n, b::nextDouble))).count();
        assertTrue(same < 3, same + " equal delays out of 20");
    }

    @Test
    @DisplayName("the schedule allows an attempt only after the delay and starts over after a success")
    void theScheduleWaitsAndResets() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ReconnectSchedule schedule = new ReconnectSchedule(POLICY, now::get, () -> 0.0);
        assertTrue(schedule.mayAttempt(), "the first attempt is immediate");
        assertEquals(Duration.ofMillis(100), schedule.failed());
        assertFalse(schedule.mayAttempt());
        now.addAndGet(Duration.ofMillis(99).toNanos());
        assertFalse(schedule.mayAttempt());
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertTrue(schedule.mayAttempt());
        assertEquals(Duration.ofMillis(200), schedule.failed());
        assertEquals(Duration.ofMillis(400), schedule.failed());
        assertEquals(3, schedule.failures());
        schedule.succeeded();
        assertTrue(schedule.mayAttempt());
        assertEquals(Duration.ofMillis(100), schedule.failed(), "after a success the backoff starts over");
    }

    @Test
    @DisplayName("a policy without a positive initial delay, with a cap below it or with jitter above 1 is refused")
    void invalidPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1), 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new BackoffPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, 1.5));
    }

    @Test
    @DisplayName("the default backoff is capped at 2 s, so a device that comes back is retried within 2 s (commissioning)")
    void theDefaultCapIsTwoSeconds() {
        assertEquals(Duration.ofSeconds(2), BackoffPolicy.DEFAULT.max());
        assertEquals(Duration.ofSeconds(2), BackoffPolicy.DEFAULT.baseDelay(50));
        Random random = new Random(7);
        for (int n = 1; n <= 100; n++) {
            assertTrue(BackoffPolicy.DEFAULT.delay(n, random::nextDouble).compareTo(Duration.ofSeconds(2)) <= 0);
        }
    }

    @Test
    @DisplayName("another cap keeps growth and jitter; a cap below the initial delay lowers the initial delay")
    void theCapCanBeChanged() {
        BackoffPolicy fiveSeconds = POLICY.withMax(Duration.ofSeconds(5));
        assertEquals(Duration.ofMillis(100), fiveSeconds.initial());
        assertEquals(Duration.ofMillis(3200), fiveSeconds.baseDelay(6));
        assertEquals(Duration.ofSeconds(5), fiveSeconds.baseDelay(7));
        assertEquals(POLICY.jitter(), fiveSeconds.jitter());
        BackoffPolicy tight = POLICY.withMax(Duration.ofMillis(50));
        assertEquals(Duration.ofMillis(50), tight.initial());
        assertEquals(Duration.ofMillis(50), tight.baseDelay(3));
        assertThrows(IllegalArgumentException.class, () -> POLICY.withMax(Duration.ZERO));
    }
}
