/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/** The OPC UA built-in data type a signal or state variable is published as (OPC 10000-6 §5.1.2). */
public enum SignalType {
    BOOLEAN(Boolean.class), INT16(Short.class), UINT16(Integer.class), INT32(Integer.class), UINT32(Long.class),
    INT64(Long.class), FLOAT(Float.class), DOUBLE(Double.class), STRING(String.class);

    private final Class<?> javaType;

    SignalType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * @return the Java type that holds every value of this data type (UInt16 in an Integer, UInt32 in a Long);
     *         the server converts it to the OPC UA encoding
     */
    public Class<?> javaType() {
        return javaType;
    }

    /** @return true for the numeric types, which may carry an EURange */
    public boolean isNumeric() {
        return this != BOOLEAN && this != STRING;
    }
}
