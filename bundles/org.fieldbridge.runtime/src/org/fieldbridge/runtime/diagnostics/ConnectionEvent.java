/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

import java.time.Duration;
import java.time.Instant;

/**
 * A change of the connection to one controller, as {@link ControllerHealth} reports it to its listeners.
 *
 * @param controller the controller's name (e.g. {@code PLC4})
 * @param type what happened
 * @param time when it was detected
 * @param reason why a connection failed or was lost, in plant words ("connection refused", "no answer within
 *        500 ms"); null for {@link Type#CONNECTED} and {@link Type#BACK}
 * @param retryIn the delay until the next attempt; null when there is none or the protocol library retries
 * @param downFor for {@link Type#BACK}: how long the controller was unreachable; otherwise null
 * @param attempts failed attempts since the connection last worked (or since the start)
 */
public record ConnectionEvent(String controller, Type type, Instant time, String reason, Duration retryIn,
        Duration downFor, int attempts) {

    /** The kinds of change. */
    public enum Type {
        /** The first connection since the start succeeded. */
        CONNECTED,
        /** The first connection attempt since the start failed. */
        UNREACHABLE,
        /** A working connection was lost. */
        LOST,
        /** Another attempt failed while the controller is unreachable (frequent: log it quietly). */
        RETRY_FAILED,
        /** The connection works again after it was lost or refused. */
        BACK,
        /** The connection is up but part of what is read is refused (an illegal data address, an unknown node). */
        PROBLEM
    }
}
