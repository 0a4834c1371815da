/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.time.Duration;
import java.util.Objects;

import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.PollLimits;

/**
 * One Modbus TCP device connection: where it is, its timeouts, how often it is polled and what one request
 * may read. Timeouts are mandatory: a device that stops answering must never block its poller for longer
 * than the response timeout.
 *
 * @param host host name or address of the device
 * @param port TCP port (502 by default for Modbus/TCP)
 * @param connectTimeout the longest wait for the TCP connection to be established
 * @param responseTimeout the longest wait for the answer to one request
 * @param pollPeriod the time between the starts of two poll cycles
 * @param limits what one request may read; {@link PollLimits#BY_COST} by default, explicit gaps (a {@code .twin}'s
 *        {@code max gap}, {@code max gap 0} for never reading an unmapped address) are kept as they are
 * @param backoff delays between reconnect attempts
 */
public record ModbusConnection(String host, int port, Duration connectTimeout, Duration responseTimeout,
        Duration pollPeriod, PollLimits limits, BackoffPolicy backoff) {

    public ModbusConnection {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(backoff, "backoff");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 1..65535");
        }
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(responseTimeout, "response timeout");
        requirePositive(pollPeriod, "poll period");
    }

    /**
     * @return a connection with 1 s connect and response timeouts, 1 s poll period, the protocol's request sizes
     *         with gaps by measured cost ({@link PollLimits#BY_COST}) and default backoff
     */
    public static ModbusConnection to(String host, int port) {
        return new ModbusConnection(host, port, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                PollLimits.BY_COST, BackoffPolicy.DEFAULT);
    }

    public ModbusConnection withTimeouts(Duration connect, Duration response) {
        return new ModbusConnection(host, port, connect, response, pollPeriod, limits, backoff);
    }

    public ModbusConnection withPollPeriod(Duration period) {
        return new ModbusConnection(host, port, connectTimeout, responseTimeout, period, limits, backoff);
    }

    public ModbusConnection withLimits(PollLimits newLimits) {
        return new ModbusConnection(host, port, connectTimeout, responseTimeout, pollPeriod, newLimits, backoff);
    }

    public ModbusConnection withBackoff(BackoffPolicy policy) {
        return new ModbusConnection(host, port, connectTimeout, responseTimeout, pollPeriod, limits, policy);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be set (> 0 ms), not " + d);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
