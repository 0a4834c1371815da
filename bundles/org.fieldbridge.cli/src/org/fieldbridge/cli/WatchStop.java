/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C as the end of {@code read --watch}: a JVM shutdown hook asks the loop to stop and waits until it has closed
 * its connections, so the command ends cleanly (no half-printed line, no stack trace, controllers disconnected)
 * and with exit code 0: stopping a watch is how it is meant to end, not the signal's 130. Interrupting the
 * watching thread stops it too.
 */
final class WatchStop implements AutoCloseable {

    private static final long MAX_STOP_SECONDS = 5;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    WatchStop() {
        hook = new Thread(() -> {
            requested.countDown();
            try {
                if (finished.await(MAX_STOP_SECONDS, TimeUnit.SECONDS)) {
                    System.out.flush();
                    System.err.flush();
                    Runtime.getRuntime().halt(0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fieldbridge-read-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Waits for the next round.
     *
     * @param interval the time between two rounds
     * @return false when the watch is to stop (Ctrl-C or an interrupt)
     */
    boolean awaitNextRound(Duration interval) {
        try {
            return !requested.await(interval.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return whether a stop was asked for */
    boolean requested() {
        return requested.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    /** Reports that everything is closed and removes the hook unless it is running. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running
        }
    }
}
