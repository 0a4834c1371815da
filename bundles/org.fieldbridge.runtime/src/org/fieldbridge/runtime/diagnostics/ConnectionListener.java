/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

/** Receives the connection changes of a controller, on the acquisition's thread: must be quick. */
@FunctionalInterface
public interface ConnectionListener {

    /** @param event the change: what happened to which controller, when and why */
    void onConnectionEvent(ConnectionEvent event);
}
