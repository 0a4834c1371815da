/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.DigitalIn;
import com.ghgande.j2mod.modbus.procimg.DigitalOut;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
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

    final CountingProcessImage image;
    final int port;
    private ModbusSlave slave;

    LoopbackSlave(int unitId) {
        this(unitId, Duration.ZERO);
    }

    /** @param delay how long the slave takes to look up holding registers (a slow device) */
    LoopbackSlave(int unitId, Duration delay) {
        this.image = new CountingProcessImage(unitId, delay);
        this.port = LoopbackPort.free();
    }

    /** @return the read requests the slave served, refused ones included */
    long readRequests() {
        return image.reads.get();
    }

    /** @return the read requests the slave answered with exception 02 (an address outside its image) */
    long refusedReads() {
        return image.refusals.get();
    }

    /**
     * A process image that counts the reads it serves and refuses, as the device sees them; holding registers
     * can take their time, like a controller whose Modbus task runs in a slow cycle.
     */
    static final class CountingProcessImage extends SimpleProcessImage {
        final AtomicLong reads = new AtomicLong();
        final AtomicLong refusals = new AtomicLong();
        private final long delayMillis;

        CountingProcessImage(int unitId, Duration delay) {
            super(unitId);
            this.delayMillis = delay.toMillis();
        }

        @Override
        public Register[] getRegisterRange(int ref, int count) {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return counted(() -> super.getRegisterRange(ref, count));
        }

        @Override
        public InputRegister[] getInputRegisterRange(int ref, int count) {
            return counted(() -> super.getInputRegisterRange(ref, count));
        }

        @Override
        public DigitalOut[] getDigitalOutRange(int ref, int count) {
            return counted(() -> super.getDigitalOutRange(ref, count));
        }

        @Override
        public DigitalIn[] getDigitalInRange(int ref, int count) {
            return counted(() -> super.getDigitalInRange(ref, count));
        }

        private <T> T counted(Supplier<T> read) {
            reads.incrementAndGet();
            try {
                return read.get();
            } catch (IllegalAddressException e) {
                refusals.incrementAndGet();
                throw e;
            }
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
