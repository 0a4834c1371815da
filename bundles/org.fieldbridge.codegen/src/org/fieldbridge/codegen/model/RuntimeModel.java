/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * Everything the templates need, extracted from the resolved .plant and .twin models: plain data, no EMF,
 * in a fixed order (plant containment order, then .twin declaration order), so that output is deterministic.
 *
 * @param runtimeName the runtime's name, e.g. {@code riverside}
 * @param className the prefix of the generated classes, e.g. {@code Riverside}
 * @param javaPackage the package of the generated classes, e.g. {@code acme.riverside.runtime}
 * @param modelVersion the content hash of the inputs
 * @param inputNames the file names of the inputs, sorted
 * @param roots the plant elements that have mapped signals or behaviours, as a tree
 * @param signals every mapped signal in plant order
 * @param modbus the Modbus connections with their tags, in declaration order
 * @param opcua the OPC UA connections with their signals, in declaration order
 * @param alignments the alignment grids in declaration order
 * @param behaviours the behaviours in declaration order
 * @param roles the plant roles in declaration order
 */
public record RuntimeModel(String runtimeName, String className, String javaPackage, String modelVersion,
        List<String> inputNames, List<ElementNode> roots, List<MappedSignal> signals, List<ModbusDevice> modbus,
        List<OpcUaDevice> opcua, List<AlignmentPlan> alignments, List<BehaviourPlan> behaviours, List<RoleInfo> roles) {

    public RuntimeModel {
        inputNames = List.copyOf(inputNames);
        roots = List.copyOf(roots);
        signals = List.copyOf(signals);
        modbus = List.copyOf(modbus);
        opcua = List.copyOf(opcua);
        alignments = List.copyOf(alignments);
        behaviours = List.copyOf(behaviours);
        roles = List.copyOf(roles);
    }

    /** @return the fully qualified name of the main class */
    public String mainClass() {
        return javaPackage + "." + className + "Twin";
    }

    /** @return the folder of the package, e.g. {@code acme/riverside/runtime} */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }

    /** @return the OPC UA namespace URI of the twin (the runtime server's default) */
    public String namespaceUri() {
        return "urn:fieldbridge:twin:" + runtimeName;
    }

    /** @return the roles that may read, which become the default users of the configuration */
    public List<RoleInfo> readingRoles() {
        return roles.stream().filter(RoleInfo::canRead).toList();
    }
}
