/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.commissioning.live.LiveValue;

/**
 * Polls every connected mapping at a {@link PollRate} in a background Job and hands each poll to its subscribers
 * (on the Job's thread: the views coalesce onto the UI thread themselves). Polls only while someone subscribes and
 * it is not paused; polls never overlap, a slow controller stretches the period.
 */
public final class LiveFeed {

    /** Reads every connected mapping once; blocks until the controllers answer or time out. */
    @FunctionalInterface
    public interface Source {
        /** @return one value per mapping read, in the model's order */
        List<LiveValue> read();
    }

    private final Source source;
    private final Clock clock;
    private final List<Consumer<LiveSnapshot>> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Job job;
    private volatile PollRate rate = PollRate.NORMAL;
    private volatile boolean paused;
    private volatile LiveSnapshot latest = LiveSnapshot.EMPTY;

    /**
     * @param name what the Job is called ("Reading live values of riverside.twin")
     * @param source what is read at each poll
     * @param clock the clock poll times are taken from
     */
    public LiveFeed(String name, Source source, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.job = Job.create(name, this::poll);
        job.setSystem(true);
        job.setPriority(Job.SHORT);
    }

    private IStatus poll(IProgressMonitor monitor) {
        if (subscribers.isEmpty() || paused || monitor.isCanceled()) {
            return Status.OK_STATUS;
        }
        long start = System.nanoTime();
        try {
            LiveSnapshot snapshot = new LiveSnapshot(source.read(), clock.instant(), sequence.incrementAndGet());
            latest = snapshot;
            for (Consumer<LiveSnapshot> subscriber : subscribers) {
                subscriber.accept(snapshot);
            }
        } catch (RuntimeException e) {
            // a failing read must not end the polling: the next poll may succeed (a controller back on line)
            ILog.of(getClass()).error("Reading live values failed", e);
        }
        if (!subscribers.isEmpty() && !paused) {
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            job.schedule(Math.max(0, rate.period().toMillis() - elapsed));
        }
        return Status.OK_STATUS;
    }

    /**
     * Subscribes; the first subscriber starts the polling.
     *
     * @param subscriber told about every poll, on the polling Job's thread
     * @return what ends the subscription (the last one stops the polling)
     */
    public Runnable subscribe(Consumer<LiveSnapshot> subscriber) {
        subscribers.add(subscriber);
        wake();
        return () -> subscribers.remove(subscriber);
    }

    /** @return the last poll ({@link LiveSnapshot#EMPTY} before the first) */
    public LiveSnapshot latest() {
        return latest;
    }

    /** @return how often it polls */
    public PollRate rate() {
        return rate;
    }

    /** @param newRate how often to poll from now on (a waiting poll starts at once) */
    public void setRate(PollRate newRate) {
        rate = newRate;
        wake();
    }

    /** @return whether polling is paused (the last values stay shown) */
    public boolean paused() {
        return paused;
    }

    /** @param pause whether to stop polling for now (the last values stay), or to go on */
    public void setPaused(boolean pause) {
        paused = pause;
        wake();
    }

    /** Starts a poll now if one should run and none runs or waits for its time (then that one is woken). */
    private void wake() {
        if (subscribers.isEmpty() || paused) {
            return;
        }
        if (job.getState() == Job.SLEEPING) {
            job.wakeUp();
        } else if (job.getState() == Job.NONE) {
            job.schedule();
        }
    }

    /** Stops polling for good (a running poll ends first). */
    public void dispose() {
        subscribers.clear();
        job.cancel();
    }
}
