/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/** The value types of signals and states, with their Java, runtime and OPC UA names. */
public enum ValueType {
    BOOLEAN("Boolean", "i=1"), INT64("Long", "i=8"), DOUBLE("Double", "i=11"), STRING("String", "i=12");

    private final String javaType;
    private final String dataTypeNodeId;

    ValueType(String javaType, String dataTypeNodeId) {
        this.javaType = javaType;
        this.dataTypeNodeId = dataTypeNodeId;
    }

    /** @return the boxed Java type of the values, e.g. {@code Double} */
    public String javaType() {
        return javaType;
    }

    /** @return the OPC UA data type NodeId of namespace 0, e.g. {@code i=11} */
    public String dataTypeNodeId() {
        return dataTypeNodeId;
    }

    /** @return the OPC UA data type's browse name, also the NodeSet2 alias, e.g. {@code Double} */
    public String dataTypeName() {
        return this == INT64 ? "Int64" : javaType;
    }

    /** @return whether values are numbers (and so have a unit and a range) */
    public boolean isNumeric() {
        return this == INT64 || this == DOUBLE;
    }
}
