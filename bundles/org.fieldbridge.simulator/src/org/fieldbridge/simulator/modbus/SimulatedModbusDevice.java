/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.modbus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterCodec;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.simulator.SimulatedController;

/**
 * A simulated Modbus TCP controller (a real j2mod slave on the loopback interface) whose registers carry the
 * values of simulated signals, and which can be told to misbehave ({@link #inject(DeviceFault)}) or to drop
 * its connections ({@link #dropConnections()}).
 */
public final class SimulatedModbusDevice implements SimulatedController {

    /** Request threads: more than the connections a test opens, so a silent request does not block others. */
    private static final int POOL_SIZE = 8;
    private final int unitId;
    private final int port;
    // The process image ends at the highest bound address: reading beyond it answers exception 02.
    private final List<RegisterBinding> bindings;
    private final FaultableProcessImage image;
    private volatile DeviceFault fault = DeviceFault.NONE;
    private ModbusSlave slave;
    private ControllerPort front;

    /**
     * @param unitId   the unit id the device answers to
     * @param port     the TCP port on 127.0.0.1 (0 is not allowed: j2mod needs a concrete port)
     * @param bindings where each signal lives; all must use {@code unitId}
     */
    public SimulatedModbusDevice(int unitId, int port, List<RegisterBinding> bindings) {
        this.unitId = unitId;
        this.port = port;
        this.bindings = List.copyOf(bindings);
        for (RegisterBinding b : this.bindings) {
            if (b.address().unitId() != unitId) {
                throw new IllegalArgumentException(b.signal() + " is bound to unit " + b.address().unitId()
                        + " but the device is unit " + unitId);
            }
        }
        this.image = new FaultableProcessImage(unitId, () -> fault);
        size(RegisterArea.HOLDING_REGISTER, () -> image.addRegister(new SimpleRegister(0)));
        size(RegisterArea.INPUT_REGISTER, () -> image.addInputRegister(new SimpleInputRegister(0)));
        size(RegisterArea.COIL, () -> image.addDigitalOut(new SimpleDigitalOut(false)));
        size(RegisterArea.DISCRETE_INPUT, () -> image.addDigitalIn(new SimpleDigitalIn(false)));
    }

    private void size(RegisterArea area, Runnable addOne) {
        int end = bindings.stream().filter(b -> b.address().area() == area)
                .mapToInt(b -> b.address().lastOffset() + 1).max().orElse(0);
        for (int i = 0; i < end; i++) {
            addOne.run();
        }
    }

    /** Opens the controller on 127.0.0.1:port (the j2mod slave listens on an internal loopback port). */
    @Override
    public synchronized void start() throws IOException {
        if (slave != null) {
            return;
        }
        int internal = freeLoopbackPort();
        try {
            slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), internal, POOL_SIZE, false);
            slave.addProcessImage(unitId, image);
            slave.open();
            front = new ControllerPort(port, internal);
        } catch (ModbusException | IOException e) {
            stop();
            throw new IOException("cannot open the simulated controller on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Writes the current value of every bound signal into the process image. */
    @Override
    public void update(ToDoubleFunction<String> values) {
        for (RegisterBinding b : bindings) {
            write(b.address(), b.raw(values.applyAsDouble(b.signal())));
        }
    }

    private void write(TagAddress a, double raw) {
        switch (a.area()) {
            case COIL -> image.getDigitalOut(a.offset()).set(raw != 0);
            case DISCRETE_INPUT -> image.setDigitalIn(a.offset(), new SimpleDigitalIn(raw != 0));
            case HOLDING_REGISTER, INPUT_REGISTER -> writeWords(a, raw);
        }
    }

    private void writeWords(TagAddress a, double raw) {
        Object value = switch (a.type().kind()) {
            case FLOAT32, FLOAT64 -> raw;
            case BOOL, BIT -> raw != 0;
            case STRING -> String.valueOf(Math.round(raw));
            default -> clamp(Math.round(raw), a.type());
        };
        if (a.type().kind() == DataType.Kind.BIT) {
            int current = register(a, 0);
            setRegister(a, 0, RegisterCodec.encodeBit(current, a.type(), a.byteOrder(), (Boolean) value));
            return;
        }
        int[] words = RegisterCodec.encode(a, value);
        for (int i = 0; i < words.length; i++) {
            setRegister(a, i, words[i]);
        }
    }

    /** Saturates like a PLC's conversion would, instead of wrapping around. */
    private static long clamp(long raw, DataType type) {
        return switch (type.kind()) {
            case INT16 -> Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, raw));
            case UINT16 -> Math.max(0, Math.min(0xFFFF, raw));
            case INT32 -> Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, raw));
            case UINT32 -> Math.max(0, Math.min(0xFFFF_FFFFL, raw));
            default -> raw;
        };
    }

    private int register(TagAddress a, int i) {
        return a.area() == RegisterArea.HOLDING_REGISTER ? image.getRegister(a.offset() + i).getValue()
                : image.getInputRegister(a.offset() + i).getValue();
    }

    private void setRegister(TagAddress a, int i, int word) {
        if (a.area() == RegisterArea.HOLDING_REGISTER) {
            image.getRegister(a.offset() + i).setValue(word);
        } else {
            image.setInputRegister(a.offset() + i, new SimpleInputRegister(word));
        }
    }

    /**
     * @param offset 0-based holding register address
     * @return the raw 16-bit word a Modbus master reads there now (for tests comparing raw and published values)
     */
    public int holdingRegister(int offset) {
        return image.getRegister(offset).getValue();
    }

    /** From now on, misbehave as described (replaces any earlier fault; {@link DeviceFault#NONE} heals). */
    public void inject(DeviceFault newFault) {
        fault = Objects.requireNonNull(newFault);
    }

    public DeviceFault fault() {
        return fault;
    }

    /** Resets every open client connection, as a rebooting controller or a pulled cable would. */
    public synchronized void dropConnections() {
        if (front != null) {
            front.dropConnections();
        }
    }

    /** Closes the port and every connection until {@link #start()} is called again. */
    public synchronized void stop() {
        if (front != null) {
            front.close();
            front = null;
        }
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
            slave = null;
        }
    }

    public int port() {
        return port;
    }

    public int unitId() {
        return unitId;
    }

    @Override
    public void close() {
        inject(DeviceFault.NONE);
        stop();
    }
}
