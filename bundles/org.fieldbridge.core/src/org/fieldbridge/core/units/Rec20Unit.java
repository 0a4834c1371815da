/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

/**
 * One unit of UNECE Recommendation 20 as OPC UA publishes it: a row of {@code UNECE_to_OPCUA.csv}.
 *
 * @param code        the UNECE common code, e.g. {@code CEL}
 * @param unitId      the OPC UA {@code EUInformation.unitId}, e.g. 4408652
 * @param displayName the symbol, e.g. {@code °C}
 * @param description the name, e.g. {@code degree Celsius}
 */
public record Rec20Unit(String code, int unitId, String displayName, String description) {

    /**
     * The OPC UA unitId of a common code (OPC 10000-8 §5.6.3): its ASCII characters packed into an Int32,
     * the last character in the lowest byte, so {@code CEL} is 0x43454C = 4408652.
     *
     * @param code a common code of two or three upper-case letters or digits
     * @return the unitId, or -1 when the code is missing or not of that form
     */
    public static int unitIdOf(String code) {
        if (code == null || !code.matches("[A-Z0-9]{2,3}")) {
            return -1;
        }
        int unitId = 0;
        for (int i = 0; i < code.length(); i++) {
            unitId = (unitId << 8) | code.charAt(i);
        }
        return unitId;
    }

    /**
     * The symbol to show a person: the display name, or its first form where the table gives two
     * ({@code % or pct}, {@code dt or dtn}); OPC UA keeps the table's display name as it is.
     *
     * @return e.g. {@code %} for P1
     */
    public String symbol() {
        return symbolOf(displayName);
    }

    /**
     * The symbol to show a person for a display name of the table, as {@link #symbol()}.
     *
     * @param displayName a display name of the table, e.g. {@code % or pct}
     * @return its first form, e.g. {@code %}
     */
    public static String symbolOf(String displayName) {
        int or = displayName.indexOf(" or ");
        return or < 0 ? displayName : displayName.substring(0, or);
    }

    /** @return the OPC UA EUInformation of this unit */
    public EuInformation euInformation() {
        return new EuInformation(EuInformation.UNECE_NAMESPACE_URI, unitId, displayName, description);
    }
}
