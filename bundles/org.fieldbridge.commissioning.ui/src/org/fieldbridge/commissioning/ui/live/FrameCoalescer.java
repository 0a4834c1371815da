/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * Hands the latest of many values offered from any thread to the UI thread, at most once per display frame: the
 * UI thread applies only the newest and never queues up behind a fast poller.
 *
 * @param <T> what is offered
 */
public final class FrameCoalescer<T> {

    /** One frame of a 60 Hz display. */
    static final long FRAME_NANOS = 16_666_667L;

    private final Display display;
    private final Consumer<T> apply;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long lastApplied = System.nanoTime() - FRAME_NANOS; // UI thread only

    /**
     * @param display the display whose UI thread applies the values
     * @param apply what the UI thread does with the newest value
     */
    public FrameCoalescer(Display display, Consumer<T> apply) {
        this.display = display;
        this.apply = apply;
    }

    /** @param value the newest value; replaces one not yet applied. Any thread. */
    public void offer(T value) {
        pending.set(value);
        if (scheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(this::drain);
        }
    }

    private void drain() {
        long wait = lastApplied + FRAME_NANOS - System.nanoTime();
        if (wait > 0) {
            display.timerExec((int) Math.max(1, wait / 1_000_000), this::applyNewest);
        } else {
            applyNewest();
        }
    }

    private void applyNewest() {
        scheduled.set(false); // an offer from now on schedules the next frame
        T value = pending.getAndSet(null);
        if (value != null) {
            lastApplied = System.nanoTime();
            apply.accept(value);
        }
    }
}
