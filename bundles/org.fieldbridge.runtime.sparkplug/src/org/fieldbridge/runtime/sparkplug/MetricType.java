/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import org.eclipse.tahu.message.model.MetricDataType;

/**
 * The data type of a metric: the runtime's signal types (the OPC UA built-in types it publishes) and the
 * Sparkplug B data type each one is sent as. The Java type a value is converted to is Tahu's for that
 * Sparkplug type (an Int16 in a Short, a UInt16 in an Integer, a UInt32 in a Long).
 */
public enum MetricType {
    BOOLEAN(MetricDataType.Boolean), INT16(MetricDataType.Int16), UINT16(MetricDataType.UInt16),
    INT32(MetricDataType.Int32), UINT32(MetricDataType.UInt32), INT64(MetricDataType.Int64),
    FLOAT(MetricDataType.Float), DOUBLE(MetricDataType.Double), STRING(MetricDataType.String);

    private final MetricDataType sparkplugType;

    MetricType(MetricDataType sparkplugType) {
        this.sparkplugType = sparkplugType;
    }

    /** @return the Sparkplug B data type metrics of this type are published with */
    public MetricDataType sparkplugType() {
        return sparkplugType;
    }

    /**
     * @param value a sample's value (Boolean, a Number or a String), or null
     * @return the value as the Java type Tahu expects for this type; null stays null
     */
    public Object convert(Object value) {
        if (value == null) {
            return null;
        }
        if (this == STRING) {
            return String.valueOf(value);
        }
        if (this == BOOLEAN) {
            return value instanceof Boolean b ? b : value instanceof Number n && n.doubleValue() != 0;
        }
        Number number = value instanceof Number n ? n : value instanceof Boolean b ? (b ? 1 : 0) : null;
        if (number == null) {
            return null;
        }
        return switch (this) {
            case INT16 -> number.shortValue();
            case UINT16, INT32 -> number.intValue();
            case UINT32, INT64 -> number.longValue();
            case FLOAT -> number.floatValue();
            default -> number.doubleValue();
        };
    }
}
