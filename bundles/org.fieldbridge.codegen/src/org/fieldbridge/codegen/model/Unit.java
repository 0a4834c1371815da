/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import org.fieldbridge.core.units.Rec20Unit;
import org.fieldbridge.core.units.UnitTable;

/**
 * An engineering unit as OPC UA EUInformation describes it.
 *
 * @param commonCode the UNECE Rec 20 common code, e.g. {@code CEL}
 * @param displayName the symbol, e.g. {@code °C}
 * @param description the name, e.g. {@code degree Celsius}
 */
public record Unit(String commonCode, String displayName, String description) {

    /**
     * The unit as the UNECE table that OPC UA publishes states it (what the CTT checks EUInformation against).
     *
     * @param commonCode a common code
     * @return the unit with the table's symbol and name, or null when the table has no such code
     */
    public static Unit of(String commonCode) {
        return UnitTable.standard().byCode(commonCode)
                .map(u -> new Unit(u.code(), u.displayName(), u.description())).orElse(null);
    }

    /** @return the OPC UA unitId (OPC 10000-8 §5.6.3): the code's ASCII bytes, last in the lowest byte */
    public int unitId() {
        return Rec20Unit.unitIdOf(commonCode);
    }
}
