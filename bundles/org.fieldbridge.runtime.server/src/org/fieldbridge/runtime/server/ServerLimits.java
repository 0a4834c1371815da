/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/**
 * Resource limits of the OPC UA server. They are set explicitly (never left to the stack's defaults)
 * because Milo 1.1.2 is affected by the advisories for Milo &lt;= 1.1.4 (docs/build.md): the
 * monitored-item quota leak is bounded by the monitored-item limits, deep ExtensionObject nesting by
 * the decoder's recursion depth and the message size, and partial chunks kept after a disconnect by
 * the chunk count and size. See docs/opcua-server.md, "Limits".
 *
 * @param maxSessions sessions at the same time
 * @param maxSubscriptionsPerSession subscriptions one session may hold
 * @param maxSubscriptions subscriptions in total
 * @param maxMonitoredItemsPerSession monitored items one session may hold
 * @param maxMonitoredItems monitored items in total
 * @param maxMessageSize largest message (bytes) the server accepts or sends
 * @param maxChunkSize largest message chunk (bytes); at least 8196
 * @param maxChunkCount chunks per message
 * @param maxRecursionDepth nesting depth the decoder follows (Variant, DiagnosticInfo, ExtensionObject)
 * @param minPublishingIntervalMillis smallest publishing interval granted
 * @param minSamplingIntervalMillis smallest sampling interval granted
 * @param maxSessionTimeoutMillis longest session timeout granted
 * @param maxPasswordLength longest password (bytes) the server decrypts and checks
 */
public record ServerLimits(int maxSessions, int maxSubscriptionsPerSession, int maxSubscriptions,
        int maxMonitoredItemsPerSession, int maxMonitoredItems, int maxMessageSize, int maxChunkSize,
        int maxChunkCount, int maxRecursionDepth, double minPublishingIntervalMillis,
        double minSamplingIntervalMillis, double maxSessionTimeoutMillis, int maxPasswordLength) {

    /**
     * Sized for one runtime serving one line (up to ~10,000 signals) to a handful of HMIs, historians
     * and commissioning laptops.
     */
    public static final ServerLimits DEFAULT = new ServerLimits(20, 10, 100, 20_000, 100_000, 4 * 1024 * 1024,
            65_535, 128, 32, 50.0, 10.0, 120_000.0, 256);

    public ServerLimits {
        positive("maxSessions", maxSessions);
        positive("maxSubscriptionsPerSession", maxSubscriptionsPerSession);
        positive("maxSubscriptions", maxSubscriptions);
        positive("maxMonitoredItemsPerSession", maxMonitoredItemsPerSession);
        positive("maxMonitoredItems", maxMonitoredItems);
        positive("maxMessageSize", maxMessageSize);
        positive("maxChunkCount", maxChunkCount);
        positive("maxRecursionDepth", maxRecursionDepth);
        positive("maxPasswordLength", maxPasswordLength);
        if (maxChunkSize < 8196) {
            throw new IllegalArgumentException("maxChunkSize must be at least 8196 (OPC 10000-6 §7.1.2.3)");
        }
        if (!(minPublishingIntervalMillis > 0) || !(minSamplingIntervalMillis >= 0) || !(maxSessionTimeoutMillis > 0)) {
            throw new IllegalArgumentException("intervals and timeouts must be positive");
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
