/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.scanner;

/**
 * What the engineer asks the scanner, as typed in its fields.
 *
 * @param connection the Modbus connection
 * @param table {@code holding}, {@code input}, {@code coil} or {@code discrete}: used when the address is a bare number
 * @param unitId the unit id; null for the connection's
 * @param address the address as a .twin mapping writes it ({@code 4x0003}, {@code holding 40023}, {@code 3})
 * @param count registers (or bits) to read; 0 for enough for every 64-bit decoding
 * @param expected the value the HMI shows, in the plant's unit; empty when not given
 * @param signal the plant signal expected there ({@code Tank1.RectifierCurrent}); empty for the mapping at the address
 */
public record ScanRequest(String connection, String table, Integer unitId, String address, int count,
        String expected, String signal) {

    /** @return the address as the language reads it: a bare number gets the table in front */
    String spelledAddress() {
        String text = address.strip();
        return text.matches("\\d+") && !table.isEmpty() ? table + " " + text : text;
    }
}
