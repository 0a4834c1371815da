/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.modbus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
    private final int port;
    private final List<RegisterBinding> bindings;
    // One process image per unit id: a gateway answers each unit behind it from its own tables.
    private final Map<Integer, FaultableProcessImage> images = new TreeMap<>();
    private volatile DeviceFault fault = DeviceFault.NONE;
    private ModbusSlave slave;
    private ControllerPort front;

    /**
     * A device of one unit id whose tables answer every address up to the highest bound one (reading beyond it
     * answers exception 02).
     *
     * @param unitId   the unit id the device answers to
     * @param port     the TCP port on 127.0.0.1 (0 is not allowed: j2mod needs a concrete port)
     * @param bindings where each signal lives; all must use {@code unitId}
     */
    public SimulatedModbusDevice(int unitId, int port, List<RegisterBinding> bindings) {
        this(port, bindings, false);
        for (RegisterBinding b : this.bindings) {
            if (b.address().unitId() != unitId) {
                throw new IllegalArgumentException(b.signal() + " is bound to unit " + b.address().unitId()
                        + " but the device is unit " + unitId);
            }
        }
        images.computeIfAbsent(unitId, u -> image(u, false));
    }

    /**
     * A device (or a gateway) answering every unit id its bindings name.
     *
     * @param port           the TCP port on 127.0.0.1
     * @param bindings       where each signal lives, in any unit id
     * @param refuseUnmapped whether addresses no binding covers answer exception 02 (as a real device answers
     *                       for the holes between its mapped blocks) rather than 0
     */
    public SimulatedModbusDevice(int port, List<RegisterBinding> bindings, boolean refuseUnmapped) {
        this.port = port;
        this.bindings = List.copyOf(bindings);
        for (RegisterBinding b : this.bindings) {
            images.computeIfAbsent(b.address().unitId(), u -> image(u, refuseUnmapped));
        }
    }

    private FaultableProcessImage image(int unit, boolean refuseUnmapped) {
        Map<RegisterArea, BitSet> used = new EnumMap<>(RegisterArea.class);
        for (RegisterArea area : RegisterArea.values()) {
            used.put(area, new BitSet());
        }
        for (RegisterBinding b : bindings) {
            if (b.address().unitId() == unit) {
                used.get(b.address().area()).set(b.address().offset(), b.address().lastOffset() + 1);
            }
        }
        FaultableProcessImage image = new FaultableProcessImage(unit, () -> fault, refuseUnmapped ? used : null);
        for (int i = 0; i < used.get(RegisterArea.HOLDING_REGISTER).length(); i++) {
            image.addRegister(new SimpleRegister(0));
        }
        for (int i = 0; i < used.get(RegisterArea.INPUT_REGISTER).length(); i++) {
            image.addInputRegister(new SimpleInputRegister(0));
        }
        for (int i = 0; i < used.get(RegisterArea.COIL).length(); i++) {
            image.addDigitalOut(new SimpleDigitalOut(false));
        }
        for (int i = 0; i < used.get(RegisterArea.DISCRETE_INPUT).length(); i++) {
            image.addDigitalIn(new SimpleDigitalIn(false));
        }
        return image;
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
            for (Map.Entry<Integer, FaultableProcessImage> unit : images.entrySet()) {
                slave.addProcessImage(unit.getKey(), unit.getValue());
            }
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
        FaultableProcessImage image = images.get(a.unitId());
        switch (a.area()) {
            case COIL -> image.getDigitalOut(a.offset()).set(raw != 0);
            case DISCRETE_INPUT -> image.setDigitalIn(a.offset(), new SimpleDigitalIn(raw != 0));
            case HOLDING_REGISTER, INPUT_REGISTER -> writeWords(image, a, raw);
        }
    }

    private void writeWords(FaultableProcessImage image, TagAddress a, double raw) {
        Object value = switch (a.type().kind()) {
            case FLOAT32, FLOAT64 -> raw;
            case BOOL, BIT -> raw != 0;
            case STRING -> String.valueOf(Math.round(raw));
            default -> clamp(Math.round(raw), a.type());
        };
        if (a.type().kind() == DataType.Kind.BIT) {
            int current = register(image, a, 0);
            setRegister(image, a, 0, RegisterCodec.encodeBit(current, a.type(), a.byteOrder(), (Boolean) value));
            return;
        }
        int[] words = RegisterCodec.encode(a, value);
        for (int i = 0; i < words.length; i++) {
            setRegister(image, a, i, words[i]);
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

    private static int register(FaultableProcessImage image, TagAddress a, int i) {
        return a.area() == RegisterArea.HOLDING_REGISTER ? image.getRegister(a.offset() + i).getValue()
                : image.getInputRegister(a.offset() + i).getValue();
    }

    private static void setRegister(FaultableProcessImage image, TagAddress a, int i, int word) {
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
        return images.get(unitId()).getRegister(offset).getValue();
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

    /** @return the (lowest) unit id the device answers to */
    public int unitId() {
        return images.keySet().iterator().next();
    }

    /** @return every unit id the device answers to */
    public Set<Integer> unitIds() {
        return Set.copyOf(images.keySet());
    }

    /** @return the signals this device serves and where */
    public List<RegisterBinding> bindings() {
        return bindings;
    }

    @Override
    public void close() {
        inject(DeviceFault.NONE);
        stop();
    }
}
