/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.runtime.server.internal.ServerTimers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's one thread serves its connections and runs its timers, and runs what its timers hand over itself:
 * one wake-up per tick instead of three.
 */
@Timeout(10)
class ServerTimersTest {

    @Test
    @DisplayName("work a timer hands to the executor runs on the timer thread; other work runs on Milo's executor")
    void timerWorkRunsOnTheTimerThread() throws Exception {
        try (ServerTimers timers = new ServerTimers("test")) {
            CompletableFuture<Thread> timer = new CompletableFuture<>();
            CompletableFuture<Thread> handedOver = new CompletableFuture<>();
            // what Milo's Subscription does with its publishing timer
            timers.scheduler().schedule(() -> {
                timer.complete(Thread.currentThread());
                timers.executor().execute(() -> handedOver.complete(Thread.currentThread()));
            }, 10, TimeUnit.MILLISECONDS);
            assertEquals(timer.get(5, TimeUnit.SECONDS), handedOver.get(5, TimeUnit.SECONDS));
            assertTrue(timer.get().getName().startsWith("fieldbridge-opcua-test"), timer.get().getName());

            CompletableFuture<Thread> request = new CompletableFuture<>();
            timers.executor().execute(() -> request.complete(Thread.currentThread()));
            Thread worker = request.get(5, TimeUnit.SECONDS);
            assertNotEquals(timer.get(), worker, "a service request is not run on the timer thread");
            assertNotEquals(Thread.currentThread(), worker, "nor on the caller's");
        }
    }

    @Test
    @DisplayName("the connections are served by the timer thread, and a request read there is still handed over")
    void connectionsShareTheTimerThreadButRequestsAreHandedOver() throws Exception {
        try (ServerTimers timers = new ServerTimers("test")) {
            CompletableFuture<Thread> timer = new CompletableFuture<>();
            timers.scheduler().schedule(() -> timer.complete(Thread.currentThread()), 1, TimeUnit.MILLISECONDS);
            CompletableFuture<Thread> network = new CompletableFuture<>();
            CompletableFuture<Thread> request = new CompletableFuture<>();
            // what Milo's transport does with a request it has read: hands it to the server's executor
            timers.network().next().execute(() -> {
                network.complete(Thread.currentThread());
                timers.executor().execute(() -> request.complete(Thread.currentThread()));
            });
            assertEquals(timer.get(5, TimeUnit.SECONDS), network.get(5, TimeUnit.SECONDS));
            assertNotEquals(network.get(), request.get(5, TimeUnit.SECONDS),
                    "a request may wait (identity checks, the audit trail): not on the network thread");
        }
    }

    @Test
    @DisplayName("work handed over during an inline call (a Publish request) runs on the caller's thread, before the call returns")
    void inlineCallsRunHandedOverWorkOnTheCaller() throws Exception {
        try (ServerTimers timers = new ServerTimers("test")) {
            Thread[] ranOn = new Thread[1];
            String result = timers.inline(() -> {
                timers.executor().execute(() -> ranOn[0] = Thread.currentThread());
                return "queued";
            });
            assertEquals("queued", result);
            assertEquals(Thread.currentThread(), ranOn[0]);

            CompletableFuture<Thread> after = new CompletableFuture<>();
            timers.executor().execute(() -> after.complete(Thread.currentThread()));
            assertNotEquals(Thread.currentThread(), after.get(5, TimeUnit.SECONDS), "outside the call, handed over again");
        }
    }

    @Test
    @DisplayName("a failing task handed over by a timer does not stop the timer thread")
    void aFailingTaskDoesNotStopTheTimers() throws Exception {
        try (ServerTimers timers = new ServerTimers("test")) {
            timers.scheduler().schedule(() -> timers.executor().execute(() -> {
                throw new IllegalStateException("expected by the test");
            }), 1, TimeUnit.MILLISECONDS);
            CompletableFuture<Boolean> later = new CompletableFuture<>();
            timers.scheduler().schedule(() -> timers.executor().execute(() -> later.complete(true)), 20,
                    TimeUnit.MILLISECONDS);
            assertTrue(later.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    @DisplayName("closing stops the timer thread")
    void closingStopsTheTimerThread() throws Exception {
        ServerTimers timers = new ServerTimers("test");
        CompletableFuture<Thread> timer = new CompletableFuture<>();
        timers.scheduler().schedule(() -> timer.complete(Thread.currentThread()), 1, TimeUnit.MILLISECONDS);
        Thread thread = timer.get(5, TimeUnit.SECONDS);
        timers.close();
        thread.join(5000);
        assertTrue(!thread.isAlive(), "the timer thread ended");
        assertTrue(timers.scheduler().isShutdown());
    }
}
