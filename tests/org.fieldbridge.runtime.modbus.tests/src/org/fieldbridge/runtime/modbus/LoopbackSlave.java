/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.net.InetAddress;
import java.time.Duration;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * A j2mod TCP slave on 127.0.0.1 (never another interface) that can be stopped and started again on the
 * same port. Registers left out of the image are holes: requests touching them are answered with
 * exception 02, as j2mod's process image refuses unset addresses.
 */
final class LoopbackSlave implements AutoCloseable {

    static final String ADDRESS = LoopbackPort.ADDRESS;

    final SimpleProcessImage image;
    final int port;
    private ModbusSlave slave;

    LoopbackSlave(int unitId) {
        this(unitId, Duration.ZERO);
    }

    /** @param delay how long the slave takes to look up holding registers (a slow device) */
    LoopbackSlave(int unitId, Duration delay) {
        this.image = delay.isZero() ? new SimpleProcessImage(unitId) : new SlowProcessImage(unitId, delay);
        this.port = LoopbackPort.free();
    }

    /** Holding registers that take their time, like a controller whose Modbus task runs in a slow cycle. */
    private static final class SlowProcessImage extends SimpleProcessImage {
        private final long delayMillis;

        SlowProcessImage(int unitId, Duration delay) {
            super(unitId);
            this.delayMillis = delay.toMillis();
        }

        @Override
        public Register[] getRegisterRange(int ref, int count) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.getRegisterRange(ref, count);
        }
    }

    LoopbackSlave holding(int offset, int... words) {
        for (int i = 0; i < words.length; i++) {
            image.addRegister(offset + i, new SimpleRegister(words[i]));
        }
        return this;
    }

    LoopbackSlave input(int offset, int... words) {
        for (int i = 0; i < words.length; i++) {
            image.addInputRegister(offset + i, new SimpleInputRegister(words[i]));
        }
        return this;
    }

    LoopbackSlave coils(int offset, boolean... values) {
        for (int i = 0; i < values.length; i++) {
            image.addDigitalOut(offset + i, new SimpleDigitalOut(values[i]));
        }
        return this;
    }

    LoopbackSlave discreteInputs(int offset, boolean... values) {
        for (int i = 0; i < values.length; i++) {
            image.addDigitalIn(offset + i, new SimpleDigitalIn(values[i]));
        }
        return this;
    }

    void setHolding(int offset, int word) {
        image.getRegister(offset).setValue(word);
    }

    LoopbackSlave start() throws ModbusException {
        slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 4, false);
        slave.addProcessImage(image.getUnitID(), image);
        slave.open();
        return this;
    }

    void stop() {
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
            slave = null;
        }
    }

    ModbusConnection connection() {
        return ModbusConnection.to(ADDRESS, port);
    }

    @Override
    public void close() {
        stop();
    }
}
