/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.dsl.modbus.ModbusAddresses;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.TwinModel;

/**
 * The next free address for a mapping whose registers overlap another mapping's: the first offset at or after
 * its own, in the same table of the same connection, from which as many registers as its data type needs are
 * mapped by no other mapping (the same grouping as the checker's {@code twin.modbus.overlap}).
 */
final class FreeRegisters {

    private FreeRegisters() {
    }

    private record Span(long first, long last) {
    }

    /**
     * @param mapping a Modbus mapping with a readable address
     * @return the free address, or {@code null} when the mapping is no such mapping or nothing is free up to
     *         the last register
     */
    static RegisterAddress nextFree(Mapping mapping) {
        RegisterAddress own = Mappings.address(mapping);
        if (own == null || !(mapping.getConnection() instanceof ModbusConnection connection)
                || !(mapping.eContainer() instanceof TwinModel model)) {
            return null;
        }
        int size = RegisterLayout.size(Mappings.dataType(mapping));
        List<Span> taken = taken(model, mapping, connection, own);
        long candidate = own.offset();
        for (Span span : taken) {
            if (span.last() < candidate) {
                continue;
            }
            if (span.first() >= candidate + size) {
                break;
            }
            candidate = span.last() + 1;
        }
        return candidate + size - 1 > RegisterAddress.MAX_OFFSET ? null
                : new RegisterAddress(own.table(), candidate);
    }

    /** The other mappings' spans in the table of the connection, by first register. */
    private static List<Span> taken(TwinModel model, Mapping mapping, ModbusConnection connection,
            RegisterAddress own) {
        List<Span> taken = new ArrayList<>();
        for (EObject element : model.getElements()) {
            if (element == mapping || !(element instanceof Mapping other) || other.getConnection() != connection
                    || !(other.getSource() instanceof ModbusAddress address)) {
                continue;
            }
            ModbusAddresses.Result result = ModbusAddresses.normalise(address, ConnectionSettings.addressing(connection));
            if (result.isValid() && result.address().table() == own.table()) {
                long first = result.address().offset();
                taken.add(new Span(first, first + RegisterLayout.size(Mappings.dataType(other)) - 1));
            }
        }
        taken.sort(Comparator.comparingLong(Span::first));
        return taken;
    }
}
