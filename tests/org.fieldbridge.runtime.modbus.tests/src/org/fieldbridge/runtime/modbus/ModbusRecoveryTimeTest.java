/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static org.fieldbridge.tests.support.Waiting.waitingFor;

/**
 * How long after a Modbus device comes back its values are Good again, measured against a real j2mod slave on
 * 127.0.0.1 that stops and restarts on the same port. The bound is the backoff cap (the longest wait between two
 * connection attempts) plus one poll period (attempts are made at poll ticks) plus a margin for a loaded machine.
 */
@Timeout(60)
class ModbusRecoveryTimeTest {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Duration MARGIN = Duration.ofMillis(1000);

    private final LoopbackSlave slave = new LoopbackSlave(1);
    private ModbusPoller poller;

    @AfterEach
    void close() {
        if (poller != null) {
            poller.close();
        }
        slave.close();
    }

    @Test
    @DisplayName("with the default 2 s cap, a device down for 8 s is Good again within cap + poll period + margin after it restarts")
    void theDefaultCapBoundsTheRecoveryTime() throws Exception {
        Duration recovery = downAndBack(BackoffPolicy.DEFAULT, Duration.ofSeconds(8));
        Duration bound = BackoffPolicy.DEFAULT_MAX_DELAY.plus(POLL).plus(MARGIN);
        // with the former 30 s cap the attempts after 8 s of outage were 6.2..7.75 s and 12.6..15.75 s after it
        // began: the first Good value came at least 4.6 s after the restart
        assertTrue(recovery.compareTo(bound) <= 0, "Good again " + recovery.toMillis() + " ms after the restart, bound "
                + bound.toMillis() + " ms");
    }

    @Test
    @DisplayName("a configured cap of 500 ms brings the values back within 500 ms + poll period + margin")
    void aConfiguredCapBoundsTheRecoveryTime() throws Exception {
        Duration cap = Duration.ofMillis(500);
        Duration recovery = downAndBack(BackoffPolicy.DEFAULT.withMax(cap), Duration.ofSeconds(4));
        Duration bound = cap.plus(POLL).plus(MARGIN);
        assertTrue(recovery.compareTo(bound) <= 0, "Good again " + recovery.toMillis() + " ms after the restart, bound "
                + bound.toMillis() + " ms");
    }

    /** @return the time from the slave's restart to the first Good sample of the new value */
    private Duration downAndBack(BackoffPolicy backoff, Duration outage) throws Exception {
        slave.holding(0, 42).start();
        AtomicLong firstGoodAfterRestart = new AtomicLong();
        poller = new ModbusPoller(slave.connection().withPollPeriod(POLL).withTimeouts(TIMEOUT, TIMEOUT)
                .withBackoff(backoff), List.of(ModbusTag.of("count", TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 0,
                        DataType.UINT16))), (tag, sample) -> {
                            if (sample.quality().isGood() && Integer.valueOf(43).equals(sample.value())) {
                                firstGoodAfterRestart.compareAndSet(0, System.nanoTime());
                            }
                        });
        poller.start();
        waitingFor("a first Good value").atMost(Duration.ofSeconds(5))
                .until(() -> poller.latest("count").quality().isGood());

        slave.stop();
        waitingFor("Bad after the slave stopped").atMost(Duration.ofSeconds(3))
                .until(() -> poller.latest("count").quality().isBad());
        Thread.sleep(outage.toMillis());
        slave.setHolding(0, 43);
        long restarted = System.nanoTime();
        slave.start();
        waitingFor("a Good value after the restart").atMost(Duration.ofSeconds(20))
                .until(() -> firstGoodAfterRestart.get() != 0);
        return Duration.ofNanos(firstGoodAfterRestart.get() - restarted);
    }
}
