/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.modbus;

import java.time.Duration;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import com.ghgande.j2mod.modbus.procimg.DigitalIn;
import com.ghgande.j2mod.modbus.procimg.DigitalOut;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import org.fieldbridge.runtime.register.RegisterArea;

/** A j2mod process image that misbehaves on demand (see {@link DeviceFault}). */
final class FaultableProcessImage extends SimpleProcessImage {

    /** The longest a silent device holds a request thread, so a forgotten fault cannot hang a test run. */
    private static final long MAX_SILENCE_MILLIS = 60_000;

    private final Supplier<DeviceFault> fault;
    // Per table the addresses a mapping covers; null: every address up to the table's end answers (Riverside).
    private final Map<RegisterArea, BitSet> mapped;

    FaultableProcessImage(int unitId, Supplier<DeviceFault> fault) {
        this(unitId, fault, null);
    }

    /**
     * @param mapped per table the addresses that answer; a request touching any other answers exception 02,
     *               as a real device answers for the holes between its mapped blocks (null: all answer)
     */
    FaultableProcessImage(int unitId, Supplier<DeviceFault> fault, Map<RegisterArea, BitSet> mapped) {
        super(unitId);
        this.fault = fault;
        this.mapped = mapped == null ? null : new EnumMap<>(mapped);
    }

    private void refuseUnmapped(RegisterArea area, int offset, int count) {
        if (mapped == null) {
            return;
        }
        BitSet used = mapped.get(area);
        if (offset < 0 || count < 1 || used == null || used.nextClearBit(offset) < offset + count) {
            throw new IllegalAddressException("unmapped address " + offset + "+" + count);
        }
    }

    @Override
    public Register[] getRegisterRange(int offset, int count) {
        refuseUnmapped(RegisterArea.HOLDING_REGISTER, offset, count);
        misbehave(offset, count);
        return super.getRegisterRange(offset, count);
    }

    @Override
    public InputRegister[] getInputRegisterRange(int offset, int count) {
        refuseUnmapped(RegisterArea.INPUT_REGISTER, offset, count);
        misbehave(offset, count);
        return super.getInputRegisterRange(offset, count);
    }

    @Override
    public DigitalOut[] getDigitalOutRange(int offset, int count) {
        refuseUnmapped(RegisterArea.COIL, offset, count);
        misbehave(offset, count);
        return super.getDigitalOutRange(offset, count);
    }

    @Override
    public DigitalIn[] getDigitalInRange(int offset, int count) {
        refuseUnmapped(RegisterArea.DISCRETE_INPUT, offset, count);
        misbehave(offset, count);
        return super.getDigitalInRange(offset, count);
    }

    private void misbehave(int offset, int count) {
        DeviceFault now = fault.get();
        switch (now.kind()) {
            case SLOW -> sleep(now.delay().toMillis());
            case SILENT -> {
                long until = System.currentTimeMillis() + MAX_SILENCE_MILLIS;
                while (fault.get().kind() == DeviceFault.Kind.SILENT && System.currentTimeMillis() < until) {
                    sleep(20);
                }
            }
            case EXCEPTION -> {
                if (now.rejects(offset, count)) {
                    throw new IllegalAddressException("simulated illegal address " + offset + "+" + count);
                }
            }
            case NONE -> {
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
