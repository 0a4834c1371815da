/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.fieldbridge.commissioning.Controller;
import org.junit.jupiter.api.Test;

class LinkHealthTest {

    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    private static final Controller.Modbus PLC4 = new Controller.Modbus("PLC4", "127.0.0.1", 5020, 1,
            Duration.ofMillis(500), Duration.ofMillis(500), 125, 0);

    private final LinkHealth health = new LinkHealth(PLC4, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewLinkIsDisconnectedWithoutError() {
        LinkStatus status = health.status();
        assertEquals(new LinkStatus("PLC4", "127.0.0.1:5020 unit 1", LinkState.DISCONNECTED, Duration.ZERO, null, null),
                status);
    }

    @Test
    void theLatestAnswerIsTheRoundTripAndDisconnectingEndsTheConnectedState() {
        health.connected(Duration.ofMillis(7));
        health.answered(Duration.ofMillis(3));
        assertEquals(LinkState.CONNECTED, health.status().state());
        assertEquals(Duration.ofMillis(3), health.status().roundTrip());
        health.disconnected();
        assertEquals(LinkState.DISCONNECTED, health.status().state());
        assertNull(health.status().lastError());
    }

    @Test
    void aFailureStaysVisibleAfterDisconnectingWithTheTimeItHappened() {
        health.connected(Duration.ofMillis(7));
        health.failed("connection refused");
        health.disconnected();
        LinkStatus status = health.status();
        assertEquals(LinkState.FAILED, status.state());
        assertEquals("connection refused", status.lastError());
        assertEquals(NOW, status.lastErrorAt());
    }
}
