/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.units;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.model.plant.Quantity;

/**
 * Which UNECE Rec 20 common codes fit which quantity. Deliberately a small table of the units met on
 * finishing, coating, stamping, casting and extrusion lines; extend it when a plant needs another unit.
 */
public final class QuantityUnits {

    private static final Map<Quantity, List<String>> UNITS = new EnumMap<>(Quantity.class);

    static {
        UNITS.put(Quantity.DIMENSIONLESS, List.of("C62", "P1"));
        UNITS.put(Quantity.TEMPERATURE, List.of("CEL", "FAH", "KEL"));
        UNITS.put(Quantity.PRESSURE, List.of("BAR", "MBR", "PAL", "KPA", "MPA", "PS"));
        UNITS.put(Quantity.ELECTRIC_CURRENT, List.of("AMP", "4K", "B22"));
        UNITS.put(Quantity.VOLTAGE, List.of("VLT", "2Z", "KVT"));
        UNITS.put(Quantity.VOLUME_FLOW, List.of("MQH", "MQS", "L2", "G2"));
        UNITS.put(Quantity.MASS_FLOW, List.of("KGH", "KGS"));
        UNITS.put(Quantity.POWER, List.of("WTT", "KWT", "MAW"));
        UNITS.put(Quantity.ENERGY, List.of("JOU", "KJO", "KWH", "MWH"));
        UNITS.put(Quantity.LEVEL, List.of("MTR", "CMT", "MMT", "P1"));
        UNITS.put(Quantity.SPEED, List.of("MTS", "2X", "KMH"));
        UNITS.put(Quantity.ROTATIONAL_SPEED, List.of("RPM", "2A"));
        UNITS.put(Quantity.FREQUENCY, List.of("HTZ", "KHZ"));
        UNITS.put(Quantity.MASS, List.of("KGM", "GRM", "TNE"));
        UNITS.put(Quantity.DURATION, List.of("SEC", "C26", "MIN", "HUR"));
        UNITS.put(Quantity.STATE, List.of());
        UNITS.put(Quantity.COUNT, List.of("C62"));
    }

    private QuantityUnits() {
    }

    /**
     * Returns the common codes that fit a quantity.
     *
     * @param quantity the quantity
     * @return the codes, preferred first; empty for {@link Quantity#STATE}, which has no unit
     */
    public static List<String> unitsFor(Quantity quantity) {
        return UNITS.getOrDefault(quantity, List.of());
    }

    /**
     * Tells whether a signal of this quantity needs a unit at all.
     *
     * @param quantity the quantity
     * @return {@code false} for states, counts and dimensionless numbers, {@code true} for physical quantities
     */
    public static boolean requiresUnit(Quantity quantity) {
        return quantity != Quantity.STATE && quantity != Quantity.COUNT && quantity != Quantity.DIMENSIONLESS;
    }

    /**
     * Tells whether a unit fits a quantity.
     *
     * @param quantity   the quantity
     * @param commonCode the unit's common code
     * @return whether the code is listed for the quantity
     */
    public static boolean fits(Quantity quantity, String commonCode) {
        return unitsFor(quantity).contains(commonCode);
    }
}
