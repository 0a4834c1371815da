/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.SampleSink;
import org.fieldbridge.runtime.conditioning.SignalConditioner;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.reconnect.ReconnectSchedule;
import org.fieldbridge.runtime.register.AdaptivePollPlan;
import org.fieldbridge.runtime.register.BlockIsolation;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.PollCost;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlan;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * Polls the tags of one Modbus TCP device on a thread of its own, so that a slow or dead device never
 * delays another one.
 *
 * <p>Each cycle executes the current blocks of an {@link AdaptivePollPlan}. A block refused with exception 02 is
 * split until the refused addresses are isolated ({@link BlockIsolation}); the addresses learned that way are
 * never read together with others again, for the life of the poller (a hole costs its exceptions once; a value
 * the device refuses is read alone, and becomes Good as soon as the device is reconfigured to answer it). With
 * gaps by cost (the default, {@link PollLimits#gapsByCost()}) the poller times every answered request, and
 * re-plans when the measured round trip and time per register move the gap worth bridging. Values of refused
 * blocks get the Bad quality of their exception code; the others stay Good. When a request gets no answer within the response timeout, or the
 * connection fails, the connection is closed, every tag of the device keeps its last value with
 * Bad_Timeout or Bad_CommunicationError, and reconnect attempts follow the {@link ReconnectSchedule}.
 * Status changes are stamped with the time they were detected (OPC UA Part 4, DataValue: the source
 * timestamp is when the value or the status changed).</p>
 */
public final class ModbusPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ModbusPoller.class.getName());

    /** Counters of a poller, for tests, diagnostics and the commissioning view. */
    public record Statistics(long cycles, long requests, boolean connected, int reconnectFailures) {
    }

    private final ModbusConnection connection;
    private final AdaptivePollPlan plan;
    private final Map<TagAddress, List<Signal>> signals = new LinkedHashMap<>();
    /** The signals by tag name, for {@link #confirmedAt}; filled by the constructor, read-only after it. */
    private final Map<String, Signal> byName = new HashMap<>();
    /**
     * The signals of each block's values, in the block's order, looked up once per block instead of once per
     * value and cycle (at 10,000 tags and a 100 ms poll, 100,000 map lookups a second); poller thread only.
     */
    private final Map<RegisterBlock, BlockRoute> routes = new IdentityHashMap<>();
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();
    private final SampleSink sink;
    private final DeviceTransport transport;
    private final ReconnectSchedule reconnect;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final ControllerHealth health;
    /** Addresses reported as refused, so that each is reported once, not every cycle. */
    private final Set<String> refusedAddresses = new HashSet<>();
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean connected;
    private ScheduledExecutorService executor;

    /**
     * @param connection the device connection
     * @param tags its tags (names must be unique)
     * @param sink receives every sample reported after conditioning, on the poller's thread
     */
    public ModbusPoller(ModbusConnection connection, List<ModbusTag> tags, SampleSink sink) {
        this(connection, tags, sink, ControllerHealth.of(connection.toString(), "Modbus TCP"));
    }

    /**
     * @param health where the connection state and the statistics of this device are kept (its listeners
     *        hear every connection change)
     */
    public ModbusPoller(ModbusConnection connection, List<ModbusTag> tags, SampleSink sink, ControllerHealth health) {
        this(connection, tags, sink, new J2modTransport(connection), System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC(), health);
    }

    ModbusPoller(ModbusConnection connection, List<ModbusTag> tags, SampleSink sink, DeviceTransport transport,
            LongSupplier nanoClock, DoubleSupplier random, Clock clock) {
        this(connection, tags, sink, transport, nanoClock, random, clock,
                new ControllerHealth(connection.toString(), "Modbus TCP", clock, nanoClock));
    }

    ModbusPoller(ModbusConnection connection, List<ModbusTag> tags, SampleSink sink, DeviceTransport transport,
            LongSupplier nanoClock, DoubleSupplier random, Clock clock, ControllerHealth health) {
        this.connection = Objects.requireNonNull(connection);
        this.sink = Objects.requireNonNull(sink);
        this.transport = Objects.requireNonNull(transport);
        this.clock = clock;
        this.nanoClock = nanoClock;
        this.health = Objects.requireNonNull(health);
        this.reconnect = new ReconnectSchedule(connection.backoff(), nanoClock, random);
        Instant now = clock.instant();
        for (ModbusTag tag : tags) {
            if (latest.putIfAbsent(tag.name(), new Sample(null, Quality.BAD_WAITING_FOR_INITIAL_DATA, now, now)) != null) {
                throw new IllegalArgumentException("tag " + tag.name() + " is defined twice");
            }
            Signal signal = new Signal(tag);
            byName.put(tag.name(), signal);
            signals.computeIfAbsent(tag.address(), a -> new ArrayList<>()).add(signal);
        }
        this.plan = new AdaptivePollPlan(signals.keySet(), connection.limits());
    }

    /** Starts polling at the connection's poll period on a daemon thread of this device. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fieldbridge-modbus-" + connection);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::pollOnce, 0, connection.pollPeriod().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops polling (waiting at most the response timeout for a cycle in progress) and closes the connection. */
    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(connection.responseTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        transport.close();
        connected = false;
        health.stopped();
    }

    /** @return the connection state and statistics of this device */
    public ControllerHealth health() {
        return health;
    }

    /** @return the last sample reported for {@code tag}, or null for an unknown tag */
    public Sample latest(String tag) {
        return latest.get(tag);
    }

    /**
     * @return when the device last answered for {@code tag} (a read of its register, also one that returned the
     *         same value or a refusal), or null if it never did or the tag is unknown; a lost connection confirms
     *         nothing. Kept by the poller rather than sent to the sink for every value of every cycle.
     */
    public Instant confirmedAt(String tag) {
        Signal signal = byName.get(tag);
        return signal == null ? null : signal.confirmedAt;
    }

    /** @return the plan the poller started with (before any block was split or the cost was measured) */
    public PollPlan plan() {
        return plan.initial();
    }

    /** @return the blocks the next cycle will read (learned holes and the measured cost included) */
    public List<RegisterBlock> currentBlocks() {
        return plan.blocks();
    }

    /** @return the limits the current blocks were planned with: with gaps by cost, the gaps measured worthwhile */
    public PollLimits plannedLimits() {
        return plan.plannedLimits();
    }

    /** @return the device's round trip and time per register as measured so far (empty until measured) */
    public Optional<PollCost> measuredCost() {
        return plan.cost();
    }

    public Statistics statistics() {
        return new Statistics(cycles.get(), requests.get(), connected, reconnect.failures());
    }

    /** One poll cycle; runs on the poller's thread (or the caller's in tests that do not start it). */
    void pollOnce() {
        try {
            cycle();
        } catch (RuntimeException e) {
            // never let one bad cycle end the scheduled polling
            LOG.log(System.Logger.Level.ERROR, "poll cycle of " + connection + " failed", e);
            disconnect(Quality.BAD.withDetail("internal error: " + e), "internal error: " + e.getMessage());
        } finally {
            cycles.incrementAndGet();
            sink.cycleDone();
        }
    }

    private void cycle() {
        if (!connected) {
            if (!reconnect.mayAttempt()) {
                return;
            }
            health.attempting();
            try {
                transport.connect();
                connected = true;
                reconnect.succeeded();
                health.connected();
            } catch (IOException e) {
                Duration retryIn = reconnect.failed();
                String reason = FailureReason.ofConnect(e, connection);
                markAll(qualityOf(e, reason));
                health.connectFailed(reason, retryIn);
                return;
            }
        }
        long started = nanoClock.getAsLong();
        for (RegisterBlock block : plan.blocks()) {
            List<BlockIsolation.Leaf> leaves;
            try {
                leaves = BlockIsolation.read(block, this::request);
            } catch (IOException e) {
                health.request(true);
                String reason = FailureReason.ofRequest(e, connection);
                disconnect(qualityOf(e, reason), reason);
                return;
            }
            Instant now = clock.instant();
            for (BlockIsolation.Leaf leaf : leaves) {
                publish(leaf, now);
            }
            sink.batchDone();
            plan.read(leaves);
        }
        plan.cycleEnded();
        health.cycle(Duration.ofNanos(nanoClock.getAsLong() - started));
    }

    private BlockOutcome request(RegisterBlock block) throws IOException {
        requests.incrementAndGet();
        long sent = nanoClock.getAsLong();
        BlockOutcome outcome = transport.read(block); // an IOException is counted by the caller
        boolean refused = outcome instanceof BlockOutcome.Refused;
        if (!refused) {
            plan.answered(block, nanoClock.getAsLong() - sent);
        }
        health.request(refused);
        return outcome;
    }

    /** Closes the connection after a failed request; the health's listeners say so (the poller does not log it). */
    private void disconnect(Quality quality, String reason) {
        transport.close();
        LOG.log(System.Logger.Level.DEBUG, "lost " + connection + ": " + quality);
        connected = false;
        Duration retryIn = reconnect.failed();
        markAll(quality);
        health.lost(reason, retryIn);
    }

    private void publish(BlockIsolation.Leaf leaf, Instant now) {
        RegisterBlock block = leaf.block();
        BlockRoute route = route(block);
        List<TagAddress> addresses = block.tags();
        if (leaf.outcome() instanceof BlockOutcome.Data data) {
            for (int i = 0; i < route.signals.length; i++) {
                TagAddress address = addresses.get(i);
                int words = route.packedWords[i];
                long packed = words > 0 ? BlockRoute.pack(data, address.offset() - block.start(), words) : 0;
                Object raw = null;
                for (Signal signal : route.signals[i]) {
                    if (words <= 0 || !signal.repeats(packed)) {
                        if (raw == null) {
                            raw = block.decode(address, data);
                        }
                        signal.reportGood(raw, words > 0, packed, now);
                    }
                    signal.confirmedAt = now;
                }
            }
        } else if (leaf.outcome() instanceof BlockOutcome.Refused refused) {
            Quality quality = refused.quality();
            for (int i = 0; i < route.signals.length; i++) {
                TagAddress address = addresses.get(i);
                String where = FailureReason.ofRefusal(refused.code(), address.area(), address.offset(), address.unitId());
                if (refusedAddresses.add(where)) {
                    health.problem(where);
                }
                for (Signal signal : route.signals[i]) {
                    signal.report(signal.lastRaw(quality, now));
                    signal.confirmedAt = now; // the device answered: its refusal is current
                }
            }
        }
    }

    /**
     * @return the block's signals; blocks are kept by identity (the plan's blocks live until it re-plans,
     *         isolation makes new ones), so the table is emptied when it outgrows the plan
     */
    private BlockRoute route(RegisterBlock block) {
        BlockRoute route = routes.get(block);
        if (route == null) {
            if (routes.size() > 4 * plan.blocks().size() + 64) {
                routes.clear();
            }
            route = new BlockRoute(block, signals);
            routes.put(block, route);
        }
        return route;
    }

    /**
     * The signals of each of a block's values, and how many registers of each value fit one long, so that a
     * value read again unchanged is recognised by its registers without decoding it (most registers repeat
     * their value from one poll to the next).
     */
    private static final class BlockRoute {

        final Signal[][] signals;
        /** Per value: the registers packed into a long (1..4), 1 for a bit, 0 for a value too long to pack. */
        final int[] packedWords;

        BlockRoute(RegisterBlock block, Map<TagAddress, List<Signal>> signalsByAddress) {
            List<TagAddress> addresses = block.tags();
            signals = new Signal[addresses.size()][];
            packedWords = new int[addresses.size()];
            for (int i = 0; i < signals.length; i++) {
                TagAddress address = addresses.get(i);
                signals[i] = signalsByAddress.get(address).toArray(new Signal[0]);
                int quantity = address.quantity();
                packedWords[i] = quantity <= Long.SIZE / 16 ? quantity : 0;
            }
        }

        /** @return the {@code words} registers (or the bit) at {@code index}, as one number */
        static long pack(BlockOutcome.Data data, int index, int words) {
            if (data instanceof BlockOutcome.Registers registers) {
                int[] values = registers.words();
                long packed = 0;
                for (int k = 0; k < words; k++) {
                    packed = packed << 16 | values[index + k];
                }
                return packed;
            }
            return ((BlockOutcome.Bits) data).bits()[index] ? 1 : 0;
        }
    }

    private void markAll(Quality quality) {
        Instant now = clock.instant();
        for (List<Signal> list : signals.values()) {
            for (Signal signal : list) {
                signal.report(signal.lastRaw(quality, now));
            }
        }
    }

    /** @param reason why, in plant words: the quality's detail (never the socket library's text) */
    private static Quality qualityOf(IOException e, String reason) {
        return e instanceof SocketTimeoutException ? Quality.BAD_TIMEOUT.withDetail(reason)
                : Quality.BAD_COMMUNICATION_ERROR.withDetail(reason);
    }

    /** One tag's conditioning state and last raw value; touched by the poller's thread only. */
    private final class Signal {

        private final ModbusTag tag;
        private final SignalConditioner conditioner;
        private Object lastRawValue;
        /**
         * When the device last answered for this signal; written by the poller's thread, read by others (the live
         * view). Volatile so that a reader sees the latest: on x86 a store with a fence, ~10 ns per value and cycle.
         */
        private volatile Instant confirmedAt;
        /** Whether the last raw sample was Good: then an equal Good value cannot change what was reported. */
        private boolean lastRawGood;
        /** The registers of the last Good value packed into one number, when they fit ({@link BlockRoute#pack}). */
        private long lastPacked;
        private boolean lastPackedKnown;

        Signal(ModbusTag tag) {
            this.tag = tag;
            this.conditioner = new SignalConditioner(tag.conditioning());
        }

        /** @return the last raw value read (null if none) with a new quality, stamped now */
        Sample lastRaw(Quality quality, Instant now) {
            return new Sample(lastRawValue, quality, now, now);
        }

        /**
         * @return whether a Good value whose registers pack to {@code packed} repeats the last Good one: then it
         *         cannot change what was reported (conditioning is a function of the raw value and quality)
         */
        boolean repeats(long packed) {
            return lastRawGood && lastPackedKnown && lastPacked == packed;
        }

        /**
         * A Good value read from the device. Most registers repeat their value from one poll to the next;
         * conditioning is a function of the raw value and quality, so a repeat of a Good value after a Good
         * one would only be dropped by the conditioner: it is dropped here, before two samples are made for it
         * (at 10,000 tags, 100,000 per second).
         */
        void reportGood(Object raw, boolean packs, long packed, Instant now) {
            lastPackedKnown = packs;
            lastPacked = packed;
            if (lastRawGood && Objects.equals(raw, lastRawValue)) {
                return;
            }
            report(new Sample(raw, Quality.GOOD, now, now));
        }

        void report(Sample raw) {
            lastRawGood = raw.quality().isGood();
            if (lastRawGood) {
                lastRawValue = raw.value();
            }
            Sample reported = conditioner.condition(raw);
            if (reported != null) {
                latest.put(tag.name(), reported);
                sink.accept(tag.name(), reported);
            }
        }
    }
}
