/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.milo.opcua.sdk.server.RoleMapper;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.fieldbridge.runtime.server.PlantPermission;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.runtime.server.WellKnownRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roles of a session (OPC 10000-3 §4.9, OPC 10000-18): its user's plant roles from the configuration,
 * plus the well-known roles they amount to, so that generic clients understand them:
 * <ul>
 * <li>Anonymous for an anonymous session, AuthenticatedUser for every other;</li>
 * <li>each other well-known role for the plant roles the runtime lists for it
 * ({@link TwinServerConfig#wellKnownRoles()}), else by the default rule of {@link WellKnownRole#grantedByDefault}:
 * Observer for a plant role with {@code read}; Operator with {@code write} or {@code acknowledgeAlarms};
 * Engineer with {@code commission}; ConfigureAdmin and SecurityAdmin with {@code administer} (it includes
 * writing role permissions); Supervisor never.</li>
 * </ul>
 * The well-known roles carry no permission on plant nodes: only plant roles are granted there.
 */
final class PlantRoleMapper implements RoleMapper {

    private static final Logger LOG = LoggerFactory.getLogger(PlantRoleMapper.class);

    private final TwinServerConfig config;
    private final Map<String, RoleDescription> roles;
    private final Function<String, NodeId> roleNodeId;

    PlantRoleMapper(TwinServerConfig config, Map<String, RoleDescription> roles, Function<String, NodeId> roleNodeId) {
        this.config = config;
        this.roles = Map.copyOf(roles);
        this.roleNodeId = roleNodeId;
        config.wellKnownRoles().forEach((wellKnown, holders) -> holders.stream().filter(r -> !roles.containsKey(r))
                .forEach(r -> LOG.warn("well-known role {}: '{}' is not a role of the plant; nobody gets {} by it",
                        wellKnown.browseName(), r, wellKnown.browseName())));
    }

    @Override
    public List<NodeId> getRoleIds(Identity identity) {
        boolean anonymous = identity instanceof Identity.AnonymousIdentity;
        Set<String> plantRoles = plantRoles(identity);
        List<NodeId> ids = new ArrayList<>();
        ids.add(anonymous ? NodeIds.WellKnownRole_Anonymous : NodeIds.WellKnownRole_AuthenticatedUser);
        Set<PlantPermission> permissions = EnumSet.noneOf(PlantPermission.class);
        Set<String> held = new LinkedHashSet<>();
        for (String name : plantRoles) {
            RoleDescription role = roles.get(name);
            if (role == null) {
                LOG.warn("role '{}' of user '{}' is not a role of the plant; ignored", name, userName(identity));
                continue;
            }
            ids.add(roleNodeId.apply(name));
            held.add(name);
            permissions.addAll(role.permissions());
        }
        for (WellKnownRole wellKnown : wellKnownRoles(held, permissions)) {
            ids.add(nodeId(wellKnown));
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** @return the well-known roles (OPC 10000-3 §4.9.2) that the plant roles {@code held} amount to */
    Set<WellKnownRole> wellKnownRoles(Set<String> held, Set<PlantPermission> permissions) {
        Set<WellKnownRole> granted = EnumSet.noneOf(WellKnownRole.class);
        for (WellKnownRole role : WellKnownRole.values()) {
            Set<String> holders = config.wellKnownRoles().get(role);
            if (holders != null ? held.stream().anyMatch(holders::contains) : role.grantedByDefault(permissions)) {
                granted.add(role);
            }
        }
        return granted;
    }

    /**
     * @return the plant role names of a session: the configured roles of its user name, plus those its certificate
     *         or issued token named ({@link AuthenticatedUser}); the anonymous roles for an anonymous session
     */
    Set<String> plantRoles(Identity identity) {
        if (identity instanceof Identity.AnonymousIdentity) {
            return config.anonymousRoles();
        }
        Set<String> names = new LinkedHashSet<>(config.rolesOf(userName(identity)));
        if (identity.getUserData() instanceof AuthenticatedUser user) {
            names.addAll(user.plantRoles());
        }
        return names;
    }

    static NodeId nodeId(WellKnownRole role) {
        return switch (role) {
            case OBSERVER -> NodeIds.WellKnownRole_Observer;
            case OPERATOR -> NodeIds.WellKnownRole_Operator;
            case ENGINEER -> NodeIds.WellKnownRole_Engineer;
            case SUPERVISOR -> NodeIds.WellKnownRole_Supervisor;
            case CONFIGURE_ADMIN -> NodeIds.WellKnownRole_ConfigureAdmin;
            case SECURITY_ADMIN -> NodeIds.WellKnownRole_SecurityAdmin;
        };
    }

    /** @return the user a password, certificate or issued-token identity stands for; empty for anonymous */
    static String userName(Identity identity) {
        if (identity instanceof Identity.UsernameIdentity user) {
            return user.getUsername();
        }
        return identity.getUserData() instanceof AuthenticatedUser user ? user.name() : "";
    }
}
