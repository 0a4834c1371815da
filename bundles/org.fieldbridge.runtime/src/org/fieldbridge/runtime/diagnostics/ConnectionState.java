/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

import java.util.Locale;

/** Where the connection to one controller stands. */
public enum ConnectionState {
    /** Not connected yet since the start: the first attempts are being made. */
    CONNECTING,
    /** Connected: values are being read or received. */
    CONNECTED,
    /** The connection was lost or refused after it had worked; reconnect attempts follow the backoff. */
    RECONNECTING,
    /** The acquisition was stopped. */
    STOPPED;

    /** @return the state in the words the live view and the address space show: {@code connected}, ... */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
