/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.time.Duration;

/**
 * The store-and-forward queue at a moment, for the runtime's diagnostics and live view.
 *
 * @param depth samples queued, not yet acknowledged by the broker
 * @param oldestAge how long the oldest of them has waited (since the runtime received it); zero when empty
 * @param dropped samples dropped at the bound since the runtime started
 */
public record QueueStatus(long depth, Duration oldestAge, long dropped) {
}
