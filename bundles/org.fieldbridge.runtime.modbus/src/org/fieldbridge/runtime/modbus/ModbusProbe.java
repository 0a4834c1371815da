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
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.register.BlockIsolation;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * One Modbus TCP connection opened on demand, for commissioning: read a raw register range, or every value of a
 * list once, the way the poller reads them (the same transport, poll plan, block isolation and codec), and say
 * how long each round trip took; and, for commissioning's confirmed writes only, write holding registers or a coil
 * ({@link #write}). Not thread-safe: one caller at a time.
 */
public final class ModbusProbe implements AutoCloseable {

    /**
     * Why a probe could not connect or read, in plant words ({@code connection refused}, {@code no answer within
     * 500 ms}); never a socket library's exception text.
     */
    public static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Quality quality;

        Failure(String reason, Quality quality) {
            super(reason);
            this.quality = quality;
        }

        /** @return the quality the runtime gives values behind this failure (Bad_Timeout, Bad_CommunicationError) */
        public Quality quality() {
            return quality;
        }
    }

    /**
     * One value as read once.
     *
     * @param raw the decoded raw value (before conditioning); on a refusal null
     * @param words the registers it was decoded from (empty for coils and discrete inputs, or on a refusal)
     * @param quality Good, or the quality of the device's exception response (detail names it)
     * @param at when the answer arrived
     */
    public record Reading(Object raw, int[] words, Quality quality, Instant at) {
    }

    /** Write Multiple Registers takes 1 to 123 registers (Modbus Application Protocol v1.1b3 §6.12). */
    private static final int MAX_WRITE_REGISTERS = 123;

    private final ModbusConnection connection;
    private final DeviceTransport transport;
    private final Clock clock;
    private Duration lastRoundTrip = Duration.ZERO;
    private boolean open;

    private ModbusProbe(ModbusConnection connection, DeviceTransport transport, Clock clock) {
        this.connection = connection;
        this.transport = transport;
        this.clock = clock;
    }

    /**
     * Connects within the connection's connect timeout.
     *
     * @param connection where, and the timeouts
     * @return the open probe; its {@link #lastRoundTrip()} is the time the connection took
     * @throws Failure when the device cannot be reached, with the reason in plant words
     */
    public static ModbusProbe connect(ModbusConnection connection) throws Failure {
        ModbusProbe probe = new ModbusProbe(connection, new J2modTransport(connection), Clock.systemUTC());
        long started = System.nanoTime();
        try {
            probe.transport.connect();
        } catch (IOException e) {
            probe.transport.close();
            String reason = FailureReason.ofConnect(e, connection);
            throw new Failure(reason, quality(e, reason));
        }
        probe.lastRoundTrip = Duration.ofNanos(System.nanoTime() - started);
        probe.open = true;
        return probe;
    }

    /** @return the connection probed */
    public ModbusConnection connection() {
        return connection;
    }

    /** @return whether it is connected (a failed request closes it) */
    public boolean isOpen() {
        return open;
    }

    /** @return the duration of the last request (or of the connection, before the first request) */
    public Duration lastRoundTrip() {
        return lastRoundTrip;
    }

    /**
     * Reads a raw range of one table (one request: at most 125 registers or 2000 bits).
     *
     * @param unitId the unit id
     * @param area the table
     * @param offset the zero-based PDU offset of the first address
     * @param count how many registers or bits
     * @return the words or bits, or the device's exception response
     * @throws Failure when the device does not answer or the connection fails (the probe is then closed)
     */
    public BlockOutcome readRange(int unitId, RegisterArea area, int offset, int count) throws Failure {
        return request(new RegisterBlock(unitId, area, offset, count, List.of()));
    }

    /**
     * Reads every value once, in as few requests as the poller would make (same planner and limits); a block
     * the device refuses with exception 02 is split as the poller splits it, so only the refused values are Bad.
     *
     * @param addresses the values
     * @return each address with its reading, in the order given
     * @throws Failure when the device does not answer or the connection fails (the probe is then closed)
     */
    public Map<TagAddress, Reading> readOnce(Collection<TagAddress> addresses) throws Failure {
        Map<TagAddress, Reading> readings = new LinkedHashMap<>();
        for (TagAddress address : addresses) {
            readings.put(address, null);
        }
        List<RegisterBlock> blocks = new PollPlanner(connection.limits()).plan(readings.keySet()).blocks();
        for (RegisterBlock block : blocks) {
            List<BlockIsolation.Leaf> leaves;
            try {
                leaves = BlockIsolation.read(block, b -> {
                    try {
                        return request(b);
                    } catch (Failure f) {
                        throw new FailedRequest(f);
                    }
                });
            } catch (FailedRequest e) {
                throw e.failure;
            } catch (IOException e) {
                throw new IllegalStateException(e); // request() only throws FailedRequest
            }
            Instant now = clock.instant();
            for (BlockIsolation.Leaf leaf : leaves) {
                for (TagAddress address : leaf.block().tags()) {
                    readings.put(address, reading(leaf, address, now));
                }
            }
        }
        return readings;
    }

    /**
     * Writes register words to holding registers (function 06 for one, 16 for several) or a coil (function 05:
     * one word, 0 or 1). The caller decides whether writing is allowed and encodes the words; this only sends them.
     *
     * @param unitId the unit id
     * @param area {@link RegisterArea#HOLDING_REGISTER} or {@link RegisterArea#COIL}
     * @param offset the zero-based PDU offset of the first register or of the coil
     * @param words the words in address order, as the runtime's codec encodes them
     * @return empty when the device confirmed the write; else why it refused, in plant words
     *         ({@code illegal data address at holding 40021 (unit 1)})
     * @throws Failure when the device does not answer or the connection fails (the probe is then closed)
     * @throws IllegalArgumentException for input registers and discrete inputs, which Modbus cannot write
     */
    public Optional<String> write(int unitId, RegisterArea area, int offset, int[] words) throws Failure {
        if (area != RegisterArea.HOLDING_REGISTER && area != RegisterArea.COIL) {
            throw new IllegalArgumentException(FailureReason.address(area, offset) + " is read-only: Modbus writes only"
                    + " holding registers and coils");
        }
        if (words.length == 0 || (area == RegisterArea.COIL && words.length != 1)
                || words.length > MAX_WRITE_REGISTERS) {
            throw new IllegalArgumentException(words.length + " words cannot be written to " + area + " in one request");
        }
        if (!open) {
            throw new Failure("not connected to " + connection, Quality.BAD_COMMUNICATION_ERROR);
        }
        long started = System.nanoTime();
        try {
            BlockOutcome.Refused refused = transport.write(unitId, area, offset, words.clone());
            lastRoundTrip = Duration.ofNanos(System.nanoTime() - started);
            return refused == null ? Optional.empty()
                    : Optional.of(FailureReason.ofRefusal(refused.code(), area, offset, unitId));
        } catch (IOException e) {
            close();
            String reason = FailureReason.ofRequest(e, connection);
            throw new Failure(reason, quality(e, reason));
        }
    }

    private static Reading reading(BlockIsolation.Leaf leaf, TagAddress address, Instant now) {
        RegisterBlock block = leaf.block();
        if (leaf.outcome() instanceof BlockOutcome.Data) {
            BlockOutcome.Data data = (BlockOutcome.Data) leaf.outcome();
            int[] words = new int[0];
            if (data instanceof BlockOutcome.Registers) {
                int from = address.offset() - block.start();
                words = Arrays.copyOfRange(((BlockOutcome.Registers) data).words(), from, from + address.quantity());
            }
            return new Reading(block.decode(address, data), words, Quality.GOOD, now);
        }
        BlockOutcome.Refused refused = (BlockOutcome.Refused) leaf.outcome();
        String where = FailureReason.ofRefusal(refused.code(), address.area(), address.offset(), address.unitId());
        return new Reading(null, new int[0], refused.quality().withDetail(where), now);
    }

    private BlockOutcome request(RegisterBlock block) throws Failure {
        if (!open) {
            throw new Failure("not connected to " + connection, Quality.BAD_COMMUNICATION_ERROR);
        }
        long started = System.nanoTime();
        try {
            BlockOutcome outcome = transport.read(block);
            lastRoundTrip = Duration.ofNanos(System.nanoTime() - started);
            return outcome;
        } catch (IOException e) {
            close();
            String reason = FailureReason.ofRequest(e, connection);
            throw new Failure(reason, quality(e, reason));
        }
    }

    private static Quality quality(IOException e, String reason) {
        return e instanceof SocketTimeoutException ? Quality.BAD_TIMEOUT.withDetail(reason)
                : Quality.BAD_COMMUNICATION_ERROR.withDetail(reason);
    }

    /** Carries a {@link Failure} through {@link BlockIsolation}'s reader, which may only throw IOException. */
    private static final class FailedRequest extends IOException {

        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        FailedRequest(Failure failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    @Override
    public void close() {
        open = false;
        transport.close();
    }

    @Override
    public String toString() {
        return "probe of " + connection;
    }
}
