/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_ADDRESS;
import static org.fieldbridge.codegen.model.RuntimeModelBuilder.CODE_UNIT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.semantics.ConnectionEndpoints;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.ScalarKind;
import org.fieldbridge.dsl.twin.DeadbandOption;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.NodeId;
import org.fieldbridge.dsl.twin.OffsetOption;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.ScaleOption;
import org.fieldbridge.dsl.twin.StringType;
import org.fieldbridge.dsl.twin.UnitOption;
import org.fieldbridge.dsl.twin.ValidOption;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * The plant signals the mappings read: drafted from each mapping (type, unit, conditioning, source, calibrations),
 * then named with unique Java constants. Drafting puts each signal's element into the plant tree.
 */
final class MappedSignals {

    private final SourcePositions positions;
    private final PlantTree tree;
    // mapped signals by plant signal, in mapping order until sorted into plant order
    private final Map<Signal, Draft> drafts = new LinkedHashMap<>();
    private final Map<Signal, MappedSignal> mapped = new LinkedHashMap<>();
    private final Map<Connection, List<Signal>> signalsOfConnection = new LinkedHashMap<>();

    MappedSignals(SourcePositions positions, PlantTree tree) {
        this.positions = positions;
        this.tree = tree;
    }

    /** @return whether no mapping drafted a signal */
    boolean isEmpty() {
        return drafts.isEmpty();
    }

    /** @return the drafted plant signals, in mapping order */
    Collection<Signal> drafted() {
        return drafts.keySet();
    }

    /** @return the signal as mapped, null when no mapping reads it (or before {@link #assignConstants()}) */
    MappedSignal get(Signal signal) {
        return mapped.get(signal);
    }

    /** @return whether a mapping reads the signal (after {@link #assignConstants()}) */
    boolean contains(Signal signal) {
        return mapped.containsKey(signal);
    }

    /** @return the signals read over a connection, in mapping order */
    List<MappedSignal> of(Connection connection) {
        return signalsOfConnection.getOrDefault(connection, List.of()).stream().map(mapped::get).toList();
    }

    /** What is known about a mapped signal before its constant name is allocated. */
    private record Draft(Signal signal, Mapping mapping, SignalNode node, SignalSource source,
            ConditioningValues conditioning, long periodMillis, List<Calibration> calibrations, String instrument,
            Origin origin) {
    }

    /** Drafts the signal a mapping reads; a signal mapped twice keeps its first mapping. */
    void draft(Mapping mapping) {
        Signal signal = mapping.getSignal();
        Connection connection = mapping.getConnection();
        if (signal == null || signal.eIsProxy() || connection == null || connection.eIsProxy()
                || drafts.containsKey(signal) || !tree.checkBrowseNames(signal, mapping)) {
            return; // unresolved and duplicate mappings are the checker's errors
        }
        ValueType type = valueType(signal);
        Unit unit = type.isNumeric() ? unit(signal) : null;
        ConditioningValues conditioning = type.isNumeric() ? conditioning(mapping, signal) : ConditioningValues.IDENTITY;
        if (conditioning == null) {
            return;
        }
        Range range = null;
        if (type.isNumeric()) {
            type = narrowest(type, mapping, conditioning);
            range = plantRange(signal);
            if (range.equals(Range.UNBOUNDED)) {
                range = new Range(conditioning.validMin(), conditioning.validMax());
            }
            // an EURange needs two finite limits: a signal without them is published without EURange
            if (!Double.isFinite(range.low()) || !Double.isFinite(range.high())) {
                range = null;
            }
        }
        SignalSource source = source(mapping, connection);
        if (source == null) {
            return;
        }
        SignalNode node = new SignalNode(QualifiedNames.of(signal), signal.getName(), PlantTree.displayName(signal),
                signalDescription(signal, mapping, source), type, unit, range, PlantTree.roles(signal));
        List<Calibration> calibrations = new ArrayList<>();
        String instrument = null;
        Instrument inst = signal.getInstrument();
        if (inst != null && !inst.eIsProxy()) {
            instrument = inst.getName() + (inst.getTag() == null || inst.getTag().isBlank() ? "" : " (" + inst.getTag() + ")");
            for (CalibrationRecord record : inst.getCalibrations()) {
                if (record.getCertificateId() != null && record.getDueDate() != null) {
                    calibrations.add(new Calibration(record.getCertificateId(), record.getDueDate(),
                            record.getLaboratory() == null ? "" : record.getLaboratory()));
                }
            }
        }
        drafts.put(signal, new Draft(signal, mapping, node, source, conditioning,
                ConnectionSettings.periodMillis(connection), calibrations, instrument, positions.origin(mapping)));
        signalsOfConnection.computeIfAbsent(connection, c -> new ArrayList<>()).add(signal);
        tree.include(signal.eContainer());
    }

    private static ValueType valueType(Signal signal) {
        if (signal.getDataType() == null) {
            return ValueType.DOUBLE;
        }
        return switch (signal.getDataType()) {
            case BOOLEAN -> ValueType.BOOLEAN;
            case INTEGER -> ValueType.INT64;
            case STRING -> ValueType.STRING;
            default -> ValueType.DOUBLE;
        };
    }

    /**
     * The narrowest OPC UA type that holds every value of a numeric signal: a Modbus register read without
     * scaling or offset keeps the register's type (an integer signal from {@code uint32} is UInt32, a float
     * signal from {@code float32} is Float); scaled values are Double (float signals) or Int64 (integer
     * signals); OPC UA sources keep Int64 / Double, as their server's type is not known at generation.
     */
    static ValueType narrowest(ValueType type, Mapping mapping, ConditioningValues conditioning) {
        if (!(mapping.getConnection() instanceof ModbusConnection) || !(Mappings.dataType(mapping) instanceof ScalarType scalar)) {
            return type;
        }
        boolean unscaled = conditioning.scale() == 1 && conditioning.offset() == 0;
        if (type == ValueType.DOUBLE) {
            return unscaled && scalar.getKind() == ScalarKind.FLOAT32 ? ValueType.FLOAT : ValueType.DOUBLE;
        }
        if (type != ValueType.INT64 || !unscaled) {
            return type;
        }
        return switch (scalar.getKind()) {
            case INT16 -> ValueType.INT16;
            case UINT16 -> ValueType.UINT16;
            case INT32 -> ValueType.INT32;
            case UINT32 -> ValueType.UINT32;
            default -> ValueType.INT64;
        };
    }

    private static Unit unit(Signal signal) {
        org.fieldbridge.model.plant.EngineeringUnit unit = signal.getUnit();
        if (unit == null || unit.eIsProxy() || unit.getCommonCode() == null) {
            return null;
        }
        String code = unit.getCommonCode();
        Unit fromTable = Unit.of(code); // EUInformation as OPC UA publishes it, not as the plant file spells it
        if (fromTable != null) {
            return fromTable;
        }
        String symbol = unit.getDisplayName() == null || unit.getDisplayName().isBlank() ? UnitSymbols.symbol(code)
                : unit.getDisplayName();
        return new Unit(code, symbol, unit.getDescription() == null ? "" : unit.getDescription());
    }

    /** @return the UN/CEFACT common code of the signal's unit, null without one */
    static String unitCode(Signal signal) {
        return signal.getUnit() == null || signal.getUnit().eIsProxy() ? null : signal.getUnit().getCommonCode();
    }

    private static Range plantRange(Signal signal) {
        ValueRange range = signal.getValidRange();
        if (range == null) {
            return Range.UNBOUNDED;
        }
        return new Range(range.isSetMinimum() ? range.getMinimum() : Double.NEGATIVE_INFINITY,
                range.isSetMaximum() ? range.getMaximum() : Double.POSITIVE_INFINITY);
    }

    private ConditioningValues conditioning(Mapping mapping, Signal signal) {
        UnitOption unitOption = ConnectionSettings.option(mapping.getOptions(), UnitOption.class);
        String from = unitOption == null ? null : unitOption.getUnit();
        UnitConversions.Conversion conversion = UnitConversions.fromSpelling(from, unitCode(signal));
        if (conversion == null) {
            positions.error(unitOption, CODE_UNIT, "The runtime cannot convert " + unitOption.getUnit()
                    + " into the unit of " + QualifiedNames.of(signal) + " (" + unitCode(signal) + ").");
            return null;
        }
        ScaleOption scaleOption = ConnectionSettings.option(mapping.getOptions(), ScaleOption.class);
        OffsetOption offsetOption = ConnectionSettings.option(mapping.getOptions(), OffsetOption.class);
        double scale = scaleOption == null ? 1 : scaleOption.getFactor();
        double offset = offsetOption == null ? 0 : offsetOption.getOffset();
        if (!conversion.equals(UnitConversions.Conversion.NONE)) {
            offset = UnitConversions.round(conversion.factor() * offset + conversion.offset());
            scale = UnitConversions.round(conversion.factor() * scale);
        }
        ValidOption valid = ConnectionSettings.option(mapping.getOptions(), ValidOption.class);
        Range range = plantRange(signal);
        if (valid != null) {
            double a = conversion.value(valid.getMinimum());
            double b = conversion.value(valid.getMaximum());
            range = new Range(Math.min(a, b), Math.max(a, b));
        }
        DeadbandOption deadband = ConnectionSettings.option(mapping.getOptions(), DeadbandOption.class);
        double band = deadband == null ? 0 : Math.abs(conversion.difference(deadband.getDeadband()));
        return new ConditioningValues(scale, offset, range.low(), range.high(), band);
    }

    private SignalSource source(Mapping mapping, Connection connection) {
        if (connection instanceof OpcUaConnection && mapping.getSource() instanceof NodeId nodeId) {
            return new OpcUaSource(nodeId.getNodeId(), ConnectionSettings.periodMillis(connection));
        }
        if (connection instanceof ModbusConnection modbus && mapping.getSource() instanceof ModbusAddress) {
            RegisterAddress address = Mappings.address(mapping);
            DataType type = Mappings.dataType(mapping);
            if (address == null || type == null || address.offset() > RegisterAddress.MAX_OFFSET) {
                positions.error(mapping, CODE_ADDRESS, "The address of this mapping cannot be read.");
                return null;
            }
            String byteOrder = ConnectionSettings.byteOrder(mapping).getName().equals("BIG") ? "BIG_ENDIAN"
                    : "LITTLE_ENDIAN";
            String wordOrder = ConnectionSettings.wordOrder(mapping).getName().equals("BIG") ? "HIGH_WORD_FIRST"
                    : "LOW_WORD_FIRST";
            return new ModbusSource(ConnectionEndpoints.unitId(modbus), address.table().name(), (int) address.offset(),
                    dataTypeExpression(type), RegisterLayout.spell(type), byteOrder, wordOrder, address.canonical(),
                    address.modicon(), SourcePositions.text(mapping.getSource()));
        }
        return null; // a register on OPC UA or a NodeId on Modbus: the checker's error
    }

    private static String dataTypeExpression(DataType type) {
        if (type instanceof StringType string) {
            return "DataType.string(" + string.getRegisters() + ")";
        }
        if (type instanceof BitType bit) {
            return "DataType.bit(" + bit.getBit() + ")";
        }
        return "DataType." + ((ScalarType) type).getKind().getName();
    }

    private static String signalDescription(Signal signal, Mapping mapping, SignalSource source) {
        StringBuilder text = new StringBuilder(PlantTree.description(signal));
        if (!text.isEmpty() && !text.toString().endsWith(".")) {
            text.append('.');
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append("Source: ").append(mapping.getConnection().getName()).append(' ').append(source.canonical());
        if (mapping.getTag() != null && !mapping.getTag().isBlank()) {
            text.append(", HMI tag ").append(mapping.getTag());
        }
        return text.append('.').toString();
    }

    /** Constants are named after the equipment path and the signal, widened upwards until unique. */
    void assignConstants() {
        List<Draft> all = new ArrayList<>(drafts.values());
        // identity maps: a record's hashCode would hash all of its parts on every lookup
        Map<Draft, Integer> depth = new IdentityHashMap<>();
        Map<Draft, List<String>> segments = new IdentityHashMap<>();
        for (Draft draft : all) {
            List<String> path = QualifiedNames.segments(draft.signal());
            segments.put(draft, path);
            int equipment = 0;
            for (EObject e = draft.signal().eContainer(); e instanceof Equipment; e = e.eContainer()) {
                equipment++;
            }
            depth.put(draft, Math.min(path.size(), equipment + 1));
        }
        Map<Draft, String> names = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Draft>> byName = new LinkedHashMap<>();
            for (Draft draft : all) {
                List<String> path = segments.get(draft);
                String name = JavaNames.constant(path.subList(path.size() - depth.get(draft), path.size()));
                names.put(draft, name);
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(draft);
            }
            for (List<Draft> clash : byName.values()) {
                if (clash.size() < 2) {
                    continue;
                }
                // widen only where it tells the signals apart; names equal all the way up get a suffix below
                Set<String> widened = new HashSet<>();
                for (Draft draft : clash) {
                    List<String> path = segments.get(draft);
                    int d = Math.min(path.size(), depth.get(draft) + 1);
                    widened.add(JavaNames.constant(path.subList(path.size() - d, path.size())));
                }
                if (widened.size() > 1) {
                    for (Draft draft : clash) {
                        if (depth.get(draft) < segments.get(draft).size()) {
                            depth.put(draft, depth.get(draft) + 1);
                            changed = true;
                        }
                    }
                }
            }
        }
        JavaNames.Allocator allocator = new JavaNames.Allocator();
        // allocate in plant id order so that the suffixes do not depend on the order of the mappings
        all.sort((a, b) -> a.node().id().compareTo(b.node().id()));
        for (Draft draft : all) {
            Mapping mapping = draft.mapping();
            mapped.put(draft.signal(), new MappedSignal(draft.node(), allocator.allocate(names.get(draft)),
                    QualifiedNames.of(draft.signal()), mapping.getTag(), mapping.getConnection().getName(),
                    draft.source(), draft.conditioning(), draft.periodMillis(), draft.calibrations(),
                    draft.instrument(), draft.origin()));
        }
    }
}
