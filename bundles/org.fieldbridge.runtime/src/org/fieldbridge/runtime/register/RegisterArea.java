package org.fieldbridge.runtime.register;

/**
 * The four Modbus data tables (Modbus Application Protocol V1.1b3 §4.3) with the read function for each
 * and the largest quantity one request may ask for (§6.1–§6.4).
 */
public enum RegisterArea {
    /** Coils, read with function 01; 1 to 2000 (0x7D0) coils per request (§6.1). */
    COIL(1, true, 2000),
    /** Discrete inputs, read with function 02; 1 to 2000 (0x7D0) inputs per request (§6.2). */
    DISCRETE_INPUT(2, true, 2000),
    /** Holding registers, read with function 03; 1 to 125 (0x7D) registers per request (§6.3). */
    HOLDING_REGISTER(3, false, 125),
    /** Input registers, read with function 04; 1 to 125 (0x7D) registers per request (§6.4). */
    INPUT_REGISTER(4, false, 125);

    private final int readFunction;
    private final boolean bits;
    private final int protocolMaxQuantity;

    RegisterArea(int readFunction, boolean bits, int protocolMaxQuantity) {
        this.readFunction = readFunction;
        this.bits = bits;
        this.protocolMaxQuantity = protocolMaxQuantity;
    }

    /** @return the Modbus function code that reads this table */
    public int readFunction() {
        return readFunction;
    }

    /** @return true for the single-bit tables (coils, discrete inputs) */
    public boolean isBits() {
        return bits;
    }

    /** @return the largest quantity of bits or registers one read request may ask for */
    public int protocolMaxQuantity() {
        return protocolMaxQuantity;
    }
}
