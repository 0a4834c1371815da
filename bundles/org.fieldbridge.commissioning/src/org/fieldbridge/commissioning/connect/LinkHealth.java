/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fieldbridge.commissioning.Controller;

/**
 * What {@link ModbusLink} and {@link OpcUaLink} remember of their connection for {@link LinkStatus}: the state,
 * the last round trip, and the last error with the time it happened. Kept in one place so both protocols report
 * alike; the last error outlives a disconnect, so the engineer still sees why the previous attempt failed.
 */
final class LinkHealth {

    private final Controller controller;
    private final Clock clock;
    private LinkState state = LinkState.DISCONNECTED;
    private Duration roundTrip = Duration.ZERO;
    private String lastError;
    private Instant lastErrorAt;

    /**
     * @param controller the controller, for the status's name and place
     * @param clock      when errors happened
     */
    LinkHealth(Controller controller, Clock clock) {
        this.controller = controller;
        this.clock = clock;
    }

    /** The connection is open; {@code setUp} is how long opening it took. */
    void connected(Duration setUp) {
        roundTrip = setUp;
        state = LinkState.CONNECTED;
    }

    /** A request was answered in {@code time}. */
    void answered(Duration time) {
        roundTrip = time;
    }

    /** The connection was closed on purpose; a failed state stays failed. */
    void disconnected() {
        if (state == LinkState.CONNECTED) {
            state = LinkState.DISCONNECTED;
        }
    }

    /** Connecting or a request failed, for the reason {@code why} in plant words. */
    void failed(String why) {
        state = LinkState.FAILED;
        lastError = why;
        lastErrorAt = clock.instant();
    }

    /** @return the state, last round trip and last error */
    LinkStatus status() {
        return new LinkStatus(controller.name(), controller.where(), state, roundTrip, lastError, lastErrorAt);
    }
}
