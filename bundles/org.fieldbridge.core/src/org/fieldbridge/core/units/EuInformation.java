/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

/**
 * The values of an OPC UA {@code EUInformation} (OPC 10000-8 §5.6.3), as a server publishes them in an
 * AnalogItem's EngineeringUnits property and a NodeSet2 file states them.
 *
 * @param namespaceUri the organisation that defines the unit ids, {@value #UNECE_NAMESPACE_URI} for UNECE codes
 * @param unitId       the unit id
 * @param displayName  the symbol
 * @param description  the name
 */
public record EuInformation(String namespaceUri, int unitId, String displayName, String description) {

    /** The EUInformation.namespaceUri of units identified by UNECE Recommendation 20 common codes. */
    public static final String UNECE_NAMESPACE_URI = "http://www.opcfoundation.org/UA/units/un/cefact";

    /**
     * The EUInformation of a unit of the UNECE table.
     *
     * @param code a UNECE common code, e.g. {@code CEL}
     * @return its EUInformation
     * @throws IllegalArgumentException when the table has no such code
     */
    public static EuInformation of(String code) {
        return UnitTable.standard().byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a UNECE Rec 20 code"))
                .euInformation();
    }
}
