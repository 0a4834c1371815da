/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.DeviceFault;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulated PLC4 as a real Modbus TCP slave on 127.0.0.1, read by a j2mod master. */
@Timeout(60)
@DisplayName("Simulated Modbus controller PLC4")
class SimulatedModbusDeviceTest {

    private static final int TIMEOUT_MILLIS = 1_000;
    private Simulator simulator;
    private SimulatedModbusDevice plc4;
    private ModbusTCPMaster master;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = RiversideSimulation.create(LoopbackPort.free(), null, 1.0);
        plc4 = simulator.controller(SimulatedModbusDevice.class);
        simulator.start();
        master = new ModbusTCPMaster("127.0.0.1", plc4.port(), TIMEOUT_MILLIS, false);
        master.setRetries(0);
        master.connect();
    }

    @AfterEach
    void stopSimulator() {
        if (master != null) {
            master.disconnect();
        }
        simulator.close();
    }

    @Test
    @DisplayName("holds Tank3's bath temperature in 40021 as tenths of a degree (int16)")
    void holdsTank3BathTemperatureInTenths() throws Exception {
        synchronized (simulator.plant()) {
            Register[] r = master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 20, 1);
            assertEquals(Math.round(simulator.plant().value("Tank3.BathTemp") * 10), r[0].getValue());
        }
    }

    @Test
    @DisplayName("holds the rectifier currents as float32 with the low word first (CDAB)")
    void holdsTheRectifierCurrentsAsCdabFloats() throws Exception {
        synchronized (simulator.plant()) {
            Register[] r = master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 22, 2);
            int bits = (r[1].getValue() << 16) | r[0].getValue();
            assertEquals((float) simulator.plant().value("Tank3.RectifierCurrent"), Float.intBitsToFloat(bits));
        }
    }

    @Test
    @DisplayName("holds the agitators in coil 1, discrete input 2 and bit 0 of 40030")
    void holdsTheAgitators() throws Exception {
        assertTrue(master.readCoils(RiversideSimulation.PLC4_UNIT, 0, 1).getBit(0));
        assertTrue(master.readInputDiscretes(RiversideSimulation.PLC4_UNIT, 1, 1).getBit(0));
        assertEquals(1, master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 29, 1)[0].getValue() & 1);
    }

    @Test
    @DisplayName("answers exception 02 (Illegal Data Address, Modbus Application Protocol §7) for injected addresses only")
    void answersAnInjectedIllegalAddress() throws Exception {
        plc4.inject(DeviceFault.illegalAddress(20, 1));
        ModbusSlaveException e = assertThrows(ModbusSlaveException.class,
                () -> master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 0, 22));
        assertEquals(2, e.getType());
        assertEquals(20, master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 0, 20).length, "a block before it still answers");
    }

    @Test
    @DisplayName("stops answering when silent, so the master times out, and answers again when healed")
    void stopsAnsweringWhenSilent() throws Exception {
        plc4.inject(DeviceFault.silent());
        long start = System.nanoTime();
        assertThrows(ModbusException.class, () -> master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 0, 1));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited >= TIMEOUT_MILLIS * 0.9, "gave up after " + waited + " ms");
        plc4.inject(DeviceFault.NONE);
        reconnect();
        assertEquals(1, master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 0, 1).length);
    }

    @Test
    @DisplayName("answers late when slow")
    void answersLateWhenSlow() throws Exception {
        plc4.inject(DeviceFault.slow(Duration.ofMillis(300)));
        long start = System.nanoTime();
        master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 0, 1);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);
    }

    @Test
    @DisplayName("resets open connections on command, as a rebooting controller does, and accepts new ones")
    void resetsOpenConnections() throws Exception {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), plc4.port())) {
            client.setSoTimeout(TIMEOUT_MILLIS);
            // MBAP header (transaction 7, protocol 0, length 6, unit 1) + PDU: function 03, address 6, quantity 1
            byte[] request = { 0, 7, 0, 0, 0, 6, 1, 3, 0, 6, 0, 1 };
            client.getOutputStream().write(request);
            byte[] response = client.getInputStream().readNBytes(11);
            assertEquals(7, response[1], "transaction id echoed (Modbus Messaging on TCP/IP §3.1.3)");
            assertEquals(3, response[7], "function code 03");
            assertEquals(2, response[8], "byte count");
            plc4.dropConnections();
            assertEquals(-1, readOrEof(client), "the connection was closed by the controller");
        }
        reconnect();
        assertEquals(1, master.readMultipleRegisters(RiversideSimulation.PLC4_UNIT, 0, 1).length);
    }

    private static int readOrEof(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read();
        } catch (SocketException e) {
            return -1; // connection reset
        }
    }

    private void reconnect() throws Exception {
        master.disconnect();
        master = new ModbusTCPMaster("127.0.0.1", plc4.port(), TIMEOUT_MILLIS, false);
        master.setRetries(0);
        master.connect();
    }
}
