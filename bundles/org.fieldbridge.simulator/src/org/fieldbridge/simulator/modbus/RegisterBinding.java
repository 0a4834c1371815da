/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.modbus;

import java.util.Objects;

import org.fieldbridge.runtime.register.TagAddress;

/**
 * Where the simulated controller keeps a signal: {@code raw = (value - offset) / scale} written at the
 * address with the address's type and byte/word order. The inverse of a `.twin` mapping's conditioning.
 *
 * @param signal  the simulated signal, {@code Equipment.Signal}
 * @param address the register (or coil) address in the simulated device
 * @param scale   engineering units per raw count (e.g. 0.1 for a temperature in tenths of a degree)
 * @param offset  engineering value at raw 0
 */
public record RegisterBinding(String signal, TagAddress address, double scale, double offset) {

    public RegisterBinding {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(address, "address");
        if (scale == 0 || Double.isNaN(scale)) {
            throw new IllegalArgumentException("scale of " + signal + " must be a non-zero number");
        }
    }

    /** A binding without scaling. */
    public static RegisterBinding of(String signal, TagAddress address) {
        return new RegisterBinding(signal, address, 1, 0);
    }

    /** @return the raw value for an engineering value */
    public double raw(double engineeringValue) {
        return (engineeringValue - offset) / scale;
    }
}
