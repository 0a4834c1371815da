/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.units.QuantityUnits;

/**
 * Unit names as engineers write them ({@code degC}, {@code A}, {@code bar}, {@code "m3/h"}) and the UNECE
 * Rec 20 common codes of the plant model they stand for. A common code ({@code CEL}) is accepted as is.
 */
public final class UnitSymbols {

    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        put("C62", "1");
        put("P1", "%");
        put("CEL", "degC", "°C");
        put("FAH", "degF", "°F");
        put("KEL", "K");
        put("BAR", "bar");
        put("MBR", "mbar");
        put("PAL", "Pa");
        put("KPA", "kPa");
        put("MPA", "MPa");
        put("PS", "psi");
        put("AMP", "A");
        put("4K", "mA");
        put("B22", "kA");
        put("VLT", "V");
        put("2Z", "mV");
        put("KVT", "kV");
        put("MQH", "m3/h", "m³/h");
        put("MQS", "m3/s", "m³/s");
        put("L2", "l/min");
        put("KGH", "kg/h");
        put("KGS", "kg/s");
        put("WTT", "W");
        put("KWT", "kW");
        put("MAW", "MW");
        put("JOU", "J");
        put("KJO", "kJ");
        put("KWH", "kWh");
        put("MWH", "MWh");
        put("MTR", "m");
        put("CMT", "cm");
        put("MMT", "mm");
        put("MTS", "m/s");
        put("2X", "m/min");
        put("KMH", "km/h");
        put("RPM", "rpm");
        put("HTZ", "Hz");
        put("KHZ", "kHz");
        put("KGM", "kg");
        put("GRM", "g");
        put("TNE", "t");
        put("SEC", "s");
        put("C26", "ms");
        put("MIN", "min");
        put("HUR", "h");
    }

    private UnitSymbols() {
    }

    private static void put(String code, String... symbols) {
        SYMBOLS.put(code, code);
        for (String symbol : symbols) {
            SYMBOLS.put(symbol, code);
        }
    }

    /**
     * The common code of a unit name.
     *
     * @param name a symbol such as {@code degC} or a common code such as {@code CEL}
     * @return the common code, or {@code null} if the name is unknown
     */
    public static String commonCode(String name) {
        return name == null ? null : SYMBOLS.get(name);
    }

    /**
     * The preferred symbol of a common code.
     *
     * @param code a common code
     * @return the first symbol registered for it, or the code itself
     */
    public static String symbol(String code) {
        for (Map.Entry<String, String> entry : SYMBOLS.entrySet()) {
            if (entry.getValue().equals(code) && !entry.getKey().equals(code)) {
                return entry.getKey();
            }
        }
        return code;
    }

    /**
     * The quantity a unit measures.
     *
     * @param code a common code
     * @return the first quantity the code fits, or {@code null}
     */
    public static Quantity quantityOf(String code) {
        for (Quantity quantity : Quantity.values()) {
            if (QuantityUnits.fits(quantity, code)) {
                return quantity;
            }
        }
        return null;
    }

    /**
     * A quantity in words, for messages.
     *
     * @param quantity the quantity
     * @return e.g. {@code electric current}
     */
    public static String describe(Quantity quantity) {
        return quantity.getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /**
     * The symbols of the units that fit a quantity, for messages.
     *
     * @param quantity the quantity
     * @return e.g. {@code [degC, degF, K]}
     */
    public static List<String> symbolsFor(Quantity quantity) {
        return QuantityUnits.unitsFor(quantity).stream().map(UnitSymbols::symbol).toList();
    }
}
