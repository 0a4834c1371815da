/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

import java.time.Duration;

/**
 * The northbound (Sparkplug B) publisher at one moment, as the address space ({@code Sparkplug/_Diagnostics})
 * and the live view show it.
 *
 * @param edgeNode the Sparkplug group and edge node id, {@code group/edge node}
 * @param state {@code connected}, {@code broker not connected} or {@code connected, primary host offline}
 * @param queueDepth samples in the store-and-forward queue, not yet acknowledged by the broker
 * @param oldestAge how long the oldest of them has waited; zero when the queue is empty
 * @param dropped samples dropped at the queue's bound since the runtime started
 */
public record ForwardingSnapshot(String edgeNode, String state, long queueDepth, Duration oldestAge, long dropped) {
}
