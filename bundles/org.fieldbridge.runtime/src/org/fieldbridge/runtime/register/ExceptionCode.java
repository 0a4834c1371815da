/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import org.fieldbridge.runtime.Quality;

/**
 * Modbus exception codes (Modbus Application Protocol V1.1b3 §7) and the quality a value gets when its
 * read request is answered with one. The quality carries the code in its detail text.
 */
public enum ExceptionCode {
    ILLEGAL_FUNCTION(0x01, "Illegal Function", Quality.BAD_NOT_SUPPORTED),
    ILLEGAL_DATA_ADDRESS(0x02, "Illegal Data Address", Quality.BAD_CONFIGURATION_ERROR),
    ILLEGAL_DATA_VALUE(0x03, "Illegal Data Value", Quality.BAD_CONFIGURATION_ERROR),
    SERVER_DEVICE_FAILURE(0x04, "Server Device Failure", Quality.BAD_DEVICE_FAILURE),
    ACKNOWLEDGE(0x05, "Acknowledge", Quality.BAD_DEVICE_FAILURE),
    SERVER_DEVICE_BUSY(0x06, "Server Device Busy", Quality.BAD_DEVICE_FAILURE),
    MEMORY_PARITY_ERROR(0x08, "Memory Parity Error", Quality.BAD_DEVICE_FAILURE),
    GATEWAY_PATH_UNAVAILABLE(0x0A, "Gateway Path Unavailable", Quality.BAD_COMMUNICATION_ERROR),
    GATEWAY_TARGET_FAILED_TO_RESPOND(0x0B, "Gateway Target Device Failed to Respond", Quality.BAD_TIMEOUT),
    UNKNOWN(-1, "Unknown Exception", Quality.BAD_DEVICE_FAILURE);

    private final int code;
    private final String title;
    private final Quality quality;

    ExceptionCode(int code, String title, Quality quality) {
        this.code = code;
        this.title = title;
        this.quality = quality;
    }

    /** @return the exception code for {@code code}, {@link #UNKNOWN} for codes §7 does not define */
    public static ExceptionCode of(int code) {
        for (ExceptionCode known : values()) {
            if (known.code == code) {
                return known;
            }
        }
        return UNKNOWN;
    }

    /** @return the numeric code, -1 for {@link #UNKNOWN} */
    public int code() {
        return code;
    }

    /** @return the Bad quality of the values of a refused request, with the exception in its detail */
    public Quality quality(int actualCode) {
        return quality.withDetail(String.format("Modbus exception %02X (%s)", actualCode & 0xFF, title));
    }

    /** @return the Bad quality of the values of a refused request, with the exception in its detail */
    public Quality quality() {
        return quality(code);
    }
}
