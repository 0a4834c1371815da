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
 * @param gapsByCost true when the gaps are only where the plan starts: the poller then measures its device's
 *        {@link PollCost} and re-plans with the gaps that cost says are cheaper than another request; false
 *        when the gaps were set explicitly (a {@code .twin}'s {@code max gap}) and are kept as they are
 */
public record PollLimits(int maxRegisters, int maxBits, int maxRegisterGap, int maxBitGap, boolean gapsByCost) {

    /** The protocol limits and no gaps: never reads an address that is not mapped. */
    public static final PollLimits PROTOCOL = new PollLimits(ModbusLimits.MAX_READ_REGISTERS,
            ModbusLimits.MAX_READ_BITS, 0, 0);

    /**
     * The default of a connection: the protocol limits, gaps by measured cost ({@link #byCost(int)}).
     */
    public static final PollLimits BY_COST = byCost(ModbusLimits.MAX_READ_REGISTERS);

    /** Explicit limits and gaps, kept as they are (never re-planned by cost). */
    public PollLimits(int maxRegisters, int maxBits, int maxRegisterGap, int maxBitGap) {
        this(maxRegisters, maxBits, maxRegisterGap, maxBitGap, false);
    }

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

    /**
     * Gaps chosen by cost: until the device's cost is measured, every gap one request can cover is bridged (on
     * every link measured so far a round trip is worth more than 125 registers: loopback about 0.1 ms, a plant
     * network 1-5 ms, against microseconds per register); the poller then narrows the gaps to what its
     * measured {@link PollCost} says is cheaper than another request.
     *
     * @param maxRegisters the most registers per request (a {@code .twin}'s {@code max registers}, else 125)
     */
    public static PollLimits byCost(int maxRegisters) {
        return new PollLimits(maxRegisters, ModbusLimits.MAX_READ_BITS, maxRegisters, ModbusLimits.MAX_READ_BITS, true);
    }

    /** @return these limits with other gaps (the same {@link #gapsByCost()}) */
    public PollLimits withGaps(int registerGap, int bitGap) {
        return new PollLimits(maxRegisters, maxBits, registerGap, bitGap, gapsByCost);
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
