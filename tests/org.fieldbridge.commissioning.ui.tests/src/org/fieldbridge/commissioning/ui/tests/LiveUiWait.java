/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.tests.support.ui.EventLoop;

/** Waiting on the UI thread while it keeps dispatching (the views' refreshes are asyncExecs on this thread). */
final class LiveUiWait {

    private LiveUiWait() {
    }

    /**
     * @param what what is awaited, for the failure message
     * @param atMost how long at most
     * @param condition checked between rounds of the event loop
     * @param state what to show when it times out
     */
    static void until(String what, Duration atMost, BooleanSupplier condition, Supplier<String> state) {
        long end = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                fail("waited " + atMost.toSeconds() + " s for " + what + "; " + state.get());
            }
            EventLoop.settle(Duration.ofMillis(50));
        }
    }

    /** @param job a scheduled Job; the event loop runs until it is done */
    static void done(Job job, Duration atMost) {
        until(job.getName(), atMost, () -> job.getResult() != null, () -> "state " + job.getState());
    }
}
