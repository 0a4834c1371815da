/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.highlighting;

/** Style ids of the semantic highlighting; an editor maps them to colours and fonts. */
public final class TwinHighlightingStyles {

    /** A reference into the plant model: a signal or equipment, e.g. {@code Tank3.BathTemp}. */
    public static final String PLANT_REFERENCE = "fieldbridge.plantReference";
    /** A reference to a connection declared in the file, e.g. {@code PLC4} after {@code map}. */
    public static final String CONNECTION_REFERENCE = "fieldbridge.connectionReference";
    /** The HMI's original tag name of a mapping, e.g. {@code "Temp_Sensor_7B"}. */
    public static final String HMI_TAG = "fieldbridge.hmiTag";
    /** A controller address: a Modbus address or an OPC UA NodeId. */
    public static final String ADDRESS = "fieldbridge.address";
    /** A secret reference ({@code secret "env:..."}); never a value. */
    public static final String SECRET_REFERENCE = "fieldbridge.secretReference";
    /** A secret written as a literal: shown as an error by the validator, marked here too. */
    public static final String SECRET_LITERAL = "fieldbridge.secretLiteral";

    /** An engineering unit ({@code degC}, {@code "m3/h"}) or time unit ({@code ms}, {@code s}). */
    public static final String UNIT = "fieldbridge.unit";
    /** The data type of a mapping's register value, e.g. {@code int16}, {@code float32}, {@code bit 0}. */
    public static final String DATA_TYPE = "fieldbridge.dataType";

    private TwinHighlightingStyles() {
    }
}
