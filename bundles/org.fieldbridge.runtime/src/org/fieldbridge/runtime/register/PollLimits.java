package org.fieldbridge.runtime.register;

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
    public static final PollLimits PROTOCOL = new PollLimits(125, 2000, 0, 0);

    public PollLimits {
        if (maxRegisters < 1 || maxRegisters > RegisterArea.HOLDING_REGISTER.protocolMaxQuantity()) {
            throw new IllegalArgumentException("max registers per request must be 1..125 (§6.3), not " + maxRegisters);
        }
        if (maxBits < 1 || maxBits > RegisterArea.COIL.protocolMaxQuantity()) {
            throw new IllegalArgumentException("max bits per request must be 1..2000 (§6.1), not " + maxBits);
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
