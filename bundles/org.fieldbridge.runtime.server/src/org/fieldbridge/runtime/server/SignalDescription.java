package org.fieldbridge.runtime.server;

import java.util.Objects;

/**
 * A signal published as an AnalogItemType variable (OPC 10000-8 §5.3.2.4) under its equipment:
 * read-only for clients, with EngineeringUnits and EURange properties.
 *
 * @param browseName the browse name, also the last segment of the signal id
 * @param displayName the name shown to users
 * @param description what the signal measures (may be empty)
 * @param type the data type of its values
 * @param unit the engineering unit
 * @param range the EURange
 */
public record SignalDescription(String browseName, String displayName, String description, SignalType type,
        EngineeringUnit unit, EuRange range) {

    public SignalDescription {
        BrowseNames.require(browseName);
        Objects.requireNonNull(displayName, "displayName");
        description = BrowseNames.orEmpty(description);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(range, "range");
        if (!type.isNumeric()) {
            throw new IllegalArgumentException("signal " + browseName + ": an AnalogItem has a numeric data type, not "
                    + type);
        }
    }
}
