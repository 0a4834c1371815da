package org.fieldbridge.runtime.server;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An engineering unit identified by its UN/CEFACT (UNECE Recommendation 20) common code, published
 * as the EUInformation of an AnalogItem (OPC 10000-8 §5.6.3).
 *
 * @param commonCode the UNECE common code, e.g. {@code CEL} for degree Celsius
 * @param displayName the unit symbol shown to users, e.g. {@code °C}
 * @param description the unit's full name, e.g. {@code degree Celsius}
 */
public record EngineeringUnit(String commonCode, String displayName, String description) {

    /** The namespace of UNECE unit ids (OPC 10000-8 §5.6.3). */
    public static final String UNECE_NAMESPACE_URI = "http://www.opcfoundation.org/UA/units/un/cefact";

    private static final Pattern COMMON_CODE = Pattern.compile("[A-Z0-9]{1,3}");

    public EngineeringUnit {
        Objects.requireNonNull(commonCode, "commonCode");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        if (!COMMON_CODE.matcher(commonCode).matches()) {
            throw new IllegalArgumentException(
                    "a UNECE common code has 1 to 3 upper-case letters or digits, not '" + commonCode + "'");
        }
    }

    /**
     * The UnitId of OPC 10000-8 §5.6.3: the ASCII bytes of the common code, left to right, each shifted
     * into the next lower byte ({@code CEL} is 0x43454C = 4408652).
     *
     * @return the 32-bit unit id
     */
    public int unitId() {
        int unitId = 0;
        for (int i = 0; i < commonCode.length(); i++) {
            unitId = (unitId << 8) | commonCode.charAt(i);
        }
        return unitId;
    }
}
