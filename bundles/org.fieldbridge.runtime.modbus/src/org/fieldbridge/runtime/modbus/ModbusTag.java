/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.util.Objects;

import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * A named signal read from a Modbus device.
 *
 * @param name the signal name samples are published under
 * @param address where and how it is read
 * @param conditioning how its raw value becomes an engineering value
 */
public record ModbusTag(String name, TagAddress address, Conditioning conditioning) {

    public ModbusTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(conditioning, "conditioning");
    }

    /** @return a tag without conditioning */
    public static ModbusTag of(String name, TagAddress address) {
        return new ModbusTag(name, address, Conditioning.IDENTITY);
    }
}
