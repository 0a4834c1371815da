/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Duration;
import java.time.Instant;

import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.live.LiveValue;

/**
 * One row of the Live Values table: a mapping's last value, when it was read and where its verification stands.
 *
 * @param value the value as read
 * @param readAt when the poll that read it ended
 * @param status its verification, or {@code null} while the evidence is not loaded
 */
public record LiveRow(LiveValue value, Instant readAt, MappingStatus status) {

    /** @return what identifies the mapping across polls: connection and plant signal */
    public String key() {
        return keyOf(value);
    }

    /** @return the key of a value's mapping: connection and plant signal */
    public static String keyOf(LiveValue value) {
        return value.mapping().connection() + " " + value.mapping().signal();
    }

    /**
     * @param now the time shown
     * @return how old the value is now: its age when read plus the time since
     */
    public Duration ageAt(Instant now) {
        Duration since = Duration.between(readAt, now);
        return value.age().plus(since.isNegative() ? Duration.ZERO : since);
    }
}
