/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.codegen.model.JavaLiterals;
import org.fieldbridge.codegen.model.MappedSignal;
import org.fieldbridge.codegen.model.ModbusSource;
import org.fieldbridge.codegen.model.RuntimeModel;

/**
 * {@code <Name>Signals}: one typed {@code TwinSignal} constant per mapped signal. A class file holds at most
 * {@link #PER_CLASS} of them (its static initialiser would otherwise outgrow 64 KiB); beyond that the
 * constants are spread over package-private superclasses {@code <Name>Signals2}, {@code <Name>Signals3}...,
 * and {@code <Name>Signals.X} still names every one of them.
 */
public final class SignalsTemplate {

    /** Constants per class. */
    public static final int PER_CLASS = 1000;

    private SignalsTemplate() {
    }

    /** @return source file name (without folder) to source text, {@code <Name>Signals.java} first */
    public static Map<String, String> render(RuntimeModel model) {
        Map<String, String> files = new LinkedHashMap<>();
        List<MappedSignal> signals = model.signals();
        int parts = Math.max(1, (signals.size() + PER_CLASS - 1) / PER_CLASS);
        for (int part = 1; part <= parts; part++) {
            String name = className(model, part);
            List<MappedSignal> chunk = signals.subList((part - 1) * PER_CLASS, Math.min(signals.size(), part * PER_CLASS));
            files.put(name + ".java", part(model, name, part < parts ? className(model, part + 1) : null, part == 1,
                    chunk));
        }
        return files;
    }

    private static String className(RuntimeModel model, int part) {
        return model.className() + "Signals" + (part == 1 ? "" : Integer.toString(part));
    }

    private static String part(RuntimeModel model, String name, String superclass, boolean first,
            List<MappedSignal> signals) {
        JavaSourceWriter w = new JavaSourceWriter(GeneratedHeader.text(model), model.javaPackage(),
                List.of("org.fieldbridge.runtime.app.TwinSignal"));
        String extendsClause = superclass == null ? "" : " extends " + superclass;
        if (first) {
            w.javadoc("The signals of the " + model.runtimeName() + " twin: one typed constant per mapped plant signal,",
                    "named after its equipment and signal. The id of each is its node id in the twin's OPC UA",
                    "address space (namespace " + model.namespaceUri() + ").");
            w.open("public final class " + name + extendsClause);
        } else {
            w.javadoc("More signals of the " + model.runtimeName() + " twin; use them through " + model.className()
                    + "Signals.");
            w.open("abstract class " + name + extendsClause);
        }
        for (MappedSignal signal : signals) {
            w.line("");
            w.javadoc(signal.node().displayName() + " (" + signal.qualifiedName() + ")" + hmiTag(signal) + ".",
                    "Read from " + signal.connection() + " " + address(signal) + conditioning(signal) + ".");
            String type = signal.node().type().javaType();
            String unit = signal.node().unitCode();
            w.line("public static final TwinSignal<" + type + "> " + signal.constant() + " = new TwinSignal<>("
                    + JavaLiterals.string(signal.id()) + ", " + type + ".class, " + JavaLiterals.string(unit) + ");");
        }
        w.line("");
        if (first) {
            w.open("private " + name + "()").close();
        } else {
            w.open(name + "()").close();
        }
        return w.finish();
    }

    private static String hmiTag(MappedSignal signal) {
        return signal.hmiTag() == null || signal.hmiTag().isBlank() ? "" : ", HMI tag \"" + signal.hmiTag() + "\"";
    }

    private static String address(MappedSignal signal) {
        if (signal.source() instanceof ModbusSource modbus) {
            return modbus.canonical() + " (Modicon " + modbus.modicon() + "), " + modbus.spelledType();
        }
        return "node " + signal.source().canonical();
    }

    private static String conditioning(MappedSignal signal) {
        StringBuilder text = new StringBuilder();
        if (signal.conditioning().scale() != 1 || signal.conditioning().offset() != 0) {
            text.append(", value = raw * ").append(signal.conditioning().scale()).append(" + ")
                    .append(signal.conditioning().offset());
        }
        if (signal.node().unit() != null) {
            text.append(", in ").append(signal.node().unit().displayName());
        }
        return text.toString();
    }
}
