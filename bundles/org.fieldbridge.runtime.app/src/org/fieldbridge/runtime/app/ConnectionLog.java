/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.fieldbridge.runtime.diagnostics.ConnectionEvent;
import org.fieldbridge.runtime.diagnostics.ConnectionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the connection changes of one controller for the people reading a plant's log: INFO when it connects
 * and when it is back (with how long it was away), WARN when it is unreachable or lost (with the reason and
 * when the next attempt comes) and for a refused address, DEBUG for each further failed attempt. While a
 * controller stays unreachable a WARN reminder is written at most every {@code reminderEvery} (5 min by
 * default), so a controller down for an hour writes about a dozen lines, not thousands.
 */
final class ConnectionLog implements ConnectionListener {

    static final Duration DEFAULT_REMINDER = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLog.class);

    private final String controller;
    private final Duration reminderEvery;
    private final LongSupplier nanoClock;
    private long downSince;
    private long lastWarning;

    /**
     * @param controller how the log names the controller: {@code PLC4 (Modbus TCP 127.0.0.1:5020)}
     * @param reminderEvery the shortest time between two "still unreachable" lines
     */
    ConnectionLog(String controller, Duration reminderEvery, LongSupplier nanoClock) {
        this.controller = controller;
        this.reminderEvery = reminderEvery;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void onConnectionEvent(ConnectionEvent e) {
        long now = nanoClock.getAsLong();
        switch (e.type()) {
            case CONNECTED -> LOG.info("controller {}: connected", controller);
            case BACK -> LOG.info("controller {}: back after {} ({} failed attempt{})", controller,
                    duration(e.downFor()), e.attempts(), e.attempts() == 1 ? "" : "s");
            case UNREACHABLE -> {
                downSince = now;
                lastWarning = now;
                LOG.warn("controller {}: unreachable: {}; {}", controller, e.reason(), next(e.retryIn()));
            }
            case LOST -> {
                downSince = now;
                lastWarning = now;
                LOG.warn("controller {}: connection lost: {}; {}", controller, e.reason(), next(e.retryIn()));
            }
            case RETRY_FAILED -> {
                LOG.debug("controller {}: attempt {} failed: {}; {}", controller, e.attempts(), e.reason(),
                        next(e.retryIn()));
                if (now - lastWarning >= reminderEvery.toNanos()) {
                    lastWarning = now;
                    LOG.warn("controller {}: still unreachable after {} ({} failed attempts, last: {}); {}", controller,
                            duration(Duration.ofNanos(now - downSince)), e.attempts(), e.reason(), next(e.retryIn()));
                }
            }
            case PROBLEM -> LOG.warn("controller {}: {}", controller, e.reason());
        }
    }

    private static String next(Duration retryIn) {
        return retryIn == null ? "reconnecting" : "reconnecting in " + duration(retryIn);
    }

    /** @return {@code 0.3 s}, {@code 12.4 s}, {@code 3 min 5 s}, {@code 1 h 2 min} */
    static String duration(Duration d) {
        long ms = Math.max(0, d.toMillis());
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
