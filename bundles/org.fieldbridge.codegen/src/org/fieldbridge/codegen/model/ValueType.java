/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * The value types of signals and states, with their Java, runtime and OPC UA names. A signal is published with
 * the narrowest OPC UA built-in type (OPC 10000-6 §5.1.2) that holds every value it can take: a Modbus
 * {@code uint16} read unscaled into an integer signal is UInt16, a {@code uint32} counter UInt32, an unscaled
 * {@code float32} Float; scaled or offset values are Double, integer signals of OPC UA sources Int64.
 */
public enum ValueType {
    BOOLEAN("Boolean", "i=1", "Boolean"),
    INT16("Integer", "i=4", "Int16"),
    UINT16("Integer", "i=5", "UInt16"),
    INT32("Integer", "i=6", "Int32"),
    UINT32("Long", "i=7", "UInt32"),
    INT64("Long", "i=8", "Int64"),
    FLOAT("Float", "i=10", "Float"),
    DOUBLE("Double", "i=11", "Double"),
    STRING("String", "i=12", "String");

    private final String javaType;
    private final String dataTypeNodeId;
    private final String dataTypeName;

    ValueType(String javaType, String dataTypeNodeId, String dataTypeName) {
        this.javaType = javaType;
        this.dataTypeNodeId = dataTypeNodeId;
        this.dataTypeName = dataTypeName;
    }

    /** @return the boxed Java type the runtime's values have, e.g. {@code Integer} for UInt16 */
    public String javaType() {
        return javaType;
    }

    /** @return the OPC UA data type NodeId of namespace 0, e.g. {@code i=11} */
    public String dataTypeNodeId() {
        return dataTypeNodeId;
    }

    /** @return the OPC UA data type's browse name, also the NodeSet2 alias, e.g. {@code UInt32} */
    public String dataTypeName() {
        return dataTypeName;
    }

    /** @return whether values are numbers (and so may have a unit and a range) */
    public boolean isNumeric() {
        return this != BOOLEAN && this != STRING;
    }

    /** @return whether values are whole numbers */
    public boolean isIntegral() {
        return isNumeric() && this != FLOAT && this != DOUBLE;
    }
}
