/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.units;

import java.util.regex.Pattern;

import org.fieldbridge.core.units.EuInformation;
import org.fieldbridge.core.units.Rec20Unit;

/**
 * OPC UA {@code EUInformation.unitId} from a UNECE Recommendation 20 common code, as
 * {@code org.fieldbridge.core.units} computes it (OPC 10000-8 §5.6.3: {@code "CEL"} is 0x43454C = 4408652).
 */
public final class UnitIds {

    /** The EUInformation.namespaceUri for units identified by UNECE common codes. */
    public static final String UNECE_NAMESPACE_URI = EuInformation.UNECE_NAMESPACE_URI;

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
        return Rec20Unit.unitIdOf(commonCode);
    }
}
