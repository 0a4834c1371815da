/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.stack.core.channel.EncodingLimits;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.fieldbridge.runtime.server.ServerLimits;

/** {@link ServerLimits} in Milo's terms: service limits and transport encoding limits. */
final class MiloLimits implements OpcUaServerConfigLimits {

    private final ServerLimits limits;

    MiloLimits(ServerLimits limits) {
        this.limits = limits;
    }

    EncodingLimits encodingLimits() {
        return new EncodingLimits(limits.maxChunkSize(), limits.maxChunkCount(), limits.maxMessageSize(),
                limits.maxRecursionDepth());
    }

    @Override
    public UInteger getMaxSessions() {
        return uint(limits.maxSessions());
    }

    @Override
    public Double getMaxSessionTimeout() {
        return limits.maxSessionTimeoutMillis();
    }

    @Override
    public Double getMinPublishingInterval() {
        return limits.minPublishingIntervalMillis();
    }

    /**
     * What a subscription gets when it asks for less than the minimum (or for 0, a negative or no number): the
     * fastest interval the server supports (OPC 10000-4 §5.13.2.2), not Milo's default of 250 ms, which gave a client
     * asking for 20 ms from a server allowing 50 ms a twelfth of the updates it asked for.
     */
    @Override
    public Double getDefaultPublishingInterval() {
        return limits.minPublishingIntervalMillis();
    }

    @Override
    public Double getMinSupportedSampleRate() {
        return limits.minSamplingIntervalMillis();
    }

    @Override
    public UInteger getMaxSubscriptions() {
        return uint(limits.maxSubscriptions());
    }

    @Override
    public UInteger getMaxSubscriptionsPerSession() {
        return uint(limits.maxSubscriptionsPerSession());
    }

    @Override
    public UInteger getMaxMonitoredItems() {
        return uint(limits.maxMonitoredItems());
    }

    @Override
    public UInteger getMaxMonitoredItemsPerSession() {
        return uint(limits.maxMonitoredItemsPerSession());
    }

    @Override
    public UInteger getMaxPasswordLength() {
        return uint(limits.maxPasswordLength());
    }
}
