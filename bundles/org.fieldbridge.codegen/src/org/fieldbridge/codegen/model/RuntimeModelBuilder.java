/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Plant;

/**
 * Extracts the {@link RuntimeModel} from .twin models that passed the checker (their plants loaded and
 * linked). What the checker cannot know but the runtime needs (browse names the OPC UA server accepts,
 * behaviours on mapped signals, units that convert, security policies the runtime speaks) is reported
 * here as error findings with the position of the statement at fault; then there is no model.
 * <p>
 * It drafts the mapped signals ({@link MappedSignals}), hangs them into the plant hierarchy ({@link PlantTree}),
 * plans alignments and behaviours ({@link ComputationPlanner}) and the devices ({@link ConnectionDevices}); the
 * findings of all of them are collected here.
 */
public final class RuntimeModelBuilder {

    /** Codes of the generator's own findings. */
    public static final String CODE_BROWSE_NAME = "codegen.name.browseName";
    public static final String CODE_NAME_COLLISION = "codegen.name.collision";
    public static final String CODE_UNMAPPED = "codegen.signal.unmapped";
    public static final String CODE_UNIT = "codegen.unit.conversion";
    public static final String CODE_SECURITY = "codegen.opcua.security";
    public static final String CODE_CONNECTION = "codegen.connection.duplicate";
    public static final String CODE_NO_MAPPING = "codegen.mapping.none";
    public static final String CODE_ADDRESS = "codegen.modbus.address";

    /**
     * One loaded .twin file.
     *
     * @param name the file as given (findings carry it)
     * @param fileName the file's name alone (comments carry it)
     * @param model its root
     */
    public record TwinFile(String name, String fileName, TwinModel model) {
    }

    /**
     * The outcome.
     *
     * @param model the model, null when an error was found
     * @param findings the errors found
     */
    public record Result(RuntimeModel model, List<Finding> findings) {
    }

    private final List<TwinFile> twins;
    private final String modelVersion;
    private final List<String> inputNames;
    private final List<Finding> findings = new ArrayList<>();
    private final SourcePositions positions;
    private final PlantTree tree;
    private final MappedSignals signals;

    private RuntimeModelBuilder(List<TwinFile> twins, String modelVersion, List<String> inputNames) {
        this.twins = twins;
        this.modelVersion = modelVersion;
        this.inputNames = inputNames;
        this.positions = new SourcePositions(twins, findings);
        this.tree = new PlantTree(positions);
        this.signals = new MappedSignals(positions, tree);
    }

    /**
     * @param twins the .twin files of the runtime, the first one names it
     * @param modelVersion the content hash of the inputs
     * @param inputNames the input file names, sorted
     * @return the model, or the errors that prevent it
     */
    public static Result build(List<TwinFile> twins, String modelVersion, List<String> inputNames) {
        RuntimeModelBuilder builder = new RuntimeModelBuilder(twins, modelVersion, inputNames);
        RuntimeModel model = builder.build();
        return new Result(builder.findings.isEmpty() ? model : null, List.copyOf(builder.findings));
    }

    private RuntimeModel build() {
        String runtimeName = runtimeName();
        String javaPackage = javaPackage(runtimeName);
        ConnectionDevices devices = new ConnectionDevices(twins, positions);
        List<Connection> connections = devices.connections();
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Mapping mapping) {
                    signals.draft(mapping);
                }
            }
        }
        if (signals.isEmpty()) {
            TwinFile first = twins.get(0);
            findings.add(new Finding(first.name(), 1, 1, "error", CODE_NO_MAPPING,
                    "There is no mapping: a runtime needs at least one 'map' statement."));
            return null;
        }
        List<Plant> plants = PlantTree.plants(signals.drafted());
        signals.assignConstants();
        ComputationPlanner planner = new ComputationPlanner(positions, tree, signals);
        List<AlignmentPlan> alignments = new ArrayList<>();
        List<BehaviourPlan> behaviours = new ArrayList<>();
        // behaviours first: their names are the user's, aligned outputs then take what is free
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Behaviour behaviour) {
                    BehaviourPlan plan = planner.behaviour(behaviour);
                    if (plan != null) {
                        behaviours.add(plan);
                    }
                }
            }
        }
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Alignment alignment) {
                    AlignmentPlan plan = planner.alignment(alignment);
                    if (plan != null) {
                        alignments.add(plan);
                    }
                }
            }
        }
        if (!findings.isEmpty()) {
            return null;
        }
        List<MappedSignal> inPlantOrder = new ArrayList<>();
        List<ElementNode> roots = tree.roots(plants, signals, inPlantOrder);
        List<ModbusDevice> modbus = new ArrayList<>();
        List<OpcUaDevice> opcua = new ArrayList<>();
        for (Connection connection : connections) {
            List<MappedSignal> read = signals.of(connection);
            if (connection instanceof ModbusConnection m) {
                ModbusDevice device = devices.modbusDevice(m, read);
                if (device != null) {
                    modbus.add(device);
                }
            } else if (connection instanceof OpcUaConnection o) {
                OpcUaDevice device = devices.opcUaDevice(o, read);
                if (device != null) {
                    opcua.add(device);
                }
            }
        }
        if (!findings.isEmpty()) {
            return null;
        }
        return new RuntimeModel(runtimeName, JavaNames.upperCamel(runtimeName), javaPackage, modelVersion,
                inputNames, roots, inPlantOrder, modbus, opcua, alignments, behaviours, PlantTree.roles(plants));
    }

    // ------------------------------------------------------------------ names

    private String runtimeName() {
        TwinFile first = twins.get(0);
        String pkg = first.model().getName();
        if (pkg != null && !pkg.isBlank()) {
            String[] segments = pkg.replace("^", "").split("\\.");
            return segments[segments.length - 1];
        }
        String file = first.fileName();
        int dot = file.lastIndexOf('.');
        return JavaNames.packageSegment(dot > 0 ? file.substring(0, dot) : file);
    }

    private String javaPackage(String runtimeName) {
        String pkg = twins.get(0).model().getName();
        List<String> segments = new ArrayList<>();
        if (pkg != null && !pkg.isBlank()) {
            for (String segment : pkg.replace("^", "").split("\\.")) {
                segments.add(JavaNames.packageSegment(segment));
            }
        } else {
            segments.add(JavaNames.packageSegment(runtimeName));
        }
        segments.add("runtime");
        return String.join(".", segments);
    }
}
