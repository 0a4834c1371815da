/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A plant role (e.g. {@code operator} with browse, read and acknowledgeAlarms). Where it applies is given by
 * the elements that grant it ({@link PlantElement#roles()}); who holds it by the server configuration
 * ({@link TwinServerConfig.Builder#userRoles}).
 *
 * @param name the role's name in the plant model, also the string id of its RoleType node {@code Role:<name>}
 * @param displayName the name shown to people
 * @param permissions what the role may do where it is granted
 */
public record RoleDescription(String name, String displayName, Set<PlantPermission> permissions) {

    public RoleDescription {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("a role name is an identifier of up to 64 letters, digits and '_': '"
                    + name + "'");
        }
        Objects.requireNonNull(displayName, "displayName");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /** @return a role whose display name is its name */
    public static RoleDescription of(String name, PlantPermission... permissions) {
        return new RoleDescription(name, name, Set.of(permissions));
    }

    /** @return the OPC UA PermissionType bits of the role's permissions */
    public long bits() {
        return PlantPermission.bitsOf(permissions);
    }
}
