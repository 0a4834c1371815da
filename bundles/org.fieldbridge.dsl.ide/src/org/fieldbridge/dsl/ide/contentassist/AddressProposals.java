/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.modbus.RegisterTable;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.TwinModel;

/**
 * The source addresses content assist offers after {@code map CONNECTION}: for a Modbus connection the next
 * free register of each table, in the spellings the language accepts (plain {@code holding 51}, Modicon
 * {@code 400051}, PLC4X {@code holding-register:51}), so that a new mapping never overlaps one already
 * written; for an OPC UA connection the NodeId forms to fill in.
 */
public class AddressProposals {

    /** An address to propose: the text to insert and its one-line detail. */
    public record Address(String text, String detail) {
    }

    /**
     * @param connection the mapping's connection, resolved
     * @param model the file: its mappings of that connection occupy registers
     * @return the proposals, most common spelling first
     */
    public List<Address> forConnection(Connection connection, TwinModel model) {
        if (connection instanceof OpcUaConnection) {
            return List.of(new Address("\"ns=2;s=\"", "OPC UA NodeId, string identifier: write the name after s="),
                    new Address("\"ns=2;i=\"", "OPC UA NodeId, numeric identifier: write the number after i="));
        }
        if (!(connection instanceof ModbusConnection)) {
            return List.of();
        }
        Map<RegisterTable, Long> next = nextFree(connection, model);
        boolean oneBased = ConnectionSettings.addressing(connection) != AddressBase.ZERO_BASED;
        List<Address> addresses = new ArrayList<>();
        RegisterAddress holding = new RegisterAddress(RegisterTable.HOLDING_REGISTER,
                next.get(RegisterTable.HOLDING_REGISTER));
        addresses.add(plain(holding, oneBased, connection));
        addresses.add(new Address(holding.modicon(), "the same, Modicon form: " + holding.canonical()));
        addresses.add(new Address("holding-register:" + (holding.offset() + 1),
                "the same, PLC4X form (one-based): " + holding.canonical()));
        for (RegisterTable table : List.of(RegisterTable.INPUT_REGISTER, RegisterTable.COIL,
                RegisterTable.DISCRETE_INPUT)) {
            addresses.add(plain(new RegisterAddress(table, next.get(table)), oneBased, connection));
        }
        return addresses;
    }

    private static Address plain(RegisterAddress address, boolean oneBased, Connection connection) {
        long number = oneBased ? address.offset() + 1 : address.offset();
        return new Address(address.table().keyword() + " " + number, detail(address, connection));
    }

    private static String detail(RegisterAddress address, Connection connection) {
        String what = switch (address.table()) {
            case COIL -> "coil";
            case DISCRETE_INPUT -> "discrete input";
            case INPUT_REGISTER -> "input register";
            case HOLDING_REGISTER -> "holding register";
        };
        return "next free " + what + " of " + connection.getName() + ": " + address.canonical() + ", Modicon "
                + address.modicon();
    }

    /** The offset after the last register or bit of each table the connection's mappings use. */
    private static Map<RegisterTable, Long> nextFree(Connection connection, TwinModel model) {
        Map<RegisterTable, Long> next = new EnumMap<>(RegisterTable.class);
        for (RegisterTable table : RegisterTable.values()) {
            next.put(table, 0L);
        }
        for (Element element : model.getElements()) {
            if (element instanceof Mapping mapping && mapping.getConnection() == connection) {
                RegisterAddress address = Mappings.address(mapping);
                if (address != null) {
                    long end = address.offset() + (address.table().holdsBits() ? 1
                            : RegisterLayout.size(Mappings.dataType(mapping)));
                    next.merge(address.table(), Math.min(end, RegisterAddress.MAX_OFFSET), Math::max);
                }
            }
        }
        return next;
    }
}
