/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting on the UI thread as a person waits in front of the screen: every poll first runs the event loop, so the
 * asyncExecs of the views' Jobs do happen while the test waits for them.
 */
final class UiWait {

    private UiWait() {
    }

    /** Runs the event loop until the condition holds; fails with the alias after the timeout. */
    static void until(String alias, Duration timeout, Callable<Boolean> condition) {
        Awaitility.await(alias).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .atMost(timeout).until(() -> {
                    pump();
                    return condition.call();
                });
    }

    /** Runs the event loop for a while. */
    static void settle(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        until("the display to settle", duration.plusSeconds(5), () -> System.nanoTime() > until);
    }

    private static void pump() {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + Duration.ofMillis(40).toNanos();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                break;
            }
        }
    }
}
