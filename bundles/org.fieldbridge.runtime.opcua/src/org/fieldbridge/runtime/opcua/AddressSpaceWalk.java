/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * Walks a server's address space level by level (one Browse request per level, BrowseNext for the rest), then
 * reads what a commissioning engineer needs of every variable in batches: value, data type, the user's access
 * level, and the EngineeringUnits and EURange properties (OPC 10000-8 AnalogItemType).
 */
final class AddressSpaceWalk {

    static final NodeId OBJECTS_FOLDER = NodeIds.ObjectsFolder;
    private static final int BATCH = 200;
    private static final int NODE_CLASSES = NodeClass.Object.getValue() | NodeClass.Variable.getValue()
            | NodeClass.Method.getValue() | NodeClass.View.getValue();

    /** A node found, before its attributes are read. */
    record Found(NodeId id, QualifiedName browseName, LocalizedText displayName, NodeClass nodeClass) {
    }

    private final OpcUaClient client;
    private final int limit;
    private final Map<NodeId, List<Found>> children = new LinkedHashMap<>();
    private final Set<NodeId> seen = new HashSet<>();
    private int count;

    AddressSpaceWalk(OpcUaClient client, int limit) {
        this.client = client;
        this.limit = Math.max(1, limit);
    }

    List<BrowsedNode> walk(NodeId start, int depth) throws Exception {
        Found root = describe(start);
        seen.add(start);
        count = 1;
        List<Found> frontier = List.of(root);
        for (int level = 0; level < depth && !frontier.isEmpty() && count < limit; level++) {
            List<Found> next = new ArrayList<>();
            List<List<ReferenceDescription>> found = browse(frontier.stream().map(Found::id).toList(),
                    NodeIds.HierarchicalReferences, NODE_CLASSES);
            for (int i = 0; i < frontier.size(); i++) {
                List<Found> kids = new ArrayList<>();
                for (ReferenceDescription r : found.get(i)) {
                    NodeId id = r.getNodeId().toNodeId(client.getNamespaceTable()).orElse(null);
                    if (id == null || !seen.add(id) || count >= limit) {
                        continue;
                    }
                    count++;
                    Found kid = new Found(id, r.getBrowseName(), r.getDisplayName(), r.getNodeClass());
                    kids.add(kid);
                    if (expandable(kid)) {
                        next.add(kid);
                    }
                }
                children.put(frontier.get(i).id(), kids);
            }
            frontier = next;
        }
        List<Found> ordered = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        order(root, 0, ordered, depths);
        return new VariableFacts(client, this).describe(ordered, depths);
    }

    /** Objects and views are expanded; the server's own nodes (namespace 0) below the start are not. */
    private static boolean expandable(Found node) {
        return (node.nodeClass() == NodeClass.Object || node.nodeClass() == NodeClass.View)
                && node.id().getNamespaceIndex().intValue() != 0;
    }

    private void order(Found node, int depth, List<Found> ordered, List<Integer> depths) {
        ordered.add(node);
        depths.add(depth);
        for (Found kid : children.getOrDefault(node.id(), List.of())) {
            order(kid, depth + 1, ordered, depths);
        }
    }

    private Found describe(NodeId id) throws Exception {
        List<ReadValueId> reads = List.of(read(id, AttributeId.BrowseName), read(id, AttributeId.DisplayName),
                read(id, AttributeId.NodeClass));
        DataValue[] values = client.read(0.0, TimestampsToReturn.Neither, reads).getResults();
        if (values[2].getStatusCode().isBad()) {
            throw new IllegalArgumentException("the server has no node " + id.toParseableString());
        }
        Object nodeClass = values[2].getValue().getValue();
        return new Found(id, (QualifiedName) values[0].getValue().getValue(),
                (LocalizedText) values[1].getValue().getValue(),
                NodeClass.from(((Number) nodeClass).intValue()));
    }

    static ReadValueId read(NodeId id, AttributeId attribute) {
        return new ReadValueId(id, attribute.uid(), null, QualifiedName.NULL_VALUE);
    }

    /** Browses forward references of a type from each node, following continuation points. */
    List<List<ReferenceDescription>> browse(List<NodeId> nodes, NodeId referenceType, int nodeClasses)
            throws Exception {
        List<List<ReferenceDescription>> all = new ArrayList<>();
        for (int from = 0; from < nodes.size(); from += BATCH) {
            List<BrowseDescription> batch = nodes.subList(from, Math.min(nodes.size(), from + BATCH)).stream()
                    .map(n -> new BrowseDescription(n, BrowseDirection.Forward, referenceType, true,
                            uint(nodeClasses), uint(BrowseResultMask.All.getValue())))
                    .toList();
            for (BrowseResult result : client.browse(batch)) {
                List<ReferenceDescription> references = new ArrayList<>();
                collect(result, references);
                all.add(references);
            }
        }
        return all;
    }

    private void collect(BrowseResult result, List<ReferenceDescription> into) throws Exception {
        BrowseResult r = result;
        while (true) {
            if (r.getStatusCode().isBad()) {
                return; // a node we may not browse shows no children
            }
            if (r.getReferences() != null) {
                into.addAll(Arrays.asList(r.getReferences()));
            }
            ByteString next = r.getContinuationPoint();
            if (next == null || next.isNullOrEmpty()) {
                return;
            }
            r = client.browseNext(false, List.of(next)).getResults()[0];
        }
    }
}
