/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.util.Optional;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * A NodeId as a .twin writes it, in either string form of OPC UA Part 6 §5.3.1.10: with the namespace's index
 * ({@code ns=3;s="Motor_Speed"}), or with its URI ({@code nsu=http://www.siemens.com/simatic-s7-opcua;s="Motor_Speed"}).
 * A server may give a namespace another index after a change of configuration; the URI stays, so the URI form is
 * resolved against the server's namespace table (its NamespaceArray) each time a session needs the node.
 */
final class NodeIdText {

    private NodeIdText() {
    }

    /** @return whether the text is a NodeId in one of the string forms (nothing is resolved) */
    static boolean isNodeId(String text) {
        try {
            return text != null && (text.startsWith("nsu=") ? ExpandedNodeId.parse(text) != null
                    : NodeId.parseOrNull(text) != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param text a NodeId in string form
     * @param client the session's client: its namespace table, read again once when the URI is not in it
     * @return the NodeId with the server's index; empty when the server has no namespace of that URI
     * @throws IllegalArgumentException when the text is no NodeId
     */
    static Optional<NodeId> resolve(String text, OpcUaClient client) {
        if (!text.startsWith("nsu=")) {
            NodeId id = NodeId.parseOrNull(text);
            if (id == null) {
                throw new IllegalArgumentException("'" + text + "' is not a NodeId; write it as ns=2;s=Zone1.SP");
            }
            return Optional.of(id);
        }
        ExpandedNodeId expanded;
        try {
            expanded = ExpandedNodeId.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a NodeId (" + e + "); write it as "
                    + "nsu=urn:example:plc;s=Zone1.SP", e);
        }
        Optional<NodeId> id = expanded.toNodeId(client.getNamespaceTable());
        if (id.isEmpty()) {
            try {
                // the table is read when the session starts; a namespace the server added later is read here
                NamespaceTable fresh = client.readNamespaceTable();
                id = expanded.toNodeId(fresh);
            } catch (Exception e) {
                return Optional.empty();
            }
        }
        return id;
    }

    /** @return the plant-words reason a URI NodeId did not resolve */
    static String unknownNamespace(String text) {
        String uri = text.substring(4, Math.max(4, text.indexOf(';')));
        return "the server has no namespace " + uri + " (its NamespaceArray does not list it): check the URI of "
                + text + " with fieldbridge browse";
    }
}
