/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or SIGTERM as a request to stop: a JVM shutdown hook tells the launcher to stop, waits
 * until it has closed the twin, and, for a process of its own, ends it with the launcher's exit code (a
 * requested stop is a clean stop: 0, not the signal's 130 or 143). Registered before the twin starts, so that
 * a Ctrl-C during the start also stops it cleanly.
 */
final class ShutdownSignal implements AutoCloseable {

    private static final long MAX_STOP_SECONDS = 30;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile int exitCode;

    /** @param ownProcess true when the launcher owns the JVM ({@code main}): the hook then sets the exit code */
    ShutdownSignal(boolean ownProcess) {
        hook = new Thread(() -> {
            requested.countDown();
            try {
                finished.await(MAX_STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (ownProcess) {
                Runtime.getRuntime().halt(exitCode);
            }
        }, "fieldbridge-runtime-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** @return true when a stop was requested */
    boolean requested() {
        return requested.getCount() == 0;
    }

    /**
     * Waits for a stop request.
     *
     * @param nanos the longest wait; negative: no limit
     */
    void await(long nanos) throws InterruptedException {
        if (nanos < 0) {
            requested.await();
        } else {
            requested.await(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Reports that everything is closed, with the exit code, and removes the hook unless it is running. */
    void finished(int code) {
        exitCode = code;
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and ends the process
        }
    }

    @Override
    public void close() {
        if (finished.getCount() > 0) {
            finished(exitCode);
        }
    }
}
