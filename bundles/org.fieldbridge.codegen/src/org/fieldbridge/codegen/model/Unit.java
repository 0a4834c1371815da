package org.fieldbridge.codegen.model;

/**
 * An engineering unit as OPC UA EUInformation describes it.
 *
 * @param commonCode the UNECE Rec 20 common code, e.g. {@code CEL}
 * @param displayName the symbol, e.g. {@code °C}
 * @param description the name, e.g. {@code degree Celsius}
 */
public record Unit(String commonCode, String displayName, String description) {

    /** @return the OPC UA unitId (OPC 10000-8 §5.6.3): the code's ASCII bytes, last in the lowest byte */
    public int unitId() {
        int id = 0;
        for (int i = 0; i < commonCode.length(); i++) {
            id = (id << 8) | commonCode.charAt(i);
        }
        return id;
    }
}
