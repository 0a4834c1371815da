/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * The EventId of one condition event (OPC 10000-5 §6.4.2: a ByteString unique per event); clients hand it back to
 * Acknowledge, Confirm and AddComment to say which state they saw.
 *
 * @param hex the 16 bytes in lower-case hex
 */
public record EventId(String hex) {

    public EventId {
        Objects.requireNonNull(hex, "hex");
        HexFormat.of().parseHex(hex);
    }

    /** @return a new, random EventId */
    static EventId next() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return new EventId(HexFormat.of().formatHex(bytes.array()));
    }

    /** @return the EventId a client sent, as bytes */
    public static EventId of(byte[] bytes) {
        return new EventId(HexFormat.of().formatHex(bytes == null ? new byte[0] : bytes));
    }

    /** @return the bytes of the OPC UA ByteString */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }
}
