/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.fieldbridge.runtime.diagnostics.ConnectionEvent;
import org.fieldbridge.runtime.diagnostics.ConnectionState;
import org.fieldbridge.runtime.diagnostics.ControllerHealth;
import org.fieldbridge.runtime.diagnostics.HealthSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The connection state machine and statistics of one controller, with injected clocks. */
class ControllerHealthTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ControllerHealth health = new ControllerHealth("PLC4", "Modbus TCP",
            Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC), nanos::get);
    private final List<ConnectionEvent> events = new ArrayList<>();

    ControllerHealthTest() {
        health.addListener(events::add);
    }

    private void advance(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    private List<ConnectionEvent.Type> types() {
        return events.stream().map(ConnectionEvent::type).toList();
    }

    @Test
    @DisplayName("unreachable at start, connected, lost, failed retries, back after the outage with its duration")
    void everyChangeIsOneEvent() {
        health.attempting();
        health.connectFailed("connection refused", Duration.ofMillis(250));
        health.attempting();
        health.connectFailed("connection refused", Duration.ofMillis(500));
        health.attempting();
        health.connected();
        health.connected(); // no change, no event
        health.lost("no answer within 500 ms", Duration.ofMillis(250));
        advance(1200);
        health.attempting();
        health.connectFailed("connection refused", Duration.ofMillis(500));
        advance(800);
        health.attempting();
        health.connected();
        assertEquals(List.of(ConnectionEvent.Type.UNREACHABLE, ConnectionEvent.Type.RETRY_FAILED,
                ConnectionEvent.Type.BACK, ConnectionEvent.Type.LOST, ConnectionEvent.Type.RETRY_FAILED,
                ConnectionEvent.Type.BACK), types());
        ConnectionEvent back = events.get(events.size() - 1);
        assertEquals(Duration.ofMillis(2000), back.downFor(), "from the loss to the reconnect");
        assertEquals(1, back.attempts());
        HealthSnapshot s = health.snapshot();
        assertEquals(ConnectionState.CONNECTED, s.state());
        assertEquals(4, s.reconnects(), "attempts after the first");
        assertEquals("connection refused", s.lastError());
    }

    @Test
    @DisplayName("a controller that answers at once is CONNECTED without a BACK; a refused address is a PROBLEM")
    void firstConnectionAndProblems() {
        health.attempting();
        health.connected();
        health.problem("illegal data address at holding 40020 (unit 1)");
        assertEquals(List.of(ConnectionEvent.Type.CONNECTED, ConnectionEvent.Type.PROBLEM), types());
        assertEquals(ConnectionState.CONNECTED, health.snapshot().state());
        assertEquals(0, health.snapshot().reconnects());
        assertEquals("illegal data address at holding 40020 (unit 1)", health.snapshot().lastError());
    }

    @Test
    @DisplayName("cycle p99 over the last 200 cycles, request rate over the last 10 complete seconds, failed requests")
    void statistics() {
        assertNull(health.snapshot().lastCycle());
        assertNull(health.snapshot().cycleP99());
        for (int i = 1; i <= 300; i++) {
            health.cycle(Duration.ofMillis(i <= 100 ? 1000 : i % 60 == 0 ? 50 : 10));
        }
        // the window holds cycles 101..300 (the 1 s ones have left it): 196 of 10 ms and 4 of 50 ms
        assertEquals(Duration.ofMillis(50), health.snapshot().lastCycle());
        assertEquals(Duration.ofMillis(50), health.snapshot().cycleP99(), "more than 1 % above 10 ms");
        for (int i = 0; i < 200; i++) {
            health.cycle(Duration.ofMillis(10));
        }
        assertEquals(Duration.ofMillis(10), health.snapshot().cycleP99(), "the window slides");
        for (int second = 0; second < 12; second++) {
            for (int i = 0; i < 20; i++) {
                health.request(i == 0);
            }
            advance(1000);
        }
        assertEquals(20.0, health.snapshot().requestsPerSecond(), 1e-9);
        assertEquals(12, health.snapshot().failedRequests());
        health.stopped();
        assertEquals(ConnectionState.STOPPED, health.snapshot().state());
    }
}
