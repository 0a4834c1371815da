/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fieldbridge.runtime.behaviour.CalibrationValidity;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.server.AddressSpaceDescription;

/**
 * Everything a twin runtime runs, as plain objects: its address space, its controller connections with
 * their tags, conditioning, calibration records, alignment grids and the behaviours listening to its
 * signals. Generated code builds one with {@link #builder}; {@link TwinRuntime} runs it. Signals are
 * named by their node ids in the address space (browse names joined by dots).
 */
public final class TwinAssembly {

    /** A Modbus TCP controller and the tags read from it; tag names are signal ids. */
    public record ModbusDevice(String name, ModbusConnection connection, List<ModbusTag> tags) {
        public ModbusDevice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(connection, "connection");
            tags = List.copyOf(tags);
        }
    }

    /** An OPC UA controller and the nodes monitored on it; monitored signal names are signal ids. */
    public record OpcUaDevice(OpcUaConnection connection, List<MonitoredSignal> signals) {
        public OpcUaDevice {
            Objects.requireNonNull(connection, "connection");
            signals = List.copyOf(signals);
        }
    }

    /** The signals of one {@code align} statement on a grid of {@code period}. */
    public record Alignment(Duration period, List<AlignedOutput> outputs) {
        public Alignment {
            Objects.requireNonNull(period, "period");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("alignment period must be positive, was " + period);
            }
            outputs = List.copyOf(outputs);
        }
    }

    private final String name;
    private final String modelVersion;
    private final AddressSpaceDescription addressSpace;
    private final List<ModbusDevice> modbusDevices;
    private final List<OpcUaDevice> opcUaDevices;
    private final Map<String, Conditioning> conditioning;
    private final Map<String, List<CalibrationValidity>> calibrations;
    private final List<Alignment> alignments;
    private final Map<String, List<SampleListener>> listeners;
    private final DeferredOutputs outputs;

    private TwinAssembly(Builder b) {
        name = b.name;
        modelVersion = b.modelVersion;
        addressSpace = b.addressSpace;
        modbusDevices = List.copyOf(b.modbusDevices);
        opcUaDevices = List.copyOf(b.opcUaDevices);
        conditioning = Map.copyOf(b.conditioning);
        Map<String, List<CalibrationValidity>> cal = new LinkedHashMap<>();
        b.calibrations.forEach((k, v) -> cal.put(k, List.copyOf(v)));
        calibrations = Map.copyOf(cal);
        alignments = List.copyOf(b.alignments);
        Map<String, List<SampleListener>> l = new LinkedHashMap<>();
        b.listeners.forEach((k, v) -> l.put(k, List.copyOf(v)));
        listeners = Map.copyOf(l);
        outputs = b.outputs;
    }

    /**
     * @param name the runtime's name (server application name, PKI folder, log lines), e.g. {@code riverside}
     * @param modelVersion the version of the models it was generated from (a content hash)
     * @param addressSpace what its OPC UA server exposes
     */
    public static Builder builder(String name, String modelVersion, AddressSpaceDescription addressSpace) {
        return new Builder(name, modelVersion, addressSpace);
    }

    public String name() {
        return name;
    }

    public String modelVersion() {
        return modelVersion;
    }

    public AddressSpaceDescription addressSpace() {
        return addressSpace;
    }

    public List<ModbusDevice> modbusDevices() {
        return modbusDevices;
    }

    public List<OpcUaDevice> opcUaDevices() {
        return opcUaDevices;
    }

    /** @return conditioning applied by the engine to signals from OPC UA sources, by signal id */
    public Map<String, Conditioning> conditioning() {
        return conditioning;
    }

    /** @return the calibration records of the instrument behind each signal, by signal id */
    public Map<String, List<CalibrationValidity>> calibrations() {
        return calibrations;
    }

    public List<Alignment> alignments() {
        return alignments;
    }

    /** @return the behaviour listeners of each signal, by signal id */
    public Map<String, List<SampleListener>> listeners() {
        return listeners;
    }

    /** Connects the outputs handed to behaviours to a running runtime; {@code null} disconnects them. */
    void bindOutputs(TwinOutputs target) {
        outputs.bind(target);
    }

    /** Collects a twin; not thread-safe, used once by generated code. */
    public static final class Builder {
        private final String name;
        private final String modelVersion;
        private final AddressSpaceDescription addressSpace;
        private final List<ModbusDevice> modbusDevices = new ArrayList<>();
        private final List<OpcUaDevice> opcUaDevices = new ArrayList<>();
        private final Map<String, Conditioning> conditioning = new LinkedHashMap<>();
        private final Map<String, List<CalibrationValidity>> calibrations = new LinkedHashMap<>();
        private final List<Alignment> alignments = new ArrayList<>();
        private final Map<String, List<SampleListener>> listeners = new LinkedHashMap<>();
        private final DeferredOutputs outputs = new DeferredOutputs();

        private Builder(String name, String modelVersion, AddressSpaceDescription addressSpace) {
            this.name = Objects.requireNonNull(name, "name");
            this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
            this.addressSpace = Objects.requireNonNull(addressSpace, "addressSpace");
        }

        /** Adds a Modbus TCP controller; {@code name} keys its configuration overrides. */
        public Builder modbus(String deviceName, ModbusConnection connection, List<ModbusTag> tags) {
            modbusDevices.add(new ModbusDevice(deviceName, connection, tags));
            return this;
        }

        /** Adds an OPC UA controller. */
        public Builder opcua(OpcUaConnection connection, List<MonitoredSignal> signals) {
            opcUaDevices.add(new OpcUaDevice(connection, signals));
            return this;
        }

        /** Conditions the samples of a signal that comes from an OPC UA source (Modbus tags carry their own). */
        public Builder condition(String signalId, Conditioning signalConditioning) {
            conditioning.put(Objects.requireNonNull(signalId), Objects.requireNonNull(signalConditioning));
            return this;
        }

        /** Records a calibration of the instrument behind a signal (latest due date decides). */
        public Builder calibration(String signalId, CalibrationValidity validity) {
            calibrations.computeIfAbsent(Objects.requireNonNull(signalId), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(validity));
            return this;
        }

        /** Adds an alignment grid. */
        public Builder align(Duration period, List<AlignedOutput> alignedOutputs) {
            alignments.add(new Alignment(period, alignedOutputs));
            return this;
        }

        /** Makes a behaviour listen to a signal. */
        public Builder onSample(String signalId, SampleListener listener) {
            listeners.computeIfAbsent(Objects.requireNonNull(signalId), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(listener));
            return this;
        }

        /** @return the outputs behaviours publish to; connected when the runtime starts */
        public TwinOutputs outputs() {
            return outputs;
        }

        public TwinAssembly build() {
            return new TwinAssembly(this);
        }
    }
}
