/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Started pollers (one thread per device) against loopback devices that fail. */
@Timeout(60)
class ModbusPollerFaultTest {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(300);
    /** How often a wait looks again: fine enough to time how fast a fault is detected. */
    private static final Duration TICK = Duration.ofMillis(10);
    private static final BackoffPolicy FAST_BACKOFF = new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(800), 2.0, 0.2);

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private static List<ModbusTag> tags() {
        return List.of(ModbusTag.of("a", TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 0, DataType.UINT16)),
                ModbusTag.of("b", TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 1, DataType.INT16)));
    }

    private ModbusPoller start(ModbusConnection connection, AtomicInteger reports) {
        ModbusPoller poller = new ModbusPoller(connection.withPollPeriod(POLL).withTimeouts(RESPONSE_TIMEOUT, RESPONSE_TIMEOUT)
                .withBackoff(FAST_BACKOFF), tags(), (tag, sample) -> reports.incrementAndGet());
        closeables.add(0, poller);
        poller.start();
        return poller;
    }

    @Test
    @DisplayName("a stopped slave turns the tags Bad within the timeout, keeping the last value, and they recover after a restart")
    void aStoppedSlaveGoesBadAndRecovers() throws Exception {
        LoopbackSlave slave = new LoopbackSlave(1);
        closeables.add(slave);
        slave.holding(0, 42, 0xFFFF).start();
        ModbusPoller poller = start(slave.connection(), new AtomicInteger());
        waitingFor("tag a Good").atMost(Duration.ofSeconds(5)).pollInterval(TICK)
                .untilAsserted(() -> assertTrue(good(poller, "a"), () -> poller.latest("a").toString()));
        assertEquals(-1, poller.latest("b").value());

        slave.stop();
        long stopped = System.nanoTime();
        waitingFor("tag a Bad").atMost(Duration.ofSeconds(3)).pollInterval(TICK)
                .untilAsserted(() -> assertTrue(poller.latest("a").quality().isBad(), () -> poller.latest("a").toString()));
        Duration detected = Duration.ofNanos(System.nanoTime() - stopped);
        Sample bad = poller.latest("a");
        assertTrue(bad.quality().is(Quality.BAD_COMMUNICATION_ERROR) || bad.quality().is(Quality.BAD_TIMEOUT), bad.toString());
        assertEquals(42, bad.value(), "the last value is kept");
        assertTrue(detected.compareTo(POLL.plus(RESPONSE_TIMEOUT).plus(Duration.ofMillis(1000))) < 0, "detected after " + detected);
        waitingFor("two failed reconnects").atMost(Duration.ofSeconds(3)).pollInterval(TICK).untilAsserted(
                () -> assertTrue(poller.statistics().reconnectFailures() >= 2, () -> poller.statistics().toString()));

        slave.setHolding(0, 43);
        slave.start();
        waitingFor("tag a Good with 43").atMost(Duration.ofSeconds(5)).pollInterval(TICK).untilAsserted(() -> assertTrue(
                good(poller, "a") && Integer.valueOf(43).equals(poller.latest("a").value()), () -> poller.latest("a").toString()));
        assertTrue(poller.statistics().connected());
        assertEquals(0, poller.statistics().reconnectFailures(), "a success resets the backoff");
    }

    @Test
    @DisplayName("a dead device does not slow down another device polled at the same time")
    void aDeadDeviceDoesNotDelayAnother() throws Exception {
        LoopbackSlave slave = new LoopbackSlave(1);
        closeables.add(slave);
        slave.holding(0, 1, 2).start();
        SilentDevice silent = new SilentDevice();
        closeables.add(silent);
        ModbusPoller dead = start(ModbusConnection.to(LoopbackSlave.ADDRESS, silent.port()), new AtomicInteger());
        ModbusPoller healthy = start(slave.connection(), new AtomicInteger());
        waitingFor("the healthy device's tag a Good").atMost(Duration.ofSeconds(5)).pollInterval(TICK)
                .untilAsserted(() -> assertTrue(good(healthy, "a"), () -> healthy.latest("a").toString()));

        long cyclesBefore = healthy.statistics().cycles();
        long requestsBefore = healthy.statistics().requests();
        Thread.sleep(2000);
        long cycles = healthy.statistics().cycles() - cyclesBefore;
        long requests = healthy.statistics().requests() - requestsBefore;

        // 2 s at 100 ms is 20 cycles; allow for a loaded build machine, but far above the 5 or so the
        // dead device's timeouts would leave if they shared a thread
        assertTrue(cycles >= 14, cycles + " cycles in 2 s");
        assertTrue(requests >= 14, requests + " requests in 2 s");
        assertTrue(good(healthy, "a") && good(healthy, "b"));
        waitingFor("the dead device's tag a Bad_Timeout").atMost(Duration.ofSeconds(3)).pollInterval(TICK).untilAsserted(
                () -> assertTrue(dead.latest("a").quality().is(Quality.BAD_TIMEOUT), () -> dead.latest("a").toString()));
        assertTrue(dead.latest("b").quality().isBad());
    }

    @Test
    @DisplayName("a slow device that answers within its timeout but slower than its poll period does not slow another")
    void aSlowDeviceDoesNotDelayAnother() throws Exception {
        LoopbackSlave slow = new LoopbackSlave(1, Duration.ofMillis(250));
        closeables.add(slow);
        slow.holding(0, 5, 6).start();
        LoopbackSlave fast = new LoopbackSlave(1);
        closeables.add(fast);
        fast.holding(0, 1, 2).start();
        ModbusPoller slowPoller = new ModbusPoller(slow.connection().withPollPeriod(POLL)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), tags(), (t, s) -> { });
        closeables.add(0, slowPoller);
        slowPoller.start();
        ModbusPoller fastPoller = start(fast.connection(), new AtomicInteger());
        waitingFor("both devices' tag a Good").atMost(Duration.ofSeconds(5)).pollInterval(TICK).untilAsserted(() -> assertTrue(
                good(slowPoller, "a") && good(fastPoller, "a"), () -> slowPoller.latest("a") + " / " + fastPoller.latest("a")));

        long slowBefore = slowPoller.statistics().requests();
        long fastBefore = fastPoller.statistics().requests();
        Thread.sleep(2000);
        long slowRequests = slowPoller.statistics().requests() - slowBefore;
        long fastRequests = fastPoller.statistics().requests() - fastBefore;
        assertTrue(slowRequests <= 10, slowRequests + " requests of the slow device in 2 s");
        assertTrue(fastRequests >= 14, fastRequests + " requests of the fast device in 2 s");
        assertTrue(good(slowPoller, "a"), "slow but answering within the timeout is Good");
    }

    private static boolean good(ModbusPoller poller, String tag) {
        return poller.latest(tag).quality().isGood();
    }
}
