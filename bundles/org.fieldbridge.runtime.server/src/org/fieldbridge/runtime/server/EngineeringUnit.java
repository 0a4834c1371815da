/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Objects;

import org.fieldbridge.core.units.EuInformation;
import org.fieldbridge.core.units.Rec20Unit;

/**
 * An engineering unit identified by its UN/CEFACT (UNECE Recommendation 20) common code, published
 * as the EUInformation of an AnalogItem (OPC 10000-8 §5.6.3). Generated runtimes state the values of the
 * UNECE table of {@code org.fieldbridge.core.units}; {@link #of(String)} reads them from it.
 *
 * @param commonCode the UNECE common code, e.g. {@code CEL} for degree Celsius
 * @param displayName the unit symbol shown to users, e.g. {@code °C}
 * @param description the unit's full name, e.g. {@code degree Celsius}
 */
public record EngineeringUnit(String commonCode, String displayName, String description) {

    /** The namespace of UNECE unit ids (OPC 10000-8 §5.6.3). */
    public static final String UNECE_NAMESPACE_URI = EuInformation.UNECE_NAMESPACE_URI;

    public EngineeringUnit {
        Objects.requireNonNull(commonCode, "commonCode");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        if (Rec20Unit.unitIdOf(commonCode) < 0) {
            throw new IllegalArgumentException(
                    "a UNECE common code has 2 or 3 upper-case letters or digits, not '" + commonCode + "'");
        }
    }

    /**
     * The unit as the UNECE table that OPC UA publishes states it.
     *
     * @param commonCode a common code, e.g. {@code CEL}
     * @return the unit with the table's symbol and name
     * @throws IllegalArgumentException when the table has no such code
     */
    public static EngineeringUnit of(String commonCode) {
        EuInformation eu = EuInformation.of(commonCode);
        return new EngineeringUnit(commonCode, eu.displayName(), eu.description());
    }

    /**
     * The symbol to show a person (live view, Sparkplug's engineering unit property): the display name, or
     * its first form where the table gives two ({@code %} for {@code % or pct}). OPC UA's EUInformation keeps
     * the display name as the table states it.
     *
     * @return e.g. {@code %}
     */
    public String symbol() {
        return Rec20Unit.symbolOf(displayName);
    }

    /**
     * The UnitId of OPC 10000-8 §5.6.3: the ASCII bytes of the common code, left to right, each shifted
     * into the next lower byte ({@code CEL} is 0x43454C = 4408652).
     *
     * @return the 32-bit unit id
     */
    public int unitId() {
        return Rec20Unit.unitIdOf(commonCode);
    }
}
