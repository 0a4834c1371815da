/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import java.util.Optional;

/**
 * How a write attempt ended; every attempt is in the audit log.
 *
 * @param result written, refused, failed or cancelled
 * @param message in plant words: why it was refused or failed, or what reads back after writing
 * @param confirmation what was (or would have been) written; empty when it was refused before the old value was read
 */
public record WriteOutcome(Result result, String message, Optional<WriteConfirmation> confirmation) {

    /** The ways an attempt ends. */
    public enum Result {
        /** The controller confirmed the write. */
        WRITTEN,
        /** Not sent: writes are off for the connection, the address is read-only, or the value is not allowed. */
        REFUSED,
        /** Sent, but the controller refused it or did not answer. */
        FAILED,
        /** The person did not confirm it. */
        CANCELLED
    }

    /** @return whether the value was written */
    public boolean written() {
        return result == Result.WRITTEN;
    }

    /** @return e.g. {@code refused: writing to PLC4 is not enabled ...} */
    public String describe() {
        return result.name().toLowerCase(java.util.Locale.ROOT) + (message.isEmpty() ? "" : ": " + message);
    }
}
