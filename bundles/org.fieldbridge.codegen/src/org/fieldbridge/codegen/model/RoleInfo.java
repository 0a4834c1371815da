/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * A plant role with its OPC UA permissions.
 *
 * @param name the role's name
 * @param displayName the name shown to users
 * @param description what the role is, may be empty
 * @param permissions the plant permissions, in the plant's order
 * @param permissionBits the OPC UA PermissionType bits they grant
 */
public record RoleInfo(String name, String displayName, String description, List<String> permissions,
        long permissionBits) {

    public RoleInfo {
        permissions = List.copyOf(permissions);
    }

    /** @return whether the role may read values */
    public boolean canRead() {
        return permissions.contains("read");
    }

    /** @return the NodeId string of the role's object in the twin's namespace (cannot clash with plant ids) */
    public String nodeIdentifier() {
        return "Role:" + name;
    }
}
