/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModiconAddress;
import org.fieldbridge.dsl.twin.ModiconXAddress;
import org.fieldbridge.dsl.twin.Plc4xAddress;
import org.fieldbridge.dsl.twin.SpaceAddress;

/**
 * Writes a register address in the spelling the user chose for the address it replaces (Modicon
 * {@code 40023}, {@code 4x0023}, {@code holding 23}, {@code holding-register:23:INT}), so that a quick fix
 * changes the number and nothing else. The inverse of {@code ModbusAddresses.normalise}.
 */
final class AddressSpelling {

    private static final int FIVE_DIGIT_MAX = 9999;

    private AddressSpelling() {
    }

    /**
     * @param written the address as parsed, whose spelling is kept
     * @param address the new address (same table)
     * @param base the connection's addressing (plain register numbers only)
     * @return the text of the new address
     */
    static String respell(ModbusAddress written, RegisterAddress address, AddressBase base) {
        long number = address.offset() + 1;
        char prefix = address.table().modiconPrefix();
        if (written instanceof SpaceAddress spaced) {
            String digits = spaced.getNumber();
            boolean modicon = (digits.length() == 5 || digits.length() == 6) && digits.charAt(0) == prefix;
            String keyword = address.table().keyword();
            if (modicon) {
                return keyword + " " + modicon(prefix, number, digits.length());
            }
            return keyword + " " + (base == AddressBase.ZERO_BASED ? address.offset() : number);
        }
        if (written instanceof ModiconAddress modicon) {
            return modicon(prefix, number, modicon.getText().length());
        }
        if (written instanceof ModiconXAddress modiconX) {
            int width = Math.max(4, modiconX.getText().length() - 2);
            return prefix + "x" + String.format("%0" + width + "d", number);
        }
        if (written instanceof Plc4xAddress plc4x) {
            String type = plc4x.getTypeName() == null ? "" : ":" + plc4x.getTypeName();
            return plc4xSpace(plc4x) + ":" + number + type;
        }
        return address.canonical();
    }

    private static String modicon(char prefix, long number, int length) {
        return length == 5 && number <= FIVE_DIGIT_MAX ? prefix + String.format("%04d", number)
                : prefix + String.format("%05d", number);
    }

    private static String plc4xSpace(Plc4xAddress plc4x) {
        return switch (plc4x.getSpace()) {
            case COIL -> "coil";
            case DISCRETE -> "discrete-input";
            case INPUT -> "input-register";
            case HOLDING -> "holding-register";
        };
    }
}
