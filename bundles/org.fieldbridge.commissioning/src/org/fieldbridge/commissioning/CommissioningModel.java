/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.codegen.model.MappedSignal;
import org.fieldbridge.codegen.model.ModbusDevice;
import org.fieldbridge.codegen.model.ModbusSource;
import org.fieldbridge.codegen.model.OpcUaDevice;
import org.fieldbridge.codegen.model.OpcUaSource;
import org.fieldbridge.codegen.model.Range;
import org.fieldbridge.codegen.model.RuntimeModel;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;

/**
 * The controllers and mappings of .twin files as the runtime generated from them would read them. Resolved by
 * the language's checker and the generator's model extraction ({@link RuntimeGenerator#resolve(List)}), never by
 * walking the syntax tree again: what is commissioned is what runs.
 */
public final class CommissioningModel {

    /**
     * The outcome of loading: a model, or the checker's findings that refuse the files.
     *
     * @param model the model; null when the files have errors
     * @param findings every finding, errors and warnings, as {@code fieldbridge check} prints them
     */
    public record Loaded(CommissioningModel model, List<Finding> findings) {

        public Loaded {
            findings = List.copyOf(findings);
        }

        /** @return the error findings */
        public List<Finding> errors() {
            return findings.stream().filter(Finding::isError).toList();
        }
    }

    private final Map<String, Controller> controllers;
    private final Map<String, AddressBase> addressing;
    private final List<MappedValue> mappings;
    private final List<PlantSignal> plantSignals;
    private final Map<String, Path> twinFiles;

    private CommissioningModel(Map<String, Controller> controllers, Map<String, AddressBase> addressing,
            List<MappedValue> mappings, List<PlantSignal> plantSignals, Map<String, Path> twinFiles) {
        this.controllers = controllers;
        this.addressing = addressing;
        this.mappings = List.copyOf(mappings);
        this.plantSignals = List.copyOf(plantSignals);
        this.twinFiles = Map.copyOf(twinFiles);
    }

    /**
     * Loads, checks and resolves .twin files and the plants they import.
     *
     * @param generator the generator whose language setup loads the files
     * @param inputs .twin files or folders
     * @return the model, or the findings that refuse the files
     * @throws IOException when an input cannot be read
     */
    public static Loaded load(RuntimeGenerator generator, List<Path> inputs) throws IOException {
        RuntimeGenerator.Resolution resolution = generator.resolve(inputs);
        if (resolution.model() == null) {
            return new Loaded(null, resolution.findings());
        }
        return new Loaded(of(resolution.model(), resolution.twins()), resolution.findings());
    }

    /**
     * @param model the generator's model of the .twin files
     * @param twins the .twin files it was resolved from (for each connection's addressing)
     * @return the commissioning view of that model
     */
    public static CommissioningModel of(RuntimeModel model, List<TwinModel> twins) {
        Map<String, Controller> controllers = new LinkedHashMap<>();
        List<MappedValue> mappings = new ArrayList<>();
        for (ModbusDevice device : model.modbus()) {
            controllers.put(device.name(), new Controller.Modbus(device.name(), device.host(), device.port(),
                    device.unitId(), Duration.ofMillis(device.connectTimeoutMillis()),
                    Duration.ofMillis(device.responseTimeoutMillis()), device.maxRegisters(), device.maxGap()));
        }
        for (OpcUaDevice device : model.opcua()) {
            controllers.put(device.name(), new Controller.OpcUa(device.name(), device.endpoint(), device.policy(),
                    device.mode(), device.user(), device.passwordRef()));
        }
        for (MappedSignal signal : model.signals()) {
            mappings.add(mapped(signal));
        }
        Map<String, AddressBase> addressing = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (TwinModel twin : twins) {
            org.eclipse.emf.common.util.URI uri = twin.eResource() == null ? null : twin.eResource().getURI();
            if (uri != null && uri.isFile()) {
                Path file = Path.of(uri.toFileString());
                files.putIfAbsent(file.getFileName().toString(), file);
            }
            twin.getElements().stream().filter(Connection.class::isInstance).map(Connection.class::cast)
                    .forEach(c -> addressing.putIfAbsent(c.getName(), ConnectionSettings.addressing(c)));
        }
        Set<String> mapped = new HashSet<>();
        mappings.forEach(m -> mapped.add(m.signal()));
        return new CommissioningModel(controllers, addressing, mappings, PlantSignals.of(twins, mapped), files);
    }

    private static MappedValue mapped(MappedSignal signal) {
        Range range = signal.node().range();
        double low = range == null ? Double.NEGATIVE_INFINITY : range.low();
        double high = range == null ? Double.POSITIVE_INFINITY : range.high();
        var c = signal.conditioning();
        Conditioning conditioning = new Conditioning(c.scale(), c.offset(), c.validMin(), c.validMax(), c.deadband());
        String unit = signal.node().unit() == null ? "" : signal.node().unit().displayName();
        boolean integral = signal.node().type().isIntegral();
        if (signal.source() instanceof ModbusSource source) {
            TagAddress address = new TagAddress(source.unitId(), RegisterArea.valueOf(source.area()), source.offset(),
                    dataType(source.dataType()), ByteOrder.valueOf(source.byteOrder()),
                    WordOrder.valueOf(source.wordOrder()));
            return new MappedValue(signal.qualifiedName(), signal.connection(), signal.hmiTag(), address, null,
                    source.written(), source.canonical(), source.spelledType(), conditioning, unit, low, high, integral,
                    signal.origin().location());
        }
        OpcUaSource source = (OpcUaSource) signal.source();
        return new MappedValue(signal.qualifiedName(), signal.connection(), signal.hmiTag(), null, source.nodeId(),
                source.nodeId(), source.nodeId(), "", conditioning, unit, low, high, integral,
                signal.origin().location());
    }

    /** @return the runtime's data type of the generator's expression, e.g. {@code DataType.bit(3)} */
    static DataType dataType(String expression) {
        String text = expression.substring(expression.indexOf('.') + 1);
        if (text.startsWith("string(")) {
            return DataType.string(Integer.parseInt(text.substring(7, text.length() - 1)));
        }
        if (text.startsWith("bit(")) {
            return DataType.bit(Integer.parseInt(text.substring(4, text.length() - 1)));
        }
        return new DataType(DataType.Kind.valueOf(text.toUpperCase(java.util.Locale.ROOT)), 0);
    }

    /** @return the controllers, in declaration order */
    public List<Controller> controllers() {
        return List.copyOf(controllers.values());
    }

    /** @return the controller of a connection */
    public Optional<Controller> controller(String name) {
        return Optional.ofNullable(controllers.get(name));
    }

    /** @return how plain register numbers of a connection count (one-based unless the .twin says otherwise) */
    public AddressBase addressing(String connection) {
        return addressing.getOrDefault(connection, AddressBase.ONE_BASED);
    }

    /** @return every mapping, in plant order */
    public List<MappedValue> mappings() {
        return mappings;
    }

    /** @return every signal of the imported plants, mapped or not, in plant order */
    public List<PlantSignal> plantSignals() {
        return plantSignals;
    }

    /**
     * @param name a qualified signal name or its tail at a dot, e.g. {@code Tank1.RectifierCurrent}
     * @return the mappings of the signals meant (more than one: the name is ambiguous)
     */
    public List<MappedValue> mappingsNamed(String name) {
        return mappings.stream().filter(m -> m.isNamed(name)).toList();
    }

    /**
     * @param mapping a mapping of this model
     * @return the .twin file it is written in (its evidence and audit log lie beside it); empty when the model was
     *         not loaded from files
     */
    public Optional<Path> twinFile(MappedValue mapping) {
        String origin = mapping.origin();
        int colon = origin.lastIndexOf(':');
        return Optional.ofNullable(twinFiles.get(colon < 0 ? origin : origin.substring(0, colon)));
    }

    /**
     * @param overrides where controllers really are on this site or rig
     * @return this model with the overrides applied
     */
    public CommissioningModel with(EndpointOverrides overrides) {
        return withControllers(overrides::apply);
    }

    /**
     * @param change what this site or rig changes about a controller (address, user, password reference); it
     *        returns a controller of the same name
     * @return this model with every controller changed
     */
    public CommissioningModel withControllers(java.util.function.UnaryOperator<Controller> change) {
        Map<String, Controller> moved = new LinkedHashMap<>();
        controllers.forEach((name, controller) -> moved.put(name, change.apply(controller)));
        return new CommissioningModel(moved, addressing, mappings, plantSignals, twinFiles);
    }
}
