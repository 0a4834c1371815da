/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Instant;
import java.util.List;

import org.fieldbridge.commissioning.live.LiveValue;

/**
 * One poll of every connected mapping.
 *
 * @param values one value per mapping read, in the model's order (empty while nothing is connected)
 * @param readAt when the poll ended: a row's age grows from here until the next poll replaces it
 * @param sequence counts polls of the feed, from 1
 */
public record LiveSnapshot(List<LiveValue> values, Instant readAt, long sequence) {

    /** Nothing read yet. */
    public static final LiveSnapshot EMPTY = new LiveSnapshot(List.of(), Instant.EPOCH, 0);

    public LiveSnapshot {
        values = List.copyOf(values);
    }
}
