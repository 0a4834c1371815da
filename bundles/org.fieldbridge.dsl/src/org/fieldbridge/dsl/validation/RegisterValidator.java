/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.core.modbus.RegisterValueType;
import org.fieldbridge.dsl.modbus.ModbusAddresses;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.modbus.RegisterTable;
import org.fieldbridge.dsl.semantics.ConnectionEndpoints;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.Plc4xAddress;
import org.fieldbridge.dsl.twin.StringType;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;

/** Checks of Modbus register mappings: address spelling, data type against table, protocol limits, overlaps. */
public class RegisterValidator extends AbstractDeclarativeValidator {


    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinValidator
    }

    @Check
    public void addressAndLayout(Mapping mapping) {
        if (!(mapping.getSource() instanceof ModbusAddress address)
                || !(mapping.getConnection() instanceof ModbusConnection connection)) {
            return;
        }
        ModbusAddresses.Result result = ModbusAddresses.normalise(address,
                ConnectionSettings.addressing(connection));
        if (!result.isValid()) {
            error(result.problem(), Literals.MAPPING__SOURCE, TwinIssueCodes.MODBUS_ADDRESS);
            return;
        }
        RegisterAddress register = result.address();
        if (!dataTypeFitsTable(mapping, address, register)) {
            return;
        }
        DataType type = Mappings.dataType(mapping);
        if (!typeWithinLimits(type)) {
            return;
        }
        long last = register.offset() + RegisterLayout.size(type) - 1;
        if (register.offset() > RegisterAddress.MAX_OFFSET) {
            error("This address is beyond the Modbus address space: " + register.table().keyword()
                    + " offsets go from 0 to 65535 (registers 1 to 65536), this one is " + register.offset() + ".",
                    Literals.MAPPING__SOURCE, TwinIssueCodes.MODBUS_LIMIT);
        } else if (last > RegisterAddress.MAX_OFFSET) {
            error(RegisterLayout.spell(type) + " needs " + RegisterLayout.size(type) + " registers from "
                    + register.canonical() + ", which runs past the last Modbus register (offset 65535).",
                    Literals.MAPPING__SOURCE, TwinIssueCodes.MODBUS_LIMIT);
        } else if (!register.table().holdsBits() && RegisterLayout.size(type) > ConnectionSettings.maxRegisters(connection)) {
            error(RegisterLayout.spell(type) + " needs " + RegisterLayout.size(type)
                    + " registers, but connection " + connection.getName() + " reads at most "
                    + ConnectionSettings.maxRegisters(connection) + " per request ('max registers').",
                    Literals.MAPPING__DATA_TYPE, TwinIssueCodes.MODBUS_LIMIT);
        }
    }

    private boolean dataTypeFitsTable(Mapping mapping, ModbusAddress address, RegisterAddress register) {
        DataType declared = mapping.getDataType();
        if (address instanceof Plc4xAddress plc4x && plc4x.getTypeName() != null && declared != null
                && !RegisterLayout.spell(declared).equals(ModbusAddresses.plc4xType(plc4x.getTypeName()).getLiteral())) {
            error("The address says " + plc4x.getTypeName() + " ("
                    + ModbusAddresses.plc4xType(plc4x.getTypeName()).getLiteral() + ") but the mapping says "
                    + RegisterLayout.spell(declared) + "; keep one of them.", Literals.MAPPING__DATA_TYPE,
                    TwinIssueCodes.DATATYPE_WRONG_TABLE);
            return false;
        }
        DataType type = Mappings.dataType(mapping);
        if (register.table().holdsBits()) {
            if (type != null && !(RegisterLayout.isBoolean(type) && !(type instanceof BitType))) {
                error("A " + register.table().keyword() + " holds a single bit; read it as bool (or leave the"
                        + " type out), not " + RegisterLayout.spell(type) + ".", Literals.MAPPING__DATA_TYPE,
                        TwinIssueCodes.DATATYPE_WRONG_TABLE);
                return false;
            }
        } else if (type == null) {
            error("Say how to decode " + register.canonical() + ": add a data type (int16, uint16, int32, uint32,"
                    + " float32, int64, float64, string(n), bit n or bool) after the address.",
                    Literals.MAPPING__SOURCE, TwinIssueCodes.DATATYPE_MISSING);
            return false;
        }
        return true;
    }

    private boolean typeWithinLimits(DataType type) {
        if (type instanceof StringType string && !RegisterValueType.isStringLength(string.getRegisters())) {
            error("A string spans 1 to " + ModbusLimits.MAX_READ_REGISTERS
                    + " registers (two characters each) so that one request can read it.", type,
                    Literals.STRING_TYPE__REGISTERS, TwinIssueCodes.MODBUS_LIMIT);
            return false;
        }
        if (type instanceof BitType bit && !RegisterValueType.isBitOfRegister(bit.getBit())) {
            error("A register has bits 0 to " + (ModbusLimits.BITS_PER_REGISTER - 1) + "; there is no bit "
                    + bit.getBit() + ".", type,
                    Literals.BIT_TYPE__BIT, TwinIssueCodes.MODBUS_LIMIT);
            return false;
        }
        return true;
    }

    /** One mapping's registers in one table of one connection. */
    private record Span(Mapping mapping, RegisterAddress start, long last, int bit, int order) {
        boolean overlaps(Span other) {
            if (start.table() != other.start.table() || last < other.start.offset()
                    || other.last < start.offset()) {
                return false;
            }
            // Different bits of the same single register do not collide.
            return bit < 0 || other.bit < 0 || bit == other.bit;
        }
    }

    /** By first register, then by position in the file. */
    private static final Comparator<Span> BY_START = (a, b) -> a.start.offset() != b.start.offset()
            ? Long.compare(a.start.offset(), b.start.offset()) : Integer.compare(a.order, b.order);

    /** One data table of one connection. */
    private record Table(ModbusConnection connection, RegisterTable table) {
    }

    @Check
    public void registersDoNotOverlap(TwinModel model) {
        // Per connection and table, sorted by start: each span only needs comparing with the spans still open.
        // One pass over the file and a sort: this runs on every revalidation of the whole file.
        Map<Table, List<Span>> groups = new LinkedHashMap<>();
        int order = 0;
        for (EObject element : model.getElements()) {
            if (!(element instanceof Mapping mapping) || !(mapping.getSource() instanceof ModbusAddress address)
                    || !(mapping.getConnection() instanceof ModbusConnection connection)) {
                continue;
            }
            ModbusAddresses.Result result = ModbusAddresses.normalise(address,
                    ConnectionSettings.addressing(connection));
            if (!result.isValid()) {
                continue;
            }
            DataType type = Mappings.dataType(mapping);
            int bit = type instanceof BitType bitType ? bitType.getBit() : -1;
            Span span = new Span(mapping, result.address(),
                    result.address().offset() + RegisterLayout.size(type) - 1, bit, order++);
            groups.computeIfAbsent(new Table(connection, result.address().table()), k -> new ArrayList<>()).add(span);
        }
        Set<Mapping> reported = new HashSet<>();
        for (List<Span> spans : groups.values()) {
            spans.sort(BY_START);
            List<Span> open = new ArrayList<>();
            for (Span span : spans) {
                for (Iterator<Span> it = open.iterator(); it.hasNext();) {
                    if (it.next().last < span.start.offset()) {
                        it.remove();
                    }
                }
                for (Span other : open) {
                    if (span.overlaps(other)) {
                        Span later = span.order > other.order ? span : other;
                        Span earlier = later == span ? other : span;
                        if (reported.add(later.mapping)) {
                            reportOverlap(later, earlier);
                        }
                        break;
                    }
                }
                open.add(span);
            }
        }
    }

    private void reportOverlap(Span later, Span earlier) {
        ModbusConnection connection = (ModbusConnection) later.mapping.getConnection();
        error("This mapping reads " + describe(later) + ", which overlaps " + describe(earlier)
                + " already mapped on line " + SignalFacts.line(earlier.mapping) + " (connection "
                + connection.getName() + ", unit " + ConnectionEndpoints.unitId(connection) + ").", later.mapping,
                Literals.MAPPING__SOURCE, TwinIssueCodes.MODBUS_OVERLAP);
    }

    private static String describe(Span span) {
        String range = span.last == span.start.offset() ? span.start.canonical()
                : span.start.canonical() + ".." + span.last;
        return span.bit >= 0 ? range + " bit " + span.bit : range;
    }
}
