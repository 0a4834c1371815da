/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.core.units.Rec20Unit;
import org.fieldbridge.core.units.UnitTable;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;

/**
 * The one-line detail a content-assist proposal shows for a plant signal, e.g.
 * {@code measurement · temperature · °C · 0 .. 40}: what an engineer needs to pick the right signal without
 * opening the plant file. Parts the plant does not give (unit, range) are left out.
 */
public class SignalDetail {

    private static final String SEPARATOR = " \u00b7 ";

    /**
     * @param signal a resolved plant signal
     * @return kind, quantity, unit symbol and valid range, separated by middle dots
     */
    public String of(Signal signal) {
        List<String> parts = new ArrayList<>();
        parts.add(signal.getKind().getLiteral());
        if (signal.getQuantity() != null) {
            parts.add(signal.getQuantity().getLiteral());
        }
        if (signal.getUnit() != null && signal.getUnit().getCommonCode() != null) {
            parts.add(symbol(signal.getUnit().getCommonCode()));
        }
        String range = range(signal.getValidRange());
        if (!range.isEmpty()) {
            parts.add(range);
        }
        return String.join(SEPARATOR, parts);
    }

    /** The symbol engineers read on displays ({@code °C}), as the OPC UA unit table gives it. */
    private static String symbol(String code) {
        return UnitTable.standard().byCode(code).map(Rec20Unit::displayName).orElse(code);
    }

    private static String range(ValueRange range) {
        if (range == null) {
            return "";
        }
        if (range.isSetMinimum() && range.isSetMaximum()) {
            return number(range.getMinimum()) + " .. " + number(range.getMaximum());
        }
        if (range.isSetMinimum()) {
            return "\u2265 " + number(range.getMinimum());
        }
        if (range.isSetMaximum()) {
            return "\u2264 " + number(range.getMaximum());
        }
        return "";
    }

    /** Writes 40.0 as {@code 40}, keeps real fractions such as {@code 0.5}. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
