/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.List;

/**
 * A quantity a plant signal measures and the units that fit it.
 *
 * @param name         the name, equal to the literal of the plant metamodel's {@code Quantity}, e.g. {@code force}
 * @param words        the quantity in plant engineers' words, e.g. {@code electric current}
 * @param requiresUnit whether a signal of this quantity must name a unit
 * @param codes        the common codes that fit, preferred first
 */
public record QuantityDefinition(String name, String words, boolean requiresUnit, List<String> codes) {

    public QuantityDefinition {
        codes = List.copyOf(codes);
    }

    /**
     * @param code a common code
     * @return whether the unit fits this quantity
     */
    public boolean fits(String code) {
        return codes.contains(code);
    }
}
