/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime;

/**
 * Severity tests on raw 32-bit OPC UA StatusCodes (bits 31..30: 00 Good, 01 Uncertain, 10 Bad, 11 reserved
 * and treated as Bad), for hot paths that carry a quality as an {@code int} instead of a {@link Quality}.
 */
public final class StatusCodeBits {

    private StatusCodeBits() {
    }

    public static boolean isGood(int code) {
        return code >>> 30 == 0;
    }

    public static boolean isUncertain(int code) {
        return code >>> 30 == 1;
    }

    public static boolean isBad(int code) {
        return code >>> 30 >= 2;
    }
}
