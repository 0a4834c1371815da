/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support.ui;

import java.time.Duration;

import org.eclipse.swt.widgets.Display;

/**
 * The UI thread's event loop, run by a test for a while. UI tests cannot wait with Awaitility: the thread
 * that waits is the one that must dispatch the asyncExecs, repaints and job reports being waited for.
 */
public final class EventLoop {

    private EventLoop() {
    }

    /** Runs the current display's event loop for {@code duration}, so that pending asyncExecs and repaints happen. */
    public static void settle(Duration duration) {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() - until < 0) {
            if (!display.readAndDispatch()) {
                // a timer wakes the sleeping loop up again, so that it notices the time is over
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
