/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.List;

import org.fieldbridge.codegen.model.JavaLiterals;
import org.fieldbridge.codegen.model.RuntimeModel;

/** {@code <Name>Twin}: assembles the twin and is the runtime's main class. */
public final class TwinTemplate {

    private TwinTemplate() {
    }

    /** @return the source of {@code <Name>Twin.java} */
    public static String render(RuntimeModel model) {
        String name = model.className() + "Twin";
        JavaSourceWriter w = new JavaSourceWriter(GeneratedHeader.text(model), model.javaPackage(),
                List.of("org.fieldbridge.runtime.app.RuntimeLauncher", "org.fieldbridge.runtime.app.TwinAssembly"));
        w.javadoc("The " + model.runtimeName() + " twin runtime, generated from " + String.join(", ", model.inputNames())
                + ".", "",
                "Run it with java -jar (options: --config FILE, --duration SECONDS, --live, --help); it reads",
                "fieldbridge-runtime.properties from the working folder by default.");
        w.open("public final class " + name);
        w.line("");
        w.javadoc("The runtime's name: OPC UA application name, namespace urn:fieldbridge:twin:" + model.runtimeName()
                + ".");
        w.line("public static final String NAME = " + JavaLiterals.string(model.runtimeName()) + ";");
        w.line("");
        w.javadoc("The version of the models this runtime was generated from (a content hash).");
        w.line("public static final String MODEL_VERSION = " + JavaLiterals.string(model.modelVersion()) + ";");
        w.line("");
        w.open("private " + name + "()").close();
        w.line("");
        w.javadoc("@return the twin with its address space, connections, calibrations, alignment grids and behaviours");
        w.open("public static TwinAssembly assemble()");
        w.line("TwinAssembly.Builder twin = TwinAssembly.builder(NAME, MODEL_VERSION, " + model.className()
                + "AddressSpace.description());");
        w.line(model.className() + "Acquisition.addTo(twin);");
        w.line(model.className() + "Behaviours.addTo(twin);");
        w.line("return twin.build();");
        w.close();
        w.line("");
        w.javadoc("Runs the twin until Ctrl-C (or --duration); exit code 0 after a clean stop.");
        w.open("public static void main(String[] args)");
        w.line("RuntimeLauncher.main(args, " + name + "::assemble);");
        w.close();
        return w.finish();
    }
}
