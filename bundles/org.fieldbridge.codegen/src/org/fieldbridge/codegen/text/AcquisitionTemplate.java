/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.codegen.model.ConditioningValues;
import org.fieldbridge.codegen.model.JavaLiterals;
import org.fieldbridge.codegen.model.JavaNames;
import org.fieldbridge.codegen.model.MappedSignal;
import org.fieldbridge.codegen.model.ModbusDevice;
import org.fieldbridge.codegen.model.ModbusSource;
import org.fieldbridge.codegen.model.OpcUaDevice;
import org.fieldbridge.codegen.model.OpcUaSource;
import org.fieldbridge.codegen.model.RuntimeModel;
import org.fieldbridge.core.modbus.ModbusLimits;

/**
 * {@code <Name>Acquisition}: the controller connections of the .twin files with their poll plans: for Modbus
 * a {@code ModbusConnection} and one {@code ModbusTag} per mapping (normalised address, data type, byte and
 * word order, conditioning); for OPC UA an {@code OpcUaConnection}, one {@code MonitoredSignal} per mapping
 * and the conditioning of the signals that need it.
 */
public final class AcquisitionTemplate {

    private AcquisitionTemplate() {
    }

    /** @return the source of {@code <Name>Acquisition.java} */
    public static String render(RuntimeModel model) {
        String name = model.className() + "Acquisition";
        String signals = model.className() + "Signals";
        List<String> imports = new ArrayList<>(List.of("org.fieldbridge.runtime.app.TwinAssembly"));
        if (!model.modbus().isEmpty() || !model.opcua().isEmpty()) {
            imports.addAll(List.of("java.time.Duration", "java.util.ArrayList", "java.util.List"));
        }
        if (!model.modbus().isEmpty()) {
            imports.addAll(List.of("org.fieldbridge.runtime.conditioning.Conditioning",
                    "org.fieldbridge.runtime.modbus.ModbusConnection", "org.fieldbridge.runtime.modbus.ModbusTag",
                    "org.fieldbridge.runtime.reconnect.BackoffPolicy", "org.fieldbridge.runtime.register.ByteOrder",
                    "org.fieldbridge.runtime.register.DataType", "org.fieldbridge.runtime.register.PollLimits",
                    "org.fieldbridge.runtime.register.RegisterArea", "org.fieldbridge.runtime.register.TagAddress",
                    "org.fieldbridge.runtime.register.WordOrder"));
        }
        if (!model.opcua().isEmpty()) {
            imports.addAll(List.of("org.fieldbridge.runtime.app.OpcUaConnection",
                    "org.fieldbridge.runtime.opcua.MonitoredSignal", "org.fieldbridge.runtime.opcua.OpcUaEndpointSettings"));
            if (model.opcua().stream().flatMap(d -> d.signals().stream()).anyMatch(s -> !s.conditioning().isIdentity())) {
                imports.add("org.fieldbridge.runtime.conditioning.Conditioning");
            }
        }
        JavaSourceWriter w = new JavaSourceWriter(GeneratedHeader.text(model), model.javaPackage(), imports);
        w.javadoc("How the " + model.runtimeName() + " twin reads its controllers. Host names, ports, endpoints and",
                "credentials given here are defaults: the deployment configuration (fieldbridge-runtime.properties)",
                "overrides them per connection, and passwords are only ever references resolved at start.");
        w.open("public final class " + name);
        w.line("");
        w.open("private " + name + "()").close();

        JavaNames.Allocator methods = new JavaNames.Allocator("addTo");
        List<String> modbusMethods = new ArrayList<>();
        for (ModbusDevice device : model.modbus()) {
            modbusMethods.add(methods.allocate(JavaNames.lowerCamel(device.name())));
        }
        List<String> opcuaMethods = new ArrayList<>();
        for (OpcUaDevice device : model.opcua()) {
            opcuaMethods.add(methods.allocate(JavaNames.lowerCamel(device.name())));
        }

        w.line("");
        w.javadoc("Adds the controller connections, their tags and the conditioning of OPC UA signals.");
        w.open("public static void addTo(TwinAssembly.Builder twin)");
        for (int i = 0; i < model.modbus().size(); i++) {
            String m = modbusMethods.get(i);
            w.line("twin.modbus(" + JavaLiterals.string(model.modbus().get(i).name()) + ", " + m + "(), " + m
                    + "Tags());");
        }
        for (int i = 0; i < model.opcua().size(); i++) {
            String m = opcuaMethods.get(i);
            w.line("twin.opcua(" + m + "(), " + m + "Signals());");
            if (model.opcua().get(i).signals().stream().anyMatch(s -> !s.conditioning().isIdentity())) {
                w.line(m + "Conditioning(twin);");
            }
        }
        w.close();

        for (int i = 0; i < model.modbus().size(); i++) {
            modbus(w, model.modbus().get(i), modbusMethods.get(i), signals);
        }
        for (int i = 0; i < model.opcua().size(); i++) {
            opcua(w, model.opcua().get(i), opcuaMethods.get(i), signals);
        }
        return w.finish();
    }

    private static void modbus(JavaSourceWriter w, ModbusDevice device, String method, String signals) {
        w.line("");
        w.javadoc(device.origin().text() + " (" + device.origin().location() + ")",
                "",
                "@return the connection: connect timeout " + device.connectTimeoutMillis() + " ms, response timeout "
                        + device.responseTimeoutMillis() + " ms, poll every " + device.pollMillis() + " ms, at most "
                        + device.maxRegisters() + " registers per request, "
                        + (device.maxGap() < 0 ? "gaps by the device's measured cost" : "gaps of up to " + device.maxGap())
                        + (device.retries() >= 0 ? "; the runtime retries with backoff instead of 'retries "
                                + device.retries() + "'" : ""));
        w.open("static ModbusConnection " + method + "()");
        w.line("return new ModbusConnection(" + JavaLiterals.string(device.host()) + ", " + device.port() + ", Duration.ofMillis("
                + device.connectTimeoutMillis() + "), Duration.ofMillis(" + device.responseTimeoutMillis() + "),");
        String limits = device.maxGap() < 0 ? "PollLimits.byCost(" + device.maxRegisters() + ")"
                : "new PollLimits(" + device.maxRegisters() + ", " + ModbusLimits.MAX_READ_BITS + ", " + device.maxGap()
                        + ", " + device.maxGap() + ")";
        w.line("        Duration.ofMillis(" + device.pollMillis() + "), " + limits + ", BackoffPolicy.DEFAULT);");
        w.close();

        w.line("");
        w.javadoc("@return one tag per mapping of " + device.name() + ", named by the signal's id");
        w.open("static List<ModbusTag> " + method + "Tags()");
        w.line("List<ModbusTag> tags = new ArrayList<>(" + device.signals().size() + ");");
        List<List<String>> statements = new ArrayList<>();
        for (MappedSignal signal : device.signals()) {
            ModbusSource source = (ModbusSource) signal.source();
            String label = signal.hmiTag() == null ? "" : "\"" + signal.hmiTag() + "\" ";
            statements.add(List.of(
                    "// " + JavaLiterals.lineComment(label + source.written() + " -> " + source.canonical() + " (Modicon "
                            + source.modicon() + "), " + source.spelledType() + " (" + signal.origin().location() + ")"),
                    "tags.add(new ModbusTag(" + signals + "." + signal.constant() + ".id(), new TagAddress("
                            + source.unitId() + ", RegisterArea." + source.area() + ", " + source.offset() + ", "
                            + source.dataType() + ",",
                    "        ByteOrder." + source.byteOrder() + ", WordOrder." + source.wordOrder() + "), "
                            + conditioning(signal.conditioning()) + "));"));
        }
        w.statements(statements, JavaNames.upperCamel(method) + "TagsPart", "List<ModbusTag> tags", "tags");
        w.line("return tags;");
        w.close();
    }

    private static void opcua(JavaSourceWriter w, OpcUaDevice device, String method, String signals) {
        w.line("");
        w.javadoc(device.origin().text() + " (" + device.origin().location() + ")", "",
                "@return the connection; the password is the reference " + (device.passwordRef() == null
                        ? "(none: anonymous)" : device.passwordRef()) + ", resolved when the runtime starts");
        w.open("static OpcUaConnection " + method + "()");
        w.line("return new OpcUaConnection(" + JavaLiterals.string(device.name()) + ", "
                + JavaLiterals.string(device.endpoint()) + ",");
        w.line("        OpcUaEndpointSettings.Policy." + device.policy() + ", OpcUaEndpointSettings.Mode." + device.mode()
                + ", " + JavaLiterals.string(device.user()) + ", " + JavaLiterals.string(device.passwordRef()) + ",");
        w.line("        Duration.ofMillis(" + device.publishingMillis() + "));");
        w.close();

        w.line("");
        w.javadoc("@return one monitored node per mapping of " + device.name() + ", named by the signal's id");
        w.open("static List<MonitoredSignal> " + method + "Signals()");
        w.line("List<MonitoredSignal> signals = new ArrayList<>(" + device.signals().size() + ");");
        List<List<String>> statements = new ArrayList<>();
        for (MappedSignal signal : device.signals()) {
            OpcUaSource source = (OpcUaSource) signal.source();
            statements.add(List.of("signals.add(new MonitoredSignal(" + signals + "." + signal.constant() + ".id(), "
                    + JavaLiterals.string(source.nodeId()) + ", Duration.ofMillis(" + source.samplingMillis() + ")));"));
        }
        w.statements(statements, JavaNames.upperCamel(method) + "SignalsPart", "List<MonitoredSignal> signals",
                "signals");
        w.line("return signals;");
        w.close();

        List<List<String>> conditioning = new ArrayList<>();
        for (MappedSignal signal : device.signals()) {
            if (!signal.conditioning().isIdentity()) {
                conditioning.add(List.of("twin.condition(" + signals + "." + signal.constant() + ".id(), "
                        + conditioning(signal.conditioning()) + ");"));
            }
        }
        if (!conditioning.isEmpty()) {
            w.line("");
            w.javadoc("Scaling, valid ranges and deadbands of " + device.name() + "'s signals, applied by the runtime.");
            w.open("static void " + method + "Conditioning(TwinAssembly.Builder twin)");
            w.statements(conditioning, JavaNames.upperCamel(method) + "ConditioningPart", "TwinAssembly.Builder twin",
                    "twin");
            w.close();
        }
    }

    private static String conditioning(ConditioningValues c) {
        if (c.isIdentity()) {
            return "Conditioning.IDENTITY";
        }
        return "new Conditioning(" + JavaLiterals.number(c.scale()) + ", " + JavaLiterals.number(c.offset()) + ", "
                + JavaLiterals.number(c.validMin()) + ", " + JavaLiterals.number(c.validMax()) + ", "
                + JavaLiterals.number(c.deadband()) + ")";
    }
}
