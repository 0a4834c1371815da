/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.stack.core.Stack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OPC UA server's timer thread, and the executor Milo hands its work to. Milo runs every timer (a
 * subscription's publishing interval, sampling, session timeouts) as "on the scheduler, hand the work to the
 * executor": two threads woken per tick, and Milo's shared scheduler has one thread per core that pass the next
 * deadline between them. On a virtual machine a woken thread costs 0.1–0.2 ms of CPU (measured here: 200
 * context switches a second, 72 of them the scheduler's, for one client publishing every 50 ms), which was
 * most of an idle gateway's CPU (docs/performance.md, "Gateway CPU: thread wake-ups").
 *
 * <p>Here one thread of this server runs the timers, and work Milo submits from that thread runs on it at once:
 * one wake-up per tick. That work is short (gathering a subscription's notifications, sampling a value in memory);
 * everything else Milo submits (service requests from the network) goes to Milo's shared executor as before,
 * except what a caller runs through {@link #inline} (Publish requests, {@link InlinePublishRequests}).</p>
 */
public final class ServerTimers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTimers.class);

    /** Set while a caller runs work through {@link #inline}: what it hands to the executor runs on its thread. */
    private final ThreadLocal<Boolean> inline = new ThreadLocal<>();
    private final ScheduledThreadPoolExecutor timers;
    private volatile Thread timerThread;
    private final ExecutorService executor;

    /** @param name the server's name, in the thread's name */
    public ServerTimers(String name) {
        timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "fieldbridge-opcua-timers-" + name);
            thread.setDaemon(true);
            timerThread = thread;
            return thread;
        });
        timers.setRemoveOnCancelPolicy(true); // a publishing timer is cancelled at every subscription change
        executor = new TimerThreadFirst(Stack.sharedExecutor());
    }

    /** @return the scheduler for Milo's configuration */
    public ScheduledExecutorService scheduler() {
        return timers;
    }

    /** @return the executor for Milo's configuration */
    public ExecutorService executor() {
        return executor;
    }

    /**
     * Calls {@code call} so that the work it hands to {@link #executor()} runs on the calling thread, before the
     * call returns (for requests that cannot block: {@link InlinePublishRequests}).
     */
    public <T> T inline(java.util.function.Supplier<T> call) {
        inline.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            inline.remove();
        }
    }

    /** Stops the timer thread (after the server has shut down); the shared executor stays Milo's. */
    @Override
    public void close() {
        timers.shutdownNow();
    }

    /** Runs what the timer thread submits on that thread; everything else on {@code others}. */
    private final class TimerThreadFirst extends AbstractExecutorService {

        private final ExecutorService others;

        TimerThreadFirst(ExecutorService others) {
            this.others = others;
        }

        @Override
        public void execute(Runnable command) {
            if (Thread.currentThread() == timerThread || inline.get() != null) {
                try {
                    command.run();
                } catch (RuntimeException e) {
                    // as Milo's executor threads report what escapes a task; the timer thread goes on
                    LOG.error("a task of the OPC UA server failed", e);
                }
            } else {
                others.execute(command);
            }
        }

        // Milo never shuts its configured executor down; the shared one is not this server's to stop
        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return others.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return others.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return others.awaitTermination(timeout, unit);
        }
    }
}
