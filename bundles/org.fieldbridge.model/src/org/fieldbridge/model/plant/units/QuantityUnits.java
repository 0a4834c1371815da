/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.units;

import java.util.List;

import org.fieldbridge.core.units.QuantityCatalog;
import org.fieldbridge.core.units.QuantityDefinition;
import org.fieldbridge.model.plant.Quantity;

/**
 * Which UNECE Rec 20 common codes fit which quantity of the plant metamodel. The facts are data of
 * {@code org.fieldbridge.core.units} ({@code quantities.txt}); this class reads them by the quantity's literal.
 */
public final class QuantityUnits {

    private QuantityUnits() {
    }

    private static QuantityDefinition definition(Quantity quantity) {
        if (quantity == null) {
            return null;
        }
        return QuantityCatalog.standard().byName(quantity.getLiteral()).orElseThrow(() -> new IllegalStateException(
                "quantity '" + quantity.getLiteral() + "' of plant.ecore is missing from org.fieldbridge.core's quantities.txt"));
    }

    /**
     * Returns the common codes that fit a quantity.
     *
     * @param quantity the quantity
     * @return the codes, preferred first; empty for {@link Quantity#STATE}, which has no unit
     */
    public static List<String> unitsFor(Quantity quantity) {
        QuantityDefinition definition = definition(quantity);
        return definition == null ? List.of() : definition.codes();
    }

    /**
     * Tells whether a signal of this quantity needs a unit at all.
     *
     * @param quantity the quantity
     * @return {@code false} for states, counts, pH values and dimensionless numbers, {@code true} for physical
     *         quantities
     */
    public static boolean requiresUnit(Quantity quantity) {
        QuantityDefinition definition = definition(quantity);
        return definition != null && definition.requiresUnit();
    }

    /**
     * Tells whether a unit fits a quantity.
     *
     * @param quantity   the quantity
     * @param commonCode the unit's common code
     * @return whether the code is listed for the quantity
     */
    public static boolean fits(Quantity quantity, String commonCode) {
        QuantityDefinition definition = definition(quantity);
        return definition != null && definition.fits(commonCode);
    }

    /**
     * A quantity in plant engineers' words, for messages.
     *
     * @param quantity the quantity
     * @return e.g. {@code electric current}
     */
    public static String describe(Quantity quantity) {
        QuantityDefinition definition = definition(quantity);
        return definition == null ? "" : definition.words();
    }
}
