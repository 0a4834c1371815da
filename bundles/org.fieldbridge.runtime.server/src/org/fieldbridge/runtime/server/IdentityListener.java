/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/**
 * Told every user identity the server accepted or refused when a session was activated (for an audit trail,
 * IEC 62443-4-2 CR 2.8). Called on the server's thread: return quickly. No password or token is ever passed.
 */
public interface IdentityListener {

    /** The listener that ignores everything (the default). */
    IdentityListener NONE = new IdentityListener() {
    };

    /** A session was activated with this identity. */
    default void accepted(IdentityDecision decision) {
    }

    /** A session activation was refused; {@link IdentityDecision#statusCode()} is what the client got. */
    default void refused(IdentityDecision decision) {
    }
}
