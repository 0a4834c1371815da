/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.Arrays;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.BitVector;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A j2mod TCP master and a j2mod TCP slave talk over 127.0.0.1 inside Equinox. Clause numbers refer
 * to the Modbus Application Protocol Specification V1.1b3.
 */
@Timeout(30)
class ModbusLoopbackTest {

    private static final int UNIT_ID = 1;
    private static final int[] HOLDING_REGISTERS = { 1200, 0, 65535, 42 };
    private static final boolean[] COILS = { true, false, true, true, false };
    private static final int TIMEOUT_MILLIS = 5_000;

    private ModbusSlave slave;
    private ModbusTCPMaster master;

    @BeforeEach
    void startSlaveAndConnect() throws Exception {
        SimpleProcessImage image = new SimpleProcessImage(UNIT_ID);
        Arrays.stream(HOLDING_REGISTERS).forEach(value -> image.addRegister(new SimpleRegister(value)));
        for (boolean coil : COILS) {
            image.addDigitalOut(new SimpleDigitalOut(coil));
        }
        int port = LoopbackPort.free();
        slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 2, false);
        slave.addProcessImage(UNIT_ID, image);
        slave.open();

        master = new ModbusTCPMaster(LoopbackPort.ADDRESS, port, TIMEOUT_MILLIS, false);
        master.connect();
    }

    @AfterEach
    void disconnectAndStopSlave() {
        if (master != null) {
            master.disconnect();
        }
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
        }
    }

    @Test
    @DisplayName("the master reads the slave's holding registers (§6.3, function 0x03)")
    void theMasterReadsHoldingRegisters() throws Exception {
        Register[] registers = master.readMultipleRegisters(UNIT_ID, 0, HOLDING_REGISTERS.length);
        assertArrayEquals(HOLDING_REGISTERS, Arrays.stream(registers).mapToInt(Register::getValue).toArray());
    }

    @Test
    @DisplayName("the master reads the slave's coils (§6.1, function 0x01)")
    void theMasterReadsCoils() throws Exception {
        BitVector coils = master.readCoils(UNIT_ID, 0, COILS.length);
        boolean[] read = new boolean[COILS.length];
        for (int i = 0; i < read.length; i++) {
            read[i] = coils.getBit(i);
        }
        assertArrayEquals(COILS, read);
    }

    @Test
    @DisplayName("a register written by the master reads back with the new value (§6.6, function 0x06)")
    void aWrittenRegisterReadsBack() throws Exception {
        master.writeSingleRegister(UNIT_ID, 1, new SimpleRegister(0xBEEF));
        Register[] registers = master.readMultipleRegisters(UNIT_ID, 0, HOLDING_REGISTERS.length);
        assertEquals(0xBEEF, registers[1].getValue());
        assertEquals(HOLDING_REGISTERS[0], registers[0].getValue());
        assertEquals(HOLDING_REGISTERS[2], registers[2].getValue());
    }

    @Test
    @DisplayName("reading past the end of the process image answers exception code 02, Illegal Data Address (§7)")
    void readingPastTheProcessImageIsAnIllegalDataAddress() {
        ModbusSlaveException e = assertThrows(ModbusSlaveException.class,
                () -> master.readMultipleRegisters(UNIT_ID, HOLDING_REGISTERS.length - 1, 2));
        assertEquals(2, e.getType());
        assertEquals(Modbus.ILLEGAL_ADDRESS_EXCEPTION, e.getType());
    }
}
