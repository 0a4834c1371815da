/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.UaNodeManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The nodes and references of the twin's namespace, the same as Milo's node manager answers them, stored in
 * less memory (issue 15 item 4: the references were a third of the heap per tag). Milo keeps every node's
 * references in a linked multiset (a LinkedHashMap entry and a counter per reference, a hash table per node,
 * about 1.3 KB per signal with its EURange and EngineeringUnits properties); here they are a list per node
 * in insertion order, duplicates kept, as the multiset iterates them. While the address space is built, the
 * NodeIds and ExpandedNodeIds of new references are shared with those already stored (each reference is kept
 * twice, forward and inverse, and Milo makes new id objects for the inverse).
 */
final class TwinNodeStore extends UaNodeManager {

    /** Lists up to this long are searched for an equal reference (those of a type's instances are long). */
    private static final int SHORT_LIST = 16;

    private final Map<NodeId, ArrayList<Reference>> references = new ConcurrentHashMap<>();
    private Map<NodeId, NodeId> sharedIds = new HashMap<>();
    private Map<ExpandedNodeId, ExpandedNodeId> sharedTargets = new HashMap<>();

    @Override
    public synchronized void addReference(Reference reference) {
        Reference stored = shared(reference);
        ArrayList<Reference> list = references.computeIfAbsent(stored.getSourceNodeId(), id -> new ArrayList<>(2));
        list.add(list.size() <= SHORT_LIST ? same(list, stored) : stored);
    }

    /**
     * @return the equal reference the list holds already, else {@code reference}: Milo's node factory adds the
     *         references between a new node and its properties twice (once from each side); the multiset counted
     *         the second, a list keeps it, so it should keep the same object and not a copy
     */
    private static Reference same(List<Reference> list, Reference reference) {
        for (Reference r : list) {
            if (r.equals(reference)) {
                return r;
            }
        }
        return reference;
    }

    @Override
    public synchronized void removeReference(Reference reference) {
        ArrayList<Reference> list = references.get(reference.getSourceNodeId());
        if (list != null) {
            list.remove(reference);
            if (list.isEmpty()) {
                references.remove(reference.getSourceNodeId());
            }
        }
    }

    @Override
    public synchronized List<Reference> getReferences(NodeId nodeId) {
        ArrayList<Reference> list = references.get(nodeId);
        return list == null ? Collections.emptyList() : new ArrayList<>(list);
    }

    @Override
    public synchronized List<Reference> getReferences(NodeId nodeId, Predicate<Reference> filter) {
        ArrayList<Reference> list = references.get(nodeId);
        return list == null ? Collections.emptyList() : list.stream().filter(filter).toList();
    }

    /** The address space is built: stops sharing ids (its tables are only worth their memory while building). */
    synchronized void built() {
        sharedIds = null;
        sharedTargets = null;
        references.values().forEach(ArrayList::trimToSize);
    }

    private Reference shared(Reference reference) {
        if (sharedIds == null) {
            return reference;
        }
        NodeId source = sharedIds.computeIfAbsent(reference.getSourceNodeId(), id -> id);
        NodeId type = sharedIds.computeIfAbsent(reference.getReferenceTypeId(), id -> id);
        ExpandedNodeId target = sharedTargets.computeIfAbsent(reference.getTargetNodeId(), id -> id);
        if (source == reference.getSourceNodeId() && type == reference.getReferenceTypeId()
                && target == reference.getTargetNodeId()) {
            return reference;
        }
        return new Reference(source, type, target, reference.getDirection());
    }
}
