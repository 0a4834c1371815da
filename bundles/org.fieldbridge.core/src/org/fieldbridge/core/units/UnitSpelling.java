/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

/**
 * What a unit written in a file stands for: a unit of the UNECE table, possibly times a factor for the few
 * units Rec 20 has no code for ({@code tf}, tonne-force, is 9.80665 kN).
 *
 * @param spelling the text as written, e.g. {@code degC}
 * @param unit     the table's unit, e.g. CEL
 * @param factor   how many of {@code unit} one of the spelling is; 1 for the table's own units
 */
public record UnitSpelling(String spelling, Rec20Unit unit, double factor) {

    /** @return the unit's common code */
    public String code() {
        return unit.code();
    }

    /** @return whether the spelling names the table's unit itself rather than a multiple of it */
    public boolean exact() {
        return factor == 1;
    }
}
