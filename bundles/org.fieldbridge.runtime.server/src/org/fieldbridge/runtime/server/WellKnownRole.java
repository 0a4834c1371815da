/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Optional;
import java.util.Set;

/**
 * The well-known roles of OPC 10000-3 §4.9.2 that a session gets from its plant roles, so that generic clients
 * understand what it is. Anonymous and AuthenticatedUser are not here: they say which kind of identity opened the
 * session and are always assigned by that. Each role below is assigned by the default rule of
 * {@link #grantedByDefault(Set)} unless the runtime lists the plant roles that hold it
 * ({@link TwinServerConfig.Builder#wellKnownRole(WellKnownRole, java.util.Collection)}).
 */
public enum WellKnownRole {
    /** Views the plant: default for a plant role with {@code read}. */
    OBSERVER("Observer"),
    /** Operates the plant: default for a plant role with {@code write} or {@code acknowledgeAlarms}. */
    OPERATOR("Operator"),
    /** Changes how the plant is configured: default for a plant role with {@code commission}. */
    ENGINEER("Engineer"),
    /** Supervises operators: the plant model has no such permission, so never by default. */
    SUPERVISOR("Supervisor"),
    /** Configures the server: default for a plant role with {@code administer}. */
    CONFIGURE_ADMIN("ConfigureAdmin"),
    /** Administers security (and receives the audit events): default for a plant role with {@code administer}. */
    SECURITY_ADMIN("SecurityAdmin");

    private final String browseName;

    WellKnownRole(String browseName) {
        this.browseName = browseName;
    }

    /** @return the role's BrowseName in namespace 0, e.g. {@code ConfigureAdmin} */
    public String browseName() {
        return browseName;
    }

    /** @return the role with this BrowseName (exact spelling, as in OPC 10000-3) */
    public static Optional<WellKnownRole> fromBrowseName(String name) {
        for (WellKnownRole role : values()) {
            if (role.browseName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /**
     * The fixed mapping used when the runtime does not configure this role (docs/opcua-server.md, "Roles").
     *
     * @param permissions the permissions of all plant roles a session holds
     * @return true when they amount to this well-known role
     */
    public boolean grantedByDefault(Set<PlantPermission> permissions) {
        return switch (this) {
            case OBSERVER -> permissions.contains(PlantPermission.READ);
            case OPERATOR -> permissions.contains(PlantPermission.WRITE)
                    || permissions.contains(PlantPermission.ACKNOWLEDGE_ALARMS);
            case ENGINEER -> permissions.contains(PlantPermission.COMMISSION);
            case SUPERVISOR -> false;
            case CONFIGURE_ADMIN, SECURITY_ADMIN -> permissions.contains(PlantPermission.ADMINISTER);
        };
    }
}
