/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.browse;

import java.util.List;

import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/**
 * Browses an OPC UA controller's address space: the hierarchy below a node (the Objects folder unless one is
 * named), per node its NodeId, browse name and node class, per variable its data type, the session user's access,
 * EngineeringUnits and EURange where the server has them, and the current value with its status.
 */
public final class AddressSpaceBrowse {

    /** The most nodes one browse lists; a bigger server is browsed node by node. */
    public static final int MAX_NODES = 2000;
    /** Levels below the start listed when no depth is given. */
    public static final int DEFAULT_DEPTH = 5;

    private AddressSpaceBrowse() {
    }

    /**
     * The listing of a browse.
     *
     * @param connection the .twin connection
     * @param nodes the nodes, each followed by its children, the start first
     * @param truncated whether {@link #MAX_NODES} cut the listing short
     */
    public record Listing(String connection, List<BrowsedNode> nodes, boolean truncated) {

        public Listing {
            nodes = List.copyOf(nodes);
        }

        /** @return the nodes as text, one line each, indented by depth */
        public List<String> lines() {
            return nodes.stream().map(NodeLine::of).toList();
        }
    }

    /**
     * @param link the controller
     * @param node the node to start at ({@code ns=2;s=Oven}, {@code i=85}); null for the Objects folder
     * @param depth levels below it to list
     * @return the listing
     * @throws OpcUaLink.Failure when the controller cannot be reached or does not answer
     * @throws IllegalArgumentException when the node is not a NodeId or not in the server, or the depth is negative
     */
    public static Listing browse(OpcUaLink link, String node, int depth) throws OpcUaLink.Failure {
        if (depth < 0) {
            throw new IllegalArgumentException("the depth must be 0 or more, was " + depth);
        }
        List<BrowsedNode> nodes = link.browse(node, depth, MAX_NODES);
        return new Listing(link.controller().name(), nodes, nodes.size() >= MAX_NODES);
    }
}
