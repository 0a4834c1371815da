/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.IdType;

/**
 * A mapping's NodeId written with its namespace's URI ({@code nsu=URI;s=IDENTIFIER}, OPC UA Part 6 §5.3.1.10), read
 * with Milo's parser as the runtime reads it (its {@code NodeIdText}), so that the simulator serves exactly the node
 * the runtime will ask for.
 *
 * @param uri        the namespace URI, unescaped
 * @param identifier the identifier's text
 * @param string     whether the identifier is a string ({@code s=}); others are not served
 */
record NamespacedNode(String uri, String identifier, boolean string) {

    /** The namespace of OPC UA itself, index 0 of every server. */
    private static final String OPC_UA = "http://opcfoundation.org/UA/";

    /** @return the node, or null when the text has no {@code nsu=} (or cannot be read as a NodeId) */
    static NamespacedNode parse(String nodeId) {
        if (nodeId == null || !nodeId.startsWith("nsu=")) {
            return null;
        }
        try {
            ExpandedNodeId id = ExpandedNodeId.parse(nodeId);
            String uri = id.getNamespaceUri();
            if (uri == null || uri.isBlank()) {
                return null;
            }
            return new NamespacedNode(uri, String.valueOf(id.getIdentifier()), id.getType() == IdType.String);
        } catch (RuntimeException e) {
            return null; // the checker reports NodeIds it cannot read; the caller notes it as not served
        }
    }

    /**
     * @param applicationUri the simulated server's application URI (its namespace 1)
     * @return why the simulated server cannot serve this node, in plant words, or null when it can
     */
    String refusal(String applicationUri) {
        if (!string) {
            return "the simulated server serves string identifiers (s=...) in the namespace " + uri
                    + ", not " + identifier;
        }
        if (OPC_UA.equals(uri) || uri.equals(applicationUri)) {
            return "the namespace " + uri + " is the server's own (OPC UA's or its application's), not a controller's";
        }
        return null;
    }
}
