/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * One mapping of a .twin file as the runtime will read it: resolved once by the language and the generator
 * (canonical address, data type, byte and word order, conditioning in the plant's unit) together with the facts
 * of the plant signal it feeds.
 *
 * @param signal the plant signal's qualified name, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp}
 * @param connection the name of the .twin connection it is read over
 * @param hmiTag the HMI tag label of the mapping, may be null
 * @param address where and how a Modbus value is read (null for OPC UA)
 * @param nodeId the OPC UA node (null for Modbus)
 * @param written the source as written in the .twin file, e.g. {@code 4x0003}
 * @param canonical the canonical source, e.g. {@code holding:2} or the NodeId
 * @param spelledType the data type as the .twin spells it, e.g. {@code float32} (empty for OPC UA)
 * @param conditioning raw to engineering value, with the valid range, exactly as the runtime conditions it
 * @param unit the plant unit's symbol, e.g. {@code °C}; empty without one
 * @param low the lowest value the plant signal may take (negative infinity: none)
 * @param high the highest value the plant signal may take (positive infinity: none)
 * @param integral whether the plant signal holds whole numbers
 * @param origin where the mapping is written, e.g. {@code riverside.twin:25}
 */
public record MappedValue(String signal, String connection, String hmiTag, TagAddress address, String nodeId,
        String written, String canonical, String spelledType, Conditioning conditioning, String unit, double low,
        double high, boolean integral, String origin) {

    /** @return whether it is read from a Modbus controller */
    public boolean isModbus() {
        return address != null;
    }

    /**
     * @param name a qualified name or its tail at a dot, e.g. {@code Tank1.RectifierCurrent}
     * @return whether this mapping's signal is meant
     */
    public boolean isNamed(String name) {
        return signal.equals(name) || signal.endsWith("." + name);
    }

    /** @return the plant signal's valid range as text, e.g. {@code 0 .. 3000 A}; empty without one */
    public String rangeText() {
        if (!Double.isFinite(low) && !Double.isFinite(high)) {
            return "";
        }
        return Numbers.text(low) + " .. " + Numbers.text(high) + (unit.isEmpty() ? "" : " " + unit);
    }
}
