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
 * <li>Numeric signals (Int32, Int64, Float, Double) are AnalogItemType variables (OPC 10000-8 §5.3.2.4)
 * with an EURange property and, when a unit is given, an EngineeringUnits property.</li>
 * <li>Boolean and String signals (a running flag, a recipe name) are DataItemType variables
 * (OPC 10000-8 §5.3.1): they have neither unit nor range, so {@code unit} and {@code range} are null.</li>
 * </ul>
 *
 * @param browseName the browse name, also the last segment of the signal id
 * @param displayName the name shown to users
 * @param description what the signal measures (may be empty)
 * @param type the data type of its values
 * @param unit the engineering unit; null for a numeric signal without unit and for Boolean and String ones
 * @param range the EURange of a numeric signal; null for Boolean and String ones
 */
public record SignalDescription(String browseName, String displayName, String description, SignalType type,
        EngineeringUnit unit, EuRange range) {

    public SignalDescription {
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        Objects.requireNonNull(type, "type");
        if (type.isNumeric()) {
            Objects.requireNonNull(range, () -> "signal " + browseName + ": an AnalogItem needs an EURange");
        } else if (unit != null || range != null) {
            throw new IllegalArgumentException("signal " + browseName + ": a " + type
                    + " signal is not an AnalogItem and has neither unit nor range");
        }
    }

    /** @return a Boolean or String signal (a DataItemType variable, without unit or range) */
    public static SignalDescription discrete(String browseName, String displayName, String description,
            SignalType type) {
        if (type.isNumeric()) {
            throw new IllegalArgumentException("signal " + browseName + ": a numeric signal needs a range");
        }
        return new SignalDescription(browseName, displayName, description, type, null, null);
    }

    /** @return true when the signal is published as an AnalogItemType variable (numeric data type) */
    public boolean isAnalog() {
        return type.isNumeric();
    }
}
