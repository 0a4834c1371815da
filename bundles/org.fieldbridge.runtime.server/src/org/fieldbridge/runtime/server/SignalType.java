/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/** The OPC UA built-in data type a signal or state variable is published as (OPC 10000-6 §5.1.2). */
public enum SignalType {
    BOOLEAN(Boolean.class), INT32(Integer.class), INT64(Long.class), FLOAT(Float.class), DOUBLE(Double.class),
    STRING(String.class);

    private final Class<?> javaType;

    SignalType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** @return the Java type a published value of this data type has on the wire side */
    public Class<?> javaType() {
        return javaType;
    }

    /** @return true for the numeric types, which may carry an EURange */
    public boolean isNumeric() {
        return this != BOOLEAN && this != STRING;
    }
}
