/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Objects;

/**
 * A signal published as a read-only variable under its equipment.
 *
 * <ul>
 * <li>Numeric signals (Int16, UInt16, Int32, UInt32, Int64, Float, Double) with a range are AnalogItemType
 * variables (OPC 10000-8 §5.3.2.4) with an EURange property and, when a unit is given, an EngineeringUnits
 * property; without a range but with a unit they are AnalogUnitType (§5.3.2.3: EngineeringUnits, no EURange);
 * without either, DataItemType. An AnalogItem's EURange is mandatory, so an empty (NaN or infinite) one is
 * never published: the range is left out instead.</li>
 * <li>Boolean and String signals (a running flag, a recipe name) are DataItemType variables
 * (OPC 10000-8 §5.3.1): they have neither unit nor range, so {@code unit} and {@code range} are null.</li>
 * </ul>
 *
 * @param browseName the browse name, also the last segment of the signal id
 * @param displayName the name shown to users
 * @param description what the signal measures (may be empty)
 * @param type the data type of its values
 * @param unit the engineering unit; null for a numeric signal without unit and for Boolean and String ones
 * @param range the EURange of a numeric signal, two finite limits; null when the model gives none, and for
 *        Boolean and String signals
 */
public record SignalDescription(String browseName, String displayName, String description, SignalType type,
        EngineeringUnit unit, EuRange range) {

    public SignalDescription {
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        Objects.requireNonNull(type, "type");
        if (type.isNumeric()) {
            if (range != null && !(Double.isFinite(range.low()) && Double.isFinite(range.high()))) {
                throw new IllegalArgumentException("signal " + browseName + ": an EURange needs two finite limits, not "
                        + range.low() + " .. " + range.high() + " (leave it out instead)");
            }
        } else if (unit != null || range != null) {
            throw new IllegalArgumentException("signal " + browseName + ": a " + type
                    + " signal is not an AnalogItem and has neither unit nor range");
        }
    }

    /** @return a signal without unit or range (a DataItemType variable): Boolean, String or a plain count */
    public static SignalDescription discrete(String browseName, String displayName, String description,
            SignalType type) {
        return new SignalDescription(browseName, displayName, description, type, null, null);
    }

    /** @return true when the signal is published as an AnalogItemType variable (numeric, with a range) */
    public boolean isAnalog() {
        return type.isNumeric() && range != null;
    }

    /** @return true when the signal is published as an AnalogUnitType variable (numeric, unit, no range) */
    public boolean isAnalogUnit() {
        return type.isNumeric() && range == null && unit != null;
    }
}
