/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import java.time.Duration;
import java.time.Instant;

/**
 * What a commissioning engineer sees of one connection.
 *
 * @param connection the .twin connection's name
 * @param where where the controller is, e.g. {@code 127.0.0.1:5020 unit 1}
 * @param state connected, failed or disconnected
 * @param roundTrip the last round trip (connection set-up or request); zero when none yet
 * @param lastError the last error in plant words ({@code connection refused}); null when none
 * @param lastErrorAt when it happened; null when none
 */
public record LinkStatus(String connection, String where, LinkState state, Duration roundTrip, String lastError,
        Instant lastErrorAt) {

    /** @return e.g. {@code PLC4 127.0.0.1:5020 unit 1: connected, 2 ms} or {@code ...: failed: connection refused} */
    public String describe() {
        String text = connection + " " + where + ": " + state.name().toLowerCase(java.util.Locale.ROOT);
        if (state == LinkState.CONNECTED) {
            return text + ", round trip " + roundTrip.toMillis() + " ms";
        }
        return lastError == null ? text : text + ": " + lastError;
    }
}
