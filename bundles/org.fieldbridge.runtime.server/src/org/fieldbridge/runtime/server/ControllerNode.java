/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Objects;

/**
 * A variable a simulated controller serves at the NodeId its own server gives it, outside the twin's plant
 * hierarchy: in the namespace of {@code namespaceUri} (registered in the server's NamespaceArray after the twin's
 * namespace, so its index is the server's choice, as on a real PLC), with the string identifier as it is
 * ({@code "Temp_Sensor_7A"} of {@code nsu=http://www.siemens.com/simatic-s7-opcua;s="Temp_Sensor_7A"}). Only the
 * simulator uses these (see {@link TwinOpcUaServer#start(TwinServerConfig, AddressSpaceDescription, java.util.List)}):
 * the runtime's own server exposes the plant hierarchy alone.
 *
 * @param namespaceUri the namespace's URI, e.g. {@code http://www.siemens.com/simatic-s7-opcua}
 * @param identifier   the string identifier of the NodeId, any text but empty
 * @param type         the variable's data type
 */
public record ControllerNode(String namespaceUri, String identifier, SignalType type) {

    public ControllerNode {
        Objects.requireNonNull(namespaceUri, "namespaceUri");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(type, "type");
        if (namespaceUri.isBlank() || identifier.isEmpty()) {
            throw new IllegalArgumentException("a controller node needs a namespace URI and an identifier: '"
                    + namespaceUri + "', '" + identifier + "'");
        }
    }

    /** @return the NodeId in its URI form, {@code nsu=URI;s=IDENTIFIER} */
    @Override
    public String toString() {
        return "nsu=" + namespaceUri + ";s=" + identifier;
    }
}
