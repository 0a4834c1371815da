/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.browse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fieldbridge.commissioning.browse.AddressSpaceBrowse;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/**
 * Imports an OPC UA server by browsing it with commissioning's {@link AddressSpaceBrowse} (the runtime's client,
 * the connection's security policy, mode and user): every variable below the Objects folder outside namespace 0
 * becomes a tag; the objects above it become its groups, of which the nearest is the equipment. Data type,
 * EngineeringUnits (as its UNECE code), EURange and the description (the display name where it differs from the
 * browse name) are carried over.
 */
public final class OpcUaBrowseReader {

    private static final Map<String, TagType> TYPES = Map.ofEntries(Map.entry("boolean", TagType.BOOL),
            Map.entry("sbyte", TagType.INT16), Map.entry("byte", TagType.UINT16), Map.entry("int16", TagType.INT16),
            Map.entry("uint16", TagType.UINT16), Map.entry("int32", TagType.INT32), Map.entry("uint32", TagType.UINT32),
            Map.entry("int64", TagType.INT64), Map.entry("uint64", TagType.INT64), Map.entry("float", TagType.FLOAT32),
            Map.entry("double", TagType.FLOAT64), Map.entry("string", TagType.STRING));

    private OpcUaBrowseReader() {
    }

    /**
     * @param link the server
     * @param connection the connection's name
     * @return the tags and whether the browse was cut short
     * @throws OpcUaLink.Failure when the server cannot be reached or refuses the session
     */
    public static Result read(OpcUaLink link, String connection) throws OpcUaLink.Failure {
        AddressSpaceBrowse.Listing listing = AddressSpaceBrowse.browse(link, null, 8);
        return new Result(tags(listing.nodes(), connection, link.controller().endpoint()), listing.truncated());
    }

    /**
     * @param tags the variables as tags
     * @param truncated whether {@link AddressSpaceBrowse#MAX_NODES} cut the browse short
     */
    public record Result(List<ImportedTag> tags, boolean truncated) {
    }

    /**
     * @param nodes a browse listing, each node followed by its children
     * @param connection the connection's name
     * @param endpoint the server's URL, for origins
     * @return a tag per variable outside namespace 0
     */
    public static List<ImportedTag> tags(List<BrowsedNode> nodes, String connection, String endpoint) {
        List<ImportedTag> tags = new ArrayList<>();
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BrowsedNode node : nodes) {
            while (path.size() > Math.max(0, node.depth() - 1)) {
                path.remove(path.size() - 1);
            }
            String name = browseName(node);
            if (!node.isVariable()) {
                if (node.depth() > 0) {
                    path.add(name);
                }
                continue;
            }
            if (node.nodeId().startsWith("i=") || node.nodeId().startsWith("ns=0;") || !seen.add(node.nodeId())) {
                continue;
            }
            tags.add(tag(node, name, objects(path), connection, endpoint));
        }
        return tags;
    }

    /** Objects without variables of their own (a Plant folder) name no equipment; the nearest object does. */
    private static List<String> objects(List<String> path) {
        return path.isEmpty() ? List.of() : List.copyOf(path);
    }

    private static ImportedTag tag(BrowsedNode node, String name, List<String> groups, String connection,
            String endpoint) {
        // a string NodeId (Zone1.Temp) is what people call the value; a numeric one says nothing, the browse name does
        String label = node.nodeId().contains(";s=") ? node.nodeId().substring(node.nodeId().indexOf(";s=") + 3) : name;
        ImportedTag.Builder tag = ImportedTag.builder(label, endpoint + " " + node.nodeId())
                .source(new TagSource.OpcUa(node.nodeId(), "")).connection(connection)
                .type(TYPES.getOrDefault(node.dataType().toLowerCase(Locale.ROOT), TagType.UNKNOWN))
                .unit(node.unitCode().isEmpty() ? node.unit() : node.unitCode()).groups(groups);
        if (node.displayName() != null && !node.displayName().isBlank() && !node.displayName().equals(name)) {
            tag.description(node.displayName());
        }
        if (node.hasRange()) {
            tag.range(node.euLow(), node.euHigh());
        }
        return tag.build();
    }

    private static String browseName(BrowsedNode node) {
        String name = node.browseName();
        int colon = name.indexOf(':');
        return colon >= 0 && name.substring(0, colon).chars().allMatch(Character::isDigit) ? name.substring(colon + 1)
                : name;
    }
}
