/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;

/**
 * The OPC UA server's one thread: its network connections and its timers, and the executor Milo hands its work
 * to. On a virtual machine a woken thread costs 0.1–0.2 ms of CPU, which was most of an idle gateway's CPU
 * (docs/performance.md, "Gateway CPU: thread wake-ups"). Milo's defaults wake several threads per publishing
 * tick: its shared scheduler (one thread per core, passing the next deadline between them), the executor it
 * hands the tick to, and the network thread that writes the response.
 *
 * <p>Here a single Netty event loop serves the server's connections and runs its timers, so a publishing tick,
 * the response it writes and a client's next Publish request are handled by one thread, mostly in one wake-up.
 * Work Milo hands to the executor from a timer runs at once on that thread (gathering a subscription's
 * notifications, sampling a value in memory), as does what a caller runs through {@link #inline} (Publish
 * requests, {@link InlinePublishRequests}). Everything else Milo submits (service requests read from the network,
 * which may wait on identity checks or the audit trail's fsync) goes to Milo's shared executor as before.</p>
 *
 * <p>Publishing ticks of clients that ask for intervals of 10 to 100 ms wait for something to publish
 * ({@link PublishingTicks}, told through {@link #changed()}).</p>
 */
public final class ServerTimers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTimers.class);

    /** Set while a timer or a caller of {@link #inline} runs: what it hands to the executor runs on its thread. */
    private final ThreadLocal<Boolean> inline = new ThreadLocal<>();
    private final EventLoopGroup network;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService executor;
    private final PublishingTicks ticks;

    /** @param name the server's name, in the thread's name */
    public ServerTimers(String name) {
        network = new NioEventLoopGroup(1, r -> {
            Thread thread = new Thread(r, "fieldbridge-opcua-" + name);
            thread.setDaemon(true);
            return thread;
        });
        EventLoop loop = network.next();
        ticks = new PublishingTicks(loop, this::inlined);
        scheduler = new InlineTimers(loop);
        executor = new InlineFirst(Stack.sharedExecutor());
    }

    /** Lets the publishing ticks find the subscription each belongs to (the server is made after its scheduler). */
    public void bind(OpcUaServer server) {
        ticks.bind(() -> server.getSubscriptions().values());
    }

    /**
     * Says that a value or an event was delivered to monitored items (any thread; cheap when nothing waits):
     * a publishing tick waiting for something to publish runs now ({@link PublishingTicks}).
     */
    public void changed() {
        ticks.changed();
    }

    /**
     * Says that the calling thread has delivered a batch of values: from now on its deliveries wake a waiting tick
     * at the end of each batch, not at the first value ({@link PublishingTicks#batchDone(boolean)}).
     */
    public void batchDone(boolean cycleDone) {
        ticks.batchDone(cycleDone);
    }

    /** @return the event loop for the server's transport: the same thread as the timers */
    public EventLoopGroup network() {
        return network;
    }

    /** @return the scheduler for Milo's configuration */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** @return the executor for Milo's configuration */
    public ExecutorService executor() {
        return executor;
    }

    /**
     * Calls {@code call} so that the work it hands to {@link #executor()} runs on the calling thread, before the
     * call returns (for requests that cannot block: {@link InlinePublishRequests}).
     */
    public <T> T inline(Supplier<T> call) {
        boolean outer = enterInline();
        try {
            return call.get();
        } finally {
            leaveInline(outer);
        }
    }

    private boolean enterInline() {
        boolean outer = inline.get() == null;
        inline.set(Boolean.TRUE);
        return outer;
    }

    private void leaveInline(boolean outer) {
        if (outer) {
            inline.remove();
        }
    }

    private Runnable inlined(Runnable task) {
        return () -> inline(() -> {
            task.run();
            return null;
        });
    }

    /** {@link #inlined}, then the publishing ticks that were waiting for what the task may have delivered. */
    private Runnable loopWork(Runnable task) {
        Runnable inlinedTask = inlined(task);
        return () -> {
            try {
                inlinedTask.run();
            } finally {
                ticks.afterLoopWork();
            }
        };
    }

    /** Stops the thread (after the server has shut down and closed its connections). */
    @Override
    public void close() {
        network.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** Milo's scheduler: the event loop's timers, each task run with {@link #inline} in effect. */
    private final class InlineTimers extends Unstoppable implements ScheduledExecutorService {

        private final EventLoop loop;

        InlineTimers(EventLoop loop) {
            super(loop);
            this.loop = loop;
        }

        @Override
        public void execute(Runnable command) {
            loop.execute(loopWork(command));
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (PublishingTicks.isPublishingTick(command)) {
                return ticks.schedule(command, unit.toNanos(delay));
            }
            return loop.schedule(loopWork(command), delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            Callable<V> task = () -> {
                boolean outer = enterInline();
                try {
                    return callable.call();
                } finally {
                    leaveInline(outer);
                }
            };
            return loop.schedule(task, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                TimeUnit unit) {
            return loop.scheduleAtFixedRate(loopWork(command), initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return loop.scheduleWithFixedDelay(loopWork(command), initialDelay, delay, unit);
        }
    }

    /** Runs what a timer or an {@link #inline} caller submits on its thread; everything else on {@code others}. */
    private final class InlineFirst extends Unstoppable {

        private final ExecutorService others;

        InlineFirst(ExecutorService others) {
            super(others);
            this.others = others;
        }

        @Override
        public void execute(Runnable command) {
            if (inline.get() != null) {
                try {
                    command.run();
                } catch (RuntimeException e) {
                    // as Milo's executor threads report what escapes a task; the calling thread goes on
                    LOG.error("a task of the OPC UA server failed", e);
                }
            } else {
                others.execute(command);
            }
        }
    }

    /**
     * An executor Milo cannot stop: Milo never shuts its configured executors down, the shared one is not this
     * server's to stop, and the event loop stops with {@link ServerTimers#close()}.
     */
    private abstract static class Unstoppable extends AbstractExecutorService {

        private final ExecutorService underlying;

        Unstoppable(ExecutorService underlying) {
            this.underlying = underlying;
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return underlying.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return underlying.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return underlying.awaitTermination(timeout, unit);
        }
    }
}
