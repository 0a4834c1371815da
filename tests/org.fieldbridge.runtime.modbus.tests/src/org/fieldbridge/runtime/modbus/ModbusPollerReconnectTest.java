/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The poller's reconnect behaviour with an injected clock and a scripted transport: no sockets, no sleeping. */
class ModbusPollerReconnectTest {

    private static final BackoffPolicy BACKOFF = new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(800), 2.0, 0.5);

    /** A device that is up or down on command and answers every register with its address + value. */
    private static final class ScriptedTransport implements DeviceTransport {
        boolean reachable;
        IOException nextReadFailure;
        int value = 1;
        int connects;
        int closes;

        @Override
        public void connect() throws IOException {
            connects++;
            if (!reachable) {
                throw new ConnectException("Connection refused");
            }
        }

        @Override
        public BlockOutcome read(RegisterBlock block) throws IOException {
            if (nextReadFailure != null) {
                IOException failure = nextReadFailure;
                nextReadFailure = null;
                throw failure;
            }
            int[] words = new int[block.quantity()];
            java.util.Arrays.fill(words, value);
            return new BlockOutcome.Registers(words);
        }

        @Override
        public void close() {
            closes++;
        }
    }

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final ScriptedTransport device = new ScriptedTransport();
    private final ModbusPoller poller = new ModbusPoller(ModbusConnection.to("127.0.0.1", 1502).withBackoff(BACKOFF),
            List.of(ModbusTag.of("level", TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 0, DataType.UINT16))),
            (tag, sample) -> { }, device, nanos::get, () -> 0.0, Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private void advance(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    private Sample level() {
        return poller.latest("level");
    }

    @Test
    @DisplayName("reconnect attempts wait 100, 200, 400 ms and then stay at the 800 ms cap")
    void reconnectAttemptsBackOffExponentiallyUpToTheCap() {
        poller.pollOnce();
        assertEquals(1, device.connects);
        assertTrue(level().quality().is(Quality.BAD_COMMUNICATION_ERROR), level().toString());
        long[] expectedDelays = { 100, 200, 400, 800, 800, 800 };
        for (long delay : expectedDelays) {
            int before = device.connects;
            advance(delay - 1);
            poller.pollOnce();
            assertEquals(before, device.connects, "no attempt before " + delay + " ms");
            advance(1);
            poller.pollOnce();
            assertEquals(before + 1, device.connects, "an attempt after " + delay + " ms");
        }
        assertEquals(7, poller.statistics().reconnectFailures());
    }

    @Test
    @DisplayName("a device that comes back is read Good at the next allowed attempt and the backoff starts over")
    void aRecoveredDeviceResetsTheBackoff() {
        poller.pollOnce();
        poller.pollOnce();
        device.reachable = true;
        advance(100);
        poller.pollOnce();
        assertTrue(level().quality().isGood());
        assertEquals(0, poller.statistics().reconnectFailures());
        assertTrue(poller.statistics().connected());
    }

    @Test
    @DisplayName("a read timeout closes the connection, keeps the last value as Bad_Timeout and reconnects after the first delay")
    void aReadTimeoutClosesAndKeepsTheLastValue() {
        device.reachable = true;
        device.value = 1234;
        poller.pollOnce();
        assertEquals(1234, level().value());
        device.nextReadFailure = new SocketTimeoutException("Read timed out");
        device.value = 5;
        poller.pollOnce();
        assertTrue(level().quality().is(Quality.BAD_TIMEOUT), level().toString());
        assertEquals(1234, level().value(), "the last value is kept");
        assertTrue(device.closes >= 1, "the half-open connection is closed");
        int connects = device.connects;
        poller.pollOnce();
        assertEquals(connects, device.connects, "no reconnect before the backoff delay");
        advance(100);
        poller.pollOnce();
        assertEquals(connects + 1, device.connects);
        assertEquals(5, level().value());
        assertTrue(level().quality().isGood());
    }

    @Test
    @DisplayName("a connection without timeouts cannot be configured")
    void timeoutsAreMandatory() {
        ModbusConnection c = ModbusConnection.to("127.0.0.1", 502);
        assertThrows(IllegalArgumentException.class, () -> c.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> c.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> c.withTimeouts(null, Duration.ofSeconds(1)));
    }

    @Test
    @DisplayName("an unchanged Good value is reported once, and the same value after a timeout is reported Good again")
    void anUnchangedValueIsReportedOnceAndAgainAfterATimeout() {
        List<Sample> reported = new java.util.ArrayList<>();
        ModbusPoller recorded = new ModbusPoller(ModbusConnection.to("127.0.0.1", 1502).withBackoff(BACKOFF),
                List.of(ModbusTag.of("level", TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 0, DataType.UINT16))),
                (tag, sample) -> reported.add(sample), device, nanos::get, () -> 0.0,
                Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
        device.reachable = true;
        device.value = 77;
        recorded.pollOnce();
        recorded.pollOnce();
        recorded.pollOnce();
        assertEquals(1, reported.size(), reported::toString);
        device.nextReadFailure = new SocketTimeoutException("Read timed out");
        recorded.pollOnce();
        assertTrue(reported.get(1).quality().is(Quality.BAD_TIMEOUT), reported::toString);
        advance(100);
        recorded.pollOnce();
        assertEquals(3, reported.size(), reported::toString);
        assertTrue(reported.get(2).quality().isGood(), reported::toString);
        assertEquals(77, reported.get(2).value());
        recorded.pollOnce();
        assertEquals(3, reported.size(), "the unchanged value is not reported again: " + reported);
    }
}
