/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.modbus;

/**
 * The numeric limits of Modbus TCP that the language, the plant rules, the generator and the runtime share.
 * Sources: Modbus Application Protocol Specification V1.1b3 (quantities, §6.1-§6.4; the address space,
 * §4.4) and Modbus Messaging on TCP/IP Implementation Guide V1.0b (port and unit identifier, §3.1.3, §4.4.1).
 */
public final class ModbusLimits {

    /** Registers one Read Holding/Input Registers request (function 03/04) may ask for: 125 (0x7D), §6.3/§6.4. */
    public static final int MAX_READ_REGISTERS = 125;
    /** Coils or discrete inputs one Read Coils/Discrete Inputs request (01/02) may ask for: 2000 (0x7D0), §6.1/§6.2. */
    public static final int MAX_READ_BITS = 2000;
    /** The highest PDU address (zero-based offset) of every table, §4.4: 65536 addresses, 0..0xFFFF. */
    public static final int MAX_ADDRESS = 0xFFFF;
    /** Bits in one register; {@code bit N} of a register is 0 (least significant) to 15. */
    public static final int BITS_PER_REGISTER = 16;
    /** The unit identifier is one byte (Implementation Guide §3.1.3): 0..255. */
    public static final int MAX_UNIT_ID = 255;
    /** Behind a serial gateway the unit identifier is the slave address: 1..247 (Modbus over Serial Line §2.2). */
    public static final int MAX_SERIAL_SLAVE_ADDRESS = 247;
    /** The broadcast unit identifier: a gateway forwards it to every slave and none answers, so reads time out. */
    public static final int BROADCAST_UNIT_ID = 0;
    /** The registered Modbus TCP port (Implementation Guide §4.4.1, IANA "mbap"). */
    public static final int DEFAULT_TCP_PORT = 502;

    private ModbusLimits() {
    }

    /**
     * @param unitId a unit identifier as written
     * @return whether it fits the one byte of the MBAP header
     */
    public static boolean isUnitId(long unitId) {
        return unitId >= 0 && unitId <= MAX_UNIT_ID;
    }

    /**
     * @param registers registers per read request, as configured
     * @return whether a Read Holding/Input Registers request can carry that many (1..125)
     */
    public static boolean isRegisterQuantity(long registers) {
        return registers >= 1 && registers <= MAX_READ_REGISTERS;
    }

    /**
     * @param bits coils or discrete inputs per read request, as configured
     * @return whether a Read Coils/Discrete Inputs request can carry that many (1..2000)
     */
    public static boolean isBitQuantity(long bits) {
        return bits >= 1 && bits <= MAX_READ_BITS;
    }
}
