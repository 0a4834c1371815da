/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;

/** The j2mod TCP master behind a {@link DeviceTransport}; no j2mod type leaves this class. */
final class J2modTransport implements DeviceTransport {

    private final ModbusConnection connection;
    private volatile ModbusTCPMaster master;

    J2modTransport(ModbusConnection connection) {
        this.connection = connection;
    }

    @Override
    public void connect() throws IOException {
        close();
        ModbusTCPMaster candidate = null;
        try {
            // j2mod uses its timeout both for Socket.connect and as SO_TIMEOUT: connect with the connect
            // timeout, then switch to the response timeout
            candidate = new ModbusTCPMaster(connection.host(), connection.port(),
                    (int) connection.connectTimeout().toMillis(), false);
            candidate.connect();
        } catch (Exception e) {
            if (candidate != null) {
                candidate.disconnect();
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot connect to " + connection + ": " + e.getMessage(), e);
        }
        candidate.setTimeout((int) connection.responseTimeout().toMillis());
        // one attempt per request: retrying is the poller's job, with backoff, not j2mod's (default 5)
        candidate.setRetries(1);
        master = candidate;
    }

    @Override
    public BlockOutcome read(RegisterBlock block) throws IOException {
        ModbusTCPMaster m = master; // close() may run on another thread while a poller shuts down
        if (m == null) {
            throw new IOException("not connected to " + connection);
        }
        long started = System.nanoTime();
        try {
            return switch (block.area()) {
                case COIL -> bits(m.readCoils(block.unitId(), block.start(), block.quantity()), block);
                case DISCRETE_INPUT -> bits(m.readInputDiscretes(block.unitId(), block.start(), block.quantity()), block);
                case HOLDING_REGISTER -> words(m.readMultipleRegisters(block.unitId(), block.start(), block.quantity()), block);
                case INPUT_REGISTER -> words(m.readInputRegisters(block.unitId(), block.start(), block.quantity()), block);
            };
        } catch (ModbusSlaveException e) {
            return new BlockOutcome.Refused(e.getType());
        } catch (ModbusException e) {
            String message = "no answer from " + connection + " to " + block + ": " + e.getMessage();
            boolean timedOut = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")
                    || System.nanoTime() - started >= connection.responseTimeout().toNanos();
            throw timedOut ? new SocketTimeoutException(message) : new IOException(message, e);
        }
    }

    @Override
    public BlockOutcome.Refused write(int unitId, RegisterArea area, int offset, int[] words) throws IOException {
        ModbusTCPMaster m = master;
        if (m == null) {
            throw new IOException("not connected to " + connection);
        }
        long started = System.nanoTime();
        try {
            if (area == RegisterArea.COIL) {
                m.writeCoil(unitId, offset, words[0] != 0);
            } else if (area == RegisterArea.HOLDING_REGISTER && words.length == 1) {
                m.writeSingleRegister(unitId, offset, new SimpleRegister(words[0] & 0xFFFF));
            } else if (area == RegisterArea.HOLDING_REGISTER) {
                Register[] registers = new Register[words.length];
                for (int i = 0; i < words.length; i++) {
                    registers[i] = new SimpleRegister(words[i] & 0xFFFF);
                }
                m.writeMultipleRegisters(unitId, offset, registers);
            } else {
                throw new IllegalArgumentException(area + " cannot be written (Modbus has no write function for it)");
            }
            return null;
        } catch (ModbusSlaveException e) {
            return new BlockOutcome.Refused(e.getType());
        } catch (ModbusException e) {
            String message = "no answer from " + connection + " to a write at " + area + "@" + offset + ": "
                    + e.getMessage();
            boolean timedOut = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")
                    || System.nanoTime() - started >= connection.responseTimeout().toNanos();
            throw timedOut ? new SocketTimeoutException(message) : new IOException(message, e);
        }
    }

    private static BlockOutcome bits(BitVector vector, RegisterBlock block) throws IOException {
        if (vector == null || vector.size() < block.quantity()) {
            throw new IOException("short response to " + block);
        }
        boolean[] bits = new boolean[block.quantity()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = vector.getBit(i);
        }
        return new BlockOutcome.Bits(bits);
    }

    private static BlockOutcome words(InputRegister[] registers, RegisterBlock block) throws IOException {
        if (registers == null || registers.length < block.quantity()) {
            throw new IOException("short response to " + block);
        }
        int[] words = new int[block.quantity()];
        for (int i = 0; i < words.length; i++) {
            words[i] = registers[i].getValue() & 0xFFFF;
        }
        return new BlockOutcome.Registers(words);
    }

    @Override
    public void close() {
        ModbusTCPMaster m = master;
        master = null;
        if (m != null) {
            m.disconnect();
        }
    }
}
