/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.Collection;

/**
 * The plant's permissions as OPC UA PermissionType bits (OPC 10000-3 §8.55). The mapping is a decision of
 * Fieldbridge, documented in docs/codegen.md:
 * <ul>
 * <li>{@code browse}: Browse (1)</li>
 * <li>{@code read}: Read (32) + ReceiveEvents (2048), so that a reader also sees the behaviour events</li>
 * <li>{@code write}: Write (64)</li>
 * <li>{@code acknowledgeAlarms}: Call (4096), the right to call Acknowledge</li>
 * <li>{@code commission}: WriteAttribute (4) + WriteHistorizing (16), changing how nodes are configured</li>
 * <li>{@code administer}: ReadRolePermissions (2) + WriteRolePermissions (8) + AddReference (8192) +
 * RemoveReference (16384) + DeleteNode (32768) + AddNode (65536)</li>
 * </ul>
 */
public final class PermissionBits {

    public static final long BROWSE = 0x1;
    public static final long READ_ROLE_PERMISSIONS = 0x2;
    public static final long WRITE_ATTRIBUTE = 0x4;
    public static final long WRITE_ROLE_PERMISSIONS = 0x8;
    public static final long WRITE_HISTORIZING = 0x10;
    public static final long READ = 0x20;
    public static final long WRITE = 0x40;
    public static final long RECEIVE_EVENTS = 0x800;
    public static final long CALL = 0x1000;
    public static final long ADD_REFERENCE = 0x2000;
    public static final long REMOVE_REFERENCE = 0x4000;
    public static final long DELETE_NODE = 0x8000;
    public static final long ADD_NODE = 0x10000;

    private PermissionBits() {
    }

    /** @return the bits of one plant permission (by its literal), 0 for an unknown one */
    public static long of(String permission) {
        return switch (permission) {
            case "browse" -> BROWSE;
            case "read" -> READ | RECEIVE_EVENTS;
            case "write" -> WRITE;
            case "acknowledgeAlarms" -> CALL;
            case "commission" -> WRITE_ATTRIBUTE | WRITE_HISTORIZING;
            case "administer" -> READ_ROLE_PERMISSIONS | WRITE_ROLE_PERMISSIONS | ADD_REFERENCE | REMOVE_REFERENCE
                    | DELETE_NODE | ADD_NODE;
            default -> 0;
        };
    }

    /** @return the union of the bits of the permissions */
    public static long of(Collection<String> permissions) {
        long bits = 0;
        for (String permission : permissions) {
            bits |= of(permission);
        }
        return bits;
    }
}
