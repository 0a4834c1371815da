/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.fieldbridge.runtime.Sample;

/**
 * Reads the facts of browsed variables in batches: value, data type (by its browse name), the session user's
 * access level, and the EngineeringUnits and EURange properties.
 */
final class VariableFacts {

    private static final int READ_BATCH = 300;

    private final OpcUaClient client;
    private final AddressSpaceWalk walk;

    VariableFacts(OpcUaClient client, AddressSpaceWalk walk) {
        this.client = client;
        this.walk = walk;
    }

    List<BrowsedNode> describe(List<AddressSpaceWalk.Found> nodes, List<Integer> depths) throws Exception {
        List<NodeId> variables = nodes.stream().filter(n -> n.nodeClass() == NodeClass.Variable)
                .map(AddressSpaceWalk.Found::id).toList();
        List<ReadValueId> reads = new ArrayList<>();
        for (NodeId v : variables) {
            reads.add(AddressSpaceWalk.read(v, AttributeId.Value));
            reads.add(AddressSpaceWalk.read(v, AttributeId.DataType));
            reads.add(AddressSpaceWalk.read(v, AttributeId.UserAccessLevel));
        }
        List<DataValue> values = read(reads, TimestampsToReturn.Both);
        Map<NodeId, String> typeNames = typeNames(variables, values);
        Map<NodeId, Map<String, Object>> properties = properties(variables);
        List<BrowsedNode> result = new ArrayList<>();
        int v = 0;
        for (int i = 0; i < nodes.size(); i++) {
            AddressSpaceWalk.Found n = nodes.get(i);
            String browseName = n.browseName() == null ? "" : n.browseName().toParseableString();
            String display = n.displayName() == null || n.displayName().getText() == null ? ""
                    : n.displayName().getText();
            String nodeClass = n.nodeClass() == null ? "Unspecified" : n.nodeClass().name();
            if (n.nodeClass() != NodeClass.Variable) {
                result.add(new BrowsedNode(depths.get(i), n.id().toParseableString(), browseName, display, nodeClass,
                        "", "", "", "", Double.NaN, Double.NaN, null));
                continue;
            }
            Sample value = OpcUaProbe.sample(values.get(3 * v));
            Object type = values.get(3 * v + 1).getValue().getValue();
            String typeName = type instanceof NodeId t ? typeNames.getOrDefault(t, t.toParseableString()) : "";
            Map<String, Object> props = properties.getOrDefault(n.id(), Map.of());
            EUInformation eu = props.get("EngineeringUnits") instanceof EUInformation e ? e : null;
            Range range = props.get("EURange") instanceof Range r ? r : null;
            result.add(new BrowsedNode(depths.get(i), n.id().toParseableString(), browseName, display, nodeClass,
                    typeName, access(values.get(3 * v + 2)), eu == null ? "" : text(eu.getDisplayName()),
                    eu == null ? "" : unitCode(eu.getUnitId()), range == null ? Double.NaN : range.getLow(),
                    range == null ? Double.NaN : range.getHigh(), value));
            v++;
        }
        return result;
    }

    private List<DataValue> read(List<ReadValueId> reads, TimestampsToReturn timestamps) throws Exception {
        List<DataValue> values = new ArrayList<>();
        for (int from = 0; from < reads.size(); from += READ_BATCH) {
            values.addAll(List.of(client.read(0.0, timestamps,
                    reads.subList(from, Math.min(reads.size(), from + READ_BATCH))).getResults()));
        }
        return values;
    }

    /** The browse names of the data types used, read once each. */
    private Map<NodeId, String> typeNames(List<NodeId> variables, List<DataValue> values) throws Exception {
        LinkedHashSet<NodeId> types = new LinkedHashSet<>();
        for (int v = 0; v < variables.size(); v++) {
            if (values.get(3 * v + 1).getValue().getValue() instanceof NodeId t) {
                types.add(t);
            }
        }
        List<NodeId> ordered = List.copyOf(types);
        List<DataValue> names = read(ordered.stream().map(t -> AddressSpaceWalk.read(t, AttributeId.BrowseName))
                .toList(), TimestampsToReturn.Neither);
        Map<NodeId, String> byId = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (names.get(i).getValue().getValue() instanceof QualifiedName q) {
                byId.put(ordered.get(i), q.getName());
            }
        }
        return byId;
    }

    /** EngineeringUnits and EURange of each variable that has them, decoded. */
    private Map<NodeId, Map<String, Object>> properties(List<NodeId> variables) throws Exception {
        List<List<ReferenceDescription>> found = walk.browse(variables, NodeIds.HasProperty,
                NodeClass.Variable.getValue());
        List<NodeId> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<ReadValueId> reads = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            for (ReferenceDescription r : found.get(i)) {
                String name = r.getBrowseName() == null ? "" : r.getBrowseName().getName();
                NodeId id = r.getNodeId().toNodeId(client.getNamespaceTable()).orElse(null);
                if (id != null && ("EngineeringUnits".equals(name) || "EURange".equals(name))) {
                    reads.add(AddressSpaceWalk.read(id, AttributeId.Value));
                    owners.add(variables.get(i));
                    names.add(name);
                }
            }
        }
        List<DataValue> values = read(reads, TimestampsToReturn.Neither);
        Map<NodeId, Map<String, Object>> byOwner = new HashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Object value = values.get(i).getValue().getValue();
            if (value instanceof ExtensionObject xo) {
                value = xo.decode(client.getStaticEncodingContext());
            }
            byOwner.computeIfAbsent(owners.get(i), k -> new HashMap<>()).put(names.get(i), value);
        }
        return byOwner;
    }

    /** {@code read}, {@code read/write}, {@code write} or {@code none}, from the AccessLevel bits (Part 3 §8.57). */
    private static String access(DataValue level) {
        if (!(level.getValue().getValue() instanceof Number bits)) {
            return "";
        }
        boolean read = (bits.intValue() & 1) != 0;
        boolean write = (bits.intValue() & 2) != 0;
        return read && write ? "read/write" : read ? "read" : write ? "write" : "none";
    }

    /** The UNECE common code packed into an EUInformation unitId (Part 8 §5.6.3), e.g. 4408652 -> CEL. */
    static String unitCode(Integer unitId) {
        if (unitId == null || unitId <= 0) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = (unitId >> shift) & 0xFF;
            if (c != 0) {
                code.append((char) c);
            }
        }
        return code.toString();
    }

    private static String text(LocalizedText text) {
        return text == null || text.getText() == null ? "" : text.getText();
    }
}
