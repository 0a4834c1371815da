/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.NodeManager;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.RoleDescription;

/**
 * Puts the plant's role assignments onto the nodes: an element that grants a role (assigned there or on an
 * enclosing area or line) gives that role its permissions on the element, its signals (with their
 * EngineeringUnits/EURange properties), its behaviours and their states. An element above a granted scope
 * (the Plant folder, enterprise, site, an area whose line is granted) gives such a role Browse only, so that
 * its users can walk down to their scope and see nothing else on the way. Everything else is closed:
 * a node lists only the roles granted on it, and a session without one of them may do nothing there.
 */
final class RoleScopes {

    private final AddressSpaceDescription description;
    private final Function<String, NodeId> nodeId;
    private final NodeManager<UaNode> nodes;
    private final NamespaceTable namespaces;
    private final NodePermissions permissions;
    private final Map<String, RoleDescription> roles = new LinkedHashMap<>();

    RoleScopes(AddressSpaceDescription description, Function<String, NodeId> nodeId, NodeManager<UaNode> nodes,
            NamespaceTable namespaces, NodePermissions permissions) {
        this.description = description;
        this.nodeId = nodeId;
        this.nodes = nodes;
        this.namespaces = namespaces;
        this.permissions = permissions;
        description.roles().forEach(role -> roles.put(role.name(), role));
    }

    /** @return the NodeId of a plant role's RoleType object, {@code Role:<name>} as in the NodeSet2 */
    static String roleNodeIdentifier(String roleName) {
        return "Role:" + roleName;
    }

    /** Restricts every node of the plant hierarchy; the Plant folder is browsable by every plant role. */
    void apply(String plantFolderId) {
        restrict(nodeId.apply(plantFolderId), Set.of(), allGranted(description.roots(), Set.of()));
        for (PlantElement root : description.roots()) {
            apply(root, root.browseName(), Set.of());
        }
    }

    private Set<String> apply(PlantElement element, String id, Set<String> inherited) {
        Set<String> granted = new LinkedHashSet<>(inherited);
        granted.addAll(element.roles());
        Set<String> below = new LinkedHashSet<>();
        for (PlantElement child : element.children()) {
            below.addAll(apply(child, id + "." + child.browseName(), granted));
        }
        NodeId node = nodeId.apply(id);
        restrict(node, granted, below);
        restrictParts(node, granted);
        Set<String> seen = new LinkedHashSet<>(granted);
        seen.addAll(below);
        return seen;
    }

    private static Set<String> allGranted(List<PlantElement> elements, Set<String> inherited) {
        Set<String> all = new LinkedHashSet<>();
        for (PlantElement element : elements) {
            Set<String> granted = new LinkedHashSet<>(inherited);
            granted.addAll(element.roles());
            all.addAll(granted);
            all.addAll(allGranted(element.children(), granted));
        }
        return all;
    }

    /** Signals, properties, behaviours and states hang below an element by HasComponent / HasProperty. */
    private void restrictParts(NodeId parent, Set<String> granted) {
        for (Reference reference : nodes.getReferences(parent)) {
            boolean part = reference.isForward() && (NodeIds.HasComponent.equals(reference.getReferenceTypeId())
                    || NodeIds.HasProperty.equals(reference.getReferenceTypeId()));
            if (part) {
                reference.getTargetNodeId().toNodeId(namespaces).filter(id -> nodes.containsNode(id))
                        .ifPresent(id -> {
                            restrict(id, granted, Set.of());
                            restrictParts(id, granted);
                        });
            }
        }
    }

    private void restrict(NodeId node, Set<String> granted, Set<String> browseOnly) {
        Map<NodeId, Long> bits = new LinkedHashMap<>();
        for (String role : browseOnly) {
            if (!granted.contains(role)) {
                bits.put(roleNodeId(role), NodePermissions.BROWSE);
            }
        }
        for (String role : granted) {
            bits.put(roleNodeId(role), roles.get(role).bits());
        }
        permissions.restrict(node, bits);
        nodes.getNode(node).ifPresent(n -> n.getFilterChain().addLast(
                new RoleAccessFilter(permissions.of(node).orElseThrow())));
    }

    private NodeId roleNodeId(String role) {
        return nodeId.apply(roleNodeIdentifier(role));
    }
}
