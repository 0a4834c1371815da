/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.Map;

import io.netty.buffer.ByteBuf;

/**
 * Which service a plain-text (SecurityPolicy None) request chunk asks for, from the binary encoding id that starts
 * its body (OPC 10000-6 §6.7.2: message header 12 bytes, secure channel id, token id, sequence number and request id
 * 4 bytes each, then the encoding's NodeId, §5.2.2.9). Only the services a client sends on its way to a session and
 * the common ones after it are named; any other id leaves the last known name.
 */
final class RequestTypes {

    private static final int MSG = 'M' | 'S' << 8 | 'G' << 16;
    private static final int BODY = 24;

    /** Binary encoding ids (namespace 0) of the requests, from OPC 10000-6 Annex A (NodeIds.csv). */
    private static final Map<Integer, String> SERVICES = Map.ofEntries(
            Map.entry(461, "CreateSession"), Map.entry(467, "ActivateSession"), Map.entry(473, "CloseSession"),
            Map.entry(631, "Read"), Map.entry(673, "Write"), Map.entry(527, "Browse"),
            Map.entry(554, "TranslateBrowsePathsToNodeIds"), Map.entry(560, "RegisterNodes"), Map.entry(712, "Call"),
            Map.entry(787, "CreateSubscription"), Map.entry(751, "CreateMonitoredItems"), Map.entry(826, "Publish"));

    private RequestTypes() {
    }

    /**
     * @param bytes    what the client sent, as read from the socket (the bytes are only looked at)
     * @param previous the service named so far
     * @return the service of the request chunk at the start of {@code bytes}, or {@code previous} when they start
     *         no request chunk of a named service
     */
    static String serviceOf(ByteBuf bytes, String previous) {
        int start = bytes.readerIndex();
        if (bytes.readableBytes() < BODY + 4 || (bytes.getIntLE(start) & 0xFFFFFF) != MSG) {
            return previous;
        }
        int at = start + BODY;
        int id = switch (bytes.getUnsignedByte(at)) {
            case 0x00 -> bytes.getUnsignedByte(at + 1); // two-byte NodeId
            case 0x01 -> bytes.getUnsignedByte(at + 1) == 0 ? bytes.getUnsignedShortLE(at + 2) : -1; // four-byte
            default -> -1;
        };
        return SERVICES.getOrDefault(id, previous);
    }
}
