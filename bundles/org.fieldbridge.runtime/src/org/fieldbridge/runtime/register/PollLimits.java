/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import org.fieldbridge.core.modbus.ModbusLimits;

/**
 * How much one read request of a connection may cover.
 *
 * @param maxRegisters the most registers per function 03/04 request, 1..125 (§6.3, §6.4); some devices
 *        accept fewer
 * @param maxBits the most coils or discrete inputs per function 01/02 request, 1..2000 (§6.1, §6.2)
 * @param maxRegisterGap the most unmapped registers a request may read between two mapped values to save a
 *        request (0: never read unmapped registers)
 * @param maxBitGap the same for coils and discrete inputs
 */
public record PollLimits(int maxRegisters, int maxBits, int maxRegisterGap, int maxBitGap) {

    /** The protocol limits and no gaps: never reads an address that is not mapped. */
    public static final PollLimits PROTOCOL = new PollLimits(ModbusLimits.MAX_READ_REGISTERS,
            ModbusLimits.MAX_READ_BITS, 0, 0);

    public PollLimits {
        if (!ModbusLimits.isRegisterQuantity(maxRegisters)) {
            throw new IllegalArgumentException("max registers per request must be 1.." + ModbusLimits.MAX_READ_REGISTERS
                    + " (§6.3), not " + maxRegisters);
        }
        if (!ModbusLimits.isBitQuantity(maxBits)) {
            throw new IllegalArgumentException("max bits per request must be 1.." + ModbusLimits.MAX_READ_BITS
                    + " (§6.1), not " + maxBits);
        }
        if (maxRegisterGap < 0 || maxBitGap < 0) {
            throw new IllegalArgumentException("gaps cannot be negative");
        }
    }

    /** @return the most addresses one request to {@code area} may cover */
    public int maxQuantity(RegisterArea area) {
        return area.isBits() ? maxBits : maxRegisters;
    }

    /** @return the most unmapped addresses of {@code area} one request may read between mapped ones */
    public int maxGap(RegisterArea area) {
        return area.isBits() ? maxBitGap : maxRegisterGap;
    }
}
