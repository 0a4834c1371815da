/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

/** Where a commissioning connection to a controller stands. */
public enum LinkState {
    /** Not connected (never, or disconnected on request). */
    DISCONNECTED,
    /** Connected: the last connect or request succeeded. */
    CONNECTED,
    /** The last connect or request failed; the last error says why. */
    FAILED
}
