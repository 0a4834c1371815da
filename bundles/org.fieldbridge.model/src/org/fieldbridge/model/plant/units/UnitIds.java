/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.units;

import java.util.regex.Pattern;

/**
 * OPC UA {@code EUInformation.unitId} from a UNECE Recommendation 20 common code.
 *
 * <p>OPC 10000-8 §5.6.3 defines the unitId as the common code's ASCII characters packed into an Int32,
 * the last character in the lowest byte: {@code "CEL"} is {@code 0x43454C} = 4408652. The
 * {@code namespaceUri} of such an EUInformation is {@value #UNECE_NAMESPACE_URI}.
 */
public final class UnitIds {

    /** The EUInformation.namespaceUri for units identified by UNECE common codes. */
    public static final String UNECE_NAMESPACE_URI = "http://www.opcfoundation.org/UA/units/un/cefact";

    /** Shape of a Rec 20 common code: two or three upper-case letters or digits. */
    public static final Pattern COMMON_CODE = Pattern.compile("[A-Z0-9]{2,3}");

    private UnitIds() {
    }

    /**
     * Computes the OPC UA unitId of a common code.
     *
     * @param commonCode the UNECE Rec 20 common code, e.g. {@code CEL}
     * @return the unitId, or -1 if the code is missing or not of the Rec 20 form
     */
    public static int fromCommonCode(String commonCode) {
        if (commonCode == null || !COMMON_CODE.matcher(commonCode).matches()) {
            return -1;
        }
        int unitId = 0;
        for (int i = 0; i < commonCode.length(); i++) {
            unitId = (unitId << 8) | commonCode.charAt(i);
        }
        return unitId;
    }
}
