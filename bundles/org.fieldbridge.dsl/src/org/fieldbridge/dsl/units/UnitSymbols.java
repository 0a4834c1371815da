/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.units;

import java.util.List;

import org.fieldbridge.core.units.QuantityCatalog;
import org.fieldbridge.core.units.QuantityDefinition;
import org.fieldbridge.core.units.UnitSpelling;
import org.fieldbridge.core.units.UnitSpellings;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.units.QuantityUnits;

/**
 * Unit names as engineers write them in .twin files ({@code degC}, {@code A}, {@code bar}, {@code "m3/h"},
 * {@code CEL}, {@code "°C"}) and the UNECE Rec 20 common codes they stand for, as
 * {@code org.fieldbridge.core.units} resolves them.
 */
public final class UnitSymbols {

    private UnitSymbols() {
    }

    /**
     * What a unit name stands for, with the factor of units Rec 20 has no code for ({@code tf}).
     *
     * @param name a spelling such as {@code degC}, a symbol such as {@code °C} or a common code such as {@code CEL}
     * @return the resolved unit, or {@code null} if the name is unknown
     */
    public static UnitSpelling resolve(String name) {
        return UnitSpellings.standard().resolve(name).orElse(null);
    }

    /**
     * The common code of a unit name.
     *
     * @param name a symbol such as {@code degC} or a common code such as {@code CEL}
     * @return the common code, or {@code null} if the name is unknown
     */
    public static String commonCode(String name) {
        UnitSpelling spelling = resolve(name);
        return spelling == null ? null : spelling.code();
    }

    /**
     * The preferred symbol of a common code.
     *
     * @param code a common code
     * @return e.g. {@code degC} for CEL, the table's symbol for codes without a friendly spelling, else the code
     */
    public static String symbol(String code) {
        return UnitSpellings.standard().preferredSpelling(code);
    }

    /**
     * The quantity a unit measures.
     *
     * @param code a common code
     * @return the first quantity the code fits, or {@code null}
     */
    public static Quantity quantityOf(String code) {
        List<QuantityDefinition> quantities = QuantityCatalog.standard().quantitiesOf(code);
        return quantities.isEmpty() ? null : Quantity.get(quantities.get(0).name());
    }

    /**
     * A quantity in words, for messages.
     *
     * @param quantity the quantity
     * @return e.g. {@code electric current}
     */
    public static String describe(Quantity quantity) {
        return QuantityUnits.describe(quantity);
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

    /**
     * The known unit names closest to an unknown one.
     *
     * @param name the unknown name
     * @return at most three names, closest first
     */
    public static List<String> suggestions(String name) {
        return UnitSpellings.standard().suggestions(name);
    }

    /**
     * The names of a quantity's units closest to a name, for a unit that does not fit the quantity.
     *
     * @param name     the name as written
     * @param quantity the quantity the unit should fit
     * @return at most three names, closest first
     */
    public static List<String> suggestions(String name, Quantity quantity) {
        return UnitSpellings.standard().suggestions(name, QuantityUnits.unitsFor(quantity));
    }
}
