/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.PermissionType;
import org.eclipse.milo.opcua.stack.core.types.structured.RolePermissionType;

/**
 * The RolePermissions of every restricted node of the twin (plant elements, signals, behaviours, states and
 * their properties), and what they grant a session. Nodes not listed (the Server object, the controllers'
 * diagnostics) are not restricted beyond authentication.
 */
final class NodePermissions {

    /** PermissionType bits (OPC 10000-3 §8.55) the checks below use. */
    static final long BROWSE = 0x1;
    static final long READ = 0x20;
    static final long WRITE = 0x40;
    static final long CALL = 0x1000;

    /** Read by Milo's access check with the session's context; they reveal only what the session may do. */
    private static final Set<AttributeId> ACCESS_ATTRIBUTES = EnumSet.of(AttributeId.NodeId, AttributeId.NodeClass,
            AttributeId.AccessRestrictions, AttributeId.UserWriteMask, AttributeId.UserAccessLevel,
            AttributeId.UserExecutable, AttributeId.UserRolePermissions, AttributeId.AccessLevel,
            AttributeId.Executable, AttributeId.WriteMask, AttributeId.Value);

    private final Map<NodeId, RolePermissionType[]> byNode = new ConcurrentHashMap<>();

    /**
     * Without Browse a session may read no attribute of a restricted node (OPC 10000-3 §8.55: Browse is what
     * allows reading the non-value attributes), except the ones the access check itself needs, which say only
     * that it may do nothing; the Value is decided by UserAccessLevel.
     *
     * @return true when this read must be answered with Bad_UserAccessDenied
     */
    boolean hides(Session session, NodeId node, UInteger attributeId) {
        boolean accessAttribute = AttributeId.from(attributeId).map(ACCESS_ATTRIBUTES::contains).orElse(true);
        if (session == null || accessAttribute) {
            return false;
        }
        OptionalLong bits = bitsOf(session, node);
        return bits.isPresent() && (bits.getAsLong() & BROWSE) == 0;
    }

    /** Restricts {@code node}: {@code roleBits} maps each role's NodeId to the bits it grants there. */
    void restrict(NodeId node, Map<NodeId, Long> roleBits) {
        RolePermissionType[] permissions = roleBits.entrySet().stream()
                .map(e -> new RolePermissionType(e.getKey(), new PermissionType(uint(e.getValue()))))
                .toArray(RolePermissionType[]::new);
        byNode.put(node, permissions);
    }

    /** @return the node's RolePermissions; empty when it is not restricted */
    Optional<RolePermissionType[]> of(NodeId node) {
        RolePermissionType[] permissions = byNode.get(node);
        return permissions == null ? Optional.empty() : Optional.of(permissions.clone());
    }

    /** @return the entries of the node's RolePermissions whose role the session holds (UserRolePermissions) */
    static RolePermissionType[] ofSession(RolePermissionType[] permissions, List<NodeId> sessionRoles) {
        return Arrays.stream(permissions).filter(p -> sessionRoles.contains(p.getRoleId()))
                .toArray(RolePermissionType[]::new);
    }

    /** @return the bits the session's roles hold on the node together; empty when the node is not restricted */
    OptionalLong bitsOf(Session session, NodeId node) {
        RolePermissionType[] permissions = byNode.get(node);
        if (permissions == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(union(ofSession(permissions, session.getRoleIds().orElse(List.of()))));
    }

    static long union(RolePermissionType[] permissions) {
        long bits = 0;
        for (RolePermissionType permission : permissions) {
            bits |= permission.getPermissions().getValue().longValue();
        }
        return bits;
    }
}
