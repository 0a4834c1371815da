/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.semantics;

import org.fieldbridge.dsl.modbus.ModbusAddresses;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.Plc4xAddress;
import org.fieldbridge.dsl.twin.ScalarKind;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.TwinFactory;

/** Derived facts of mappings that several parts of the language need. */
public final class Mappings {

    private Mappings() {
    }

    /**
     * The data type a mapping decodes: the declared one, else the PLC4X type of the address, else bool for
     * coils and discrete inputs.
     *
     * @param mapping the mapping
     * @return the data type, or {@code null} if a register mapping declares none
     */
    public static DataType dataType(Mapping mapping) {
        if (mapping.getDataType() != null) {
            return mapping.getDataType();
        }
        if (mapping.getSource() instanceof Plc4xAddress plc4x && ModbusAddresses.plc4xType(plc4x.getTypeName()) != null) {
            return scalar(ModbusAddresses.plc4xType(plc4x.getTypeName()));
        }
        RegisterAddress address = address(mapping);
        if (address != null && address.table().holdsBits()) {
            return scalar(ScalarKind.BOOL);
        }
        return null;
    }

    /**
     * The normalised Modbus address of a mapping.
     *
     * @param mapping the mapping
     * @return the address, or {@code null} for OPC UA mappings and unreadable addresses
     */
    public static RegisterAddress address(Mapping mapping) {
        if (mapping.getSource() instanceof ModbusAddress address) {
            return ModbusAddresses.normalise(address, ConnectionSettings.addressing(mapping.getConnection())).address();
        }
        return null;
    }

    private static DataType scalar(ScalarKind kind) {
        ScalarType type = TwinFactory.eINSTANCE.createScalarType();
        type.setKind(kind);
        return type;
    }
}
