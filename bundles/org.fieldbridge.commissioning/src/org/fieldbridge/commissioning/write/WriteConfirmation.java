/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.commissioning.MappedValue;

/**
 * What a person confirms before a value is written: where it goes, what is there now, what will be there, and how
 * it is encoded on the wire. Made by {@link ControllerWrites#prepare}; nothing has been written yet.
 *
 * @param mapping the mapping written through
 * @param controller the connection's name, e.g. {@code PLC4}
 * @param where where the controller is, e.g. {@code 127.0.0.1:5020 unit 1} or the endpoint URL
 * @param address the canonical address ({@code holding:2}) or the NodeId
 * @param modicon the Modicon address ({@code 400003}); empty for OPC UA
 * @param oldValue the engineering value read just before, e.g. {@code 1201.08}; {@code -} when none could be read
 * @param newValue the engineering value to write, as it will read back, e.g. {@code 1250}
 * @param unit the plant signal's unit symbol, may be empty
 * @param dataType the data type as encoded: {@code float32 CDAB}, {@code int16 AB (scale 0.1)}, OPC UA {@code Double}
 * @param raw the raw value sent, e.g. {@code 1250.0} or {@code 215}
 * @param words the register words sent, in address order (empty for OPC UA and coils)
 */
public record WriteConfirmation(MappedValue mapping, String controller, String where, String address, String modicon,
        String oldValue, String newValue, String unit, String dataType, Object raw, int[] words) {

    public WriteConfirmation {
        words = words.clone();
    }

    /** @return the words sent as hex, e.g. {@code 4000 449C}; empty without words */
    public String wordsText() {
        return WriteConfirmation.hex(words);
    }

    /** @return e.g. {@code holding:2 (400003)} or the NodeId */
    public String addressText() {
        return modicon.isEmpty() ? address : address + " (" + modicon + ")";
    }

    /** @return a value with its unit, e.g. {@code 1250 A} */
    public String withUnit(String value) {
        return unit.isEmpty() || "-".equals(value) ? value : value + " " + unit;
    }

    /** @return the confirmation as label/value pairs in the order a person reads them */
    public List<String[]> fields() {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] { "Controller", controller + " (" + where + ")" });
        fields.add(new String[] { "Address", addressText() });
        fields.add(new String[] { "Signal", mapping.signal() });
        fields.add(new String[] { "Old value", withUnit(oldValue) });
        fields.add(new String[] { "New value", withUnit(newValue) });
        fields.add(new String[] { "Data type", dataType });
        if (words.length > 0) {
            fields.add(new String[] { "Registers", wordsText() });
        }
        return fields;
    }

    static String hex(int[] words) {
        StringBuilder text = new StringBuilder();
        for (int w : words) {
            text.append(text.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%04X", w & 0xFFFF));
        }
        return text.toString();
    }
}
