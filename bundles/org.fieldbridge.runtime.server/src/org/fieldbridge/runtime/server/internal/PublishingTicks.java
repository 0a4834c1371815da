/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;

import io.netty.channel.EventLoop;

/**
 * The publishing ticks of subscriptions whose clients ask for 10 to 100 ms ({@link #DEFERRED_FROM_NANOS},
 * {@link #DEFERRED_BELOW_NANOS}), run when there
 * is something to publish instead of on every interval (issue 15 item 4: report changes as they arrive, so that low
 * latency and low cost stop being a trade-off). A Modbus value changes at most once per poll; a client publishing
 * every 50 ms from a 100 ms poll made every other tick an empty one, and each tick is a wake-up of the server's
 * thread, which costs 0.2–0.4 ms of CPU on a virtual machine (docs/performance.md).
 *
 * <p>A tick whose interval has passed waits for the first value or event delivered after it ({@link #changed}; from
 * a poller, the end of the answer it came with: {@link #batchDone}), and runs at once when it comes: the change goes
 * out within a millisecond instead of up to an interval later.
 * Notifications never go out more often than the client's interval (a tick never runs before it is due). While
 * nothing comes, a tick waits until the interval in which the subscription would send its next keep-alive or
 * reach the end of its lifetime count (at most {@link #LONGEST_WAIT_NANOS}), then runs once for every interval
 * that passed: the subscription counts every interval, and its keep-alives go out when the client expects them.
 * Subscriptions at {@link #DEFERRED_BELOW_NANOS} and slower, and under {@link #DEFERRED_FROM_NANOS}, tick as Milo
 * schedules them.</p>
 *
 * <p>Ticks are Milo's (Subscription.startPublishingTimer hands its timer to the server's scheduler); everything but
 * {@link #changed} runs on the server's event loop.</p>
 */
final class PublishingTicks {

    /** Ticks of intervals from this on are not deferred. */
    static final long DEFERRED_BELOW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /**
     * Nor those of intervals under this: a timer that fine already bounds a change's wait below what holding back a
     * poll cycle and handing over to the server's thread take (the e2e bench at 2 ms: server-added p99 3.0–7.2 ms
     * deferred against 3.4–4.2 on the timer), and a client asking for it has chosen latency over CPU.
     */
    static final long DEFERRED_FROM_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** The longest a tick waits for something to publish (for events Fieldbridge does not deliver itself). */
    static final long LONGEST_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A deferred tick catches up at most this many intervals at once. */
    private static final int MOST_CATCH_UP = 1_000;

    private static final String TICK_CLASS = Subscription.class.getName() + "$$Lambda";

    private final EventLoop loop;
    private final UnaryOperator<Runnable> inlined;
    private volatile Supplier<Collection<Subscription>> subscriptions = List::of;
    /** Ticks past or before their time with no timer at their due time, only their longest-wait timer; loop only. */
    private final List<Tick> waiting = new ArrayList<>();
    private volatile boolean anyWaiting;
    /** The shortest interval of the ticks waiting (or last waiting): a batch holds a change back at most half of it. */
    private volatile long shortestWaiting = DEFERRED_BELOW_NANOS;
    /**
     * Set by {@link #changed} and cleared when a tick starts: a change that came while a tick ran, too late for it,
     * makes the tick it re-arms run when due instead of waiting (with {@link #anyWaiting}, one of the two threads
     * always sees the other's write).
     */
    private volatile boolean dirty;
    private final AtomicBoolean nudged = new AtomicBoolean();
    /** The batch of each thread that has said it delivers in batches ({@link #batchDone}). */
    private final ThreadLocal<Batch> batches = new ThreadLocal<>();
    /** The tick running now, and how many overdue ticks ran after it in this wake-up; loop only. */
    private Tick running;
    private int catchUps;
    private final ArrayDeque<Tick> overdue = new ArrayDeque<>();

    /**
     * @param loop the server's event loop
     * @param inlined wraps a tick so that the work it hands to the server's executor runs on the loop
     */
    PublishingTicks(EventLoop loop, UnaryOperator<Runnable> inlined) {
        this.loop = loop;
        this.inlined = inlined;
    }

    /** @param all the server's subscriptions (it is made after its scheduler) */
    void bind(Supplier<Collection<Subscription>> all) {
        subscriptions = all;
    }

    private static boolean deferred(long interval) {
        return interval >= DEFERRED_FROM_NANOS && interval < DEFERRED_BELOW_NANOS;
    }

    /** @return true when {@code command} is a subscription's publishing timer */
    static boolean isPublishingTick(Runnable command) {
        return command.getClass().getName().startsWith(TICK_CLASS);
    }

    /** Schedules a subscription's publishing tick {@code delayNanos} from now (Milo's delay). */
    ScheduledFuture<?> schedule(Runnable command, long delayNanos) {
        long now = System.nanoTime();
        Subscription subscription = rearming();
        long interval;
        long due;
        if (loop.inEventLoop() && running != null) {
            // Milo re-arms from inside the tick: now + delay is the tick's start plus the interval
            interval = now + delayNanos - running.started;
            boolean catchUp = catchingUp() && catchUps < MOST_CATCH_UP && !justSent(subscription);
            due = catchUp ? running.due + interval : now + delayNanos;
        } else {
            interval = delayNanos;
            due = now + delayNanos;
        }
        if (subscription != null) {
            interval = Math.round(subscription.getPublishingInterval() * 1e6);
        }
        Tick tick = new Tick(inlined.apply(command), due, interval, waitAllowed(subscription, interval));
        if (!deferred(tick.interval)) {
            tick.timer = loop.schedule(() -> run(tick), Math.max(0, tick.due - now), TimeUnit.NANOSECONDS);
        } else if (loop.inEventLoop()) {
            defer(tick, now);
        } else {
            loop.execute(() -> defer(tick, System.nanoTime()));
        }
        return tick;
    }

    private void defer(Tick tick, long now) {
        if (tick.cancelled) {
            return;
        }
        if (catchingUp() && catchUps < MOST_CATCH_UP && tick.due <= now) {
            // runs within this wake-up, after the tick that re-armed it
            catchUps++;
            overdue.add(tick);
            return;
        }
        long longest = tick.due + tick.waitAllowed;
        tick.timer = loop.schedule(() -> longestWaitOver(tick), Math.max(0, longest - now), TimeUnit.NANOSECONDS);
        if (waiting.isEmpty() || tick.interval < shortestWaiting) {
            shortestWaiting = tick.interval;
        }
        waiting.add(tick);
        anyWaiting = true;
        if (dirty) {
            nudge(); // on the loop: runs after this task, without a wake-up
        }
    }

    /**
     * @return the subscription re-arming its publishing timer, or null: Milo does that in a method synchronized on
     *         the subscription (Subscription.startPublishingTimer), so it is the one whose monitor this thread holds
     */
    private Subscription rearming() {
        for (Subscription subscription : subscriptions.get()) {
            if (Thread.holdsLock(subscription)) {
                return subscription;
            }
        }
        return null;
    }

    /**
     * @return true when the tick that re-arms has just sent a message (notifications or a keep-alive): that resets
     *         the subscription's keep-alive and lifetime counters (OPC 10000-4 §5.13.1.2: they count the intervals
     *         since the last message), so the intervals it waited through need not be counted, and its next tick is
     *         one interval from now
     */
    private static boolean justSent(Subscription subscription) {
        return subscription != null && subscription.getLifetimeCounter() >= subscription.getLifetimeCount();
    }

    /**
     * @return how long past its due time a tick may wait for something to publish: until the interval before the
     *         one in which the subscription sends its next keep-alive (its keep-alive counter counts down to 1) or
     *         its lifetime count runs out; one interval when the subscription is not known
     */
    private static long waitAllowed(Subscription subscription, long interval) {
        long intervals = subscription == null ? 1
                : Math.min(subscription.getKeepAliveCounter(), subscription.getLifetimeCounter()) - 2;
        return Math.min(Math.max(0, intervals) * interval, LONGEST_WAIT_NANOS);
    }

    /** A value or an event was delivered to the monitored items: a waiting tick should run (any thread, cheap). */
    void changed() {
        if (!dirty) {
            dirty = true;
        }
        Batch batch = batches.get();
        if (batch != null) {
            if (!batch.changed) { // the thread's batch goes on: its end wakes the tick
                batch.changed = true;
                batch.since = System.nanoTime();
            }
        } else {
            nudge();
        }
    }

    /**
     * The calling thread has delivered the values of one answer of a controller ({@code cycleDone}: the last of its
     * poll cycle): if it changed anything, a waiting tick runs now at the end of the cycle, or at the end of an
     * answer when the first change has waited half an interval. From the first call on, the thread's changes wait for
     * that: woken at the first value, the server's thread would send it alone while the poller was still handing
     * over the rest, which would then wait one interval more.
     */
    void batchDone(boolean cycleDone) {
        Batch batch = batches.get();
        if (batch == null) {
            batches.set(new Batch());
            nudge();
        } else if (batch.changed && (cycleDone || System.nanoTime() - batch.since >= shortestWaiting / 2)) {
            // within a long cycle, what came first has waited long enough: held to the end of a cycle that lasts
            // longer than half an interval, it would wait longer than if sent now and the rest an interval later
            batch.changed = false;
            nudge();
        }
    }

    private void nudge() {
        if (anyWaiting && nudged.compareAndSet(false, true)) {
            loop.execute(this::deliver);
        }
    }

    /** After other work on the loop (Milo sampling a value, say): waiting ticks that are due run now. */
    void afterLoopWork() {
        if (anyWaiting) {
            deliver();
        }
    }

    private void deliver() {
        nudged.set(false);
        if (waiting.isEmpty()) {
            anyWaiting = false;
            return;
        }
        long now = System.nanoTime();
        List<Tick> ticks = new ArrayList<>(waiting);
        waiting.clear();
        anyWaiting = false;
        for (Tick tick : ticks) {
            if (tick.cancelled) {
                continue;
            }
            tick.timer.cancel(false);
            if (tick.due <= now) {
                run(tick);
            } else {
                // something to publish before the interval is over: the tick runs when it is due
                tick.timer = loop.schedule(() -> run(tick), tick.due - now, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void longestWaitOver(Tick tick) {
        if (waiting.remove(tick)) {
            anyWaiting = !waiting.isEmpty();
            run(tick);
        }
    }

    /**
     * Runs a tick and, for a deferred one that sent nothing, once more for every further interval that has passed
     * since it was due (whatever made it run: a change for one subscription wakes the ticks of all), so that the
     * subscription counts every interval without a message towards its keep-alive and lifetime.
     */
    private void run(Tick tick) {
        if (tick.cancelled) {
            return;
        }
        catchUps = 0;
        try {
            runOne(tick);
            for (Tick next = overdue.poll(); next != null; next = overdue.poll()) {
                runOne(next);
            }
        } finally {
            overdue.clear();
        }
    }

    /** @return true while a deferred tick runs: the ticks it re-arms that are overdue run after it, at once */
    private boolean catchingUp() {
        return running != null && deferred(running.interval);
    }

    private void runOne(Tick tick) {
        if (tick.cancelled) {
            return;
        }
        tick.started = System.nanoTime();
        tick.ran = true;
        dirty = false;
        Tick outer = running;
        running = tick;
        try {
            tick.task.run();
        } finally {
            running = outer;
        }
    }

    /** Whether a thread that delivers in batches changed something in its current batch, and since when. */
    private static final class Batch {
        boolean changed;
        long since;
    }

    /** One publishing tick, as the future Milo keeps to cancel it (it never waits on it). */
    private static final class Tick implements ScheduledFuture<Object> {

        final Runnable task;
        final long due;
        final long interval;
        final long waitAllowed;
        long started;
        volatile ScheduledFuture<?> timer;
        volatile boolean cancelled;
        volatile boolean ran;

        Tick(Runnable task, long due, long interval, long waitAllowed) {
            this.task = task;
            this.due = due;
            this.interval = interval;
            this.waitAllowed = waitAllowed;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (ran) {
                return false;
            }
            cancelled = true;
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return ran || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("a publishing tick is not waited for");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("a publishing tick is not waited for");
        }
    }
}
