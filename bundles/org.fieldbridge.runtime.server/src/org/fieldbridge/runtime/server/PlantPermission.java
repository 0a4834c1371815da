/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What a plant role may do where it is assigned (the plant model's {@code Permission}), with the OPC UA
 * PermissionType bits (OPC 10000-3 §8.55) it grants on each node of that scope. The bits are the same as in
 * the generated NodeSet2 (docs/codegen.md).
 */
public enum PlantPermission {
    /** See the nodes (Browse, and reading their non-value attributes). */
    BROWSE("browse", 0x1),
    /** Read values and subscribe to them, receive events: Read (32) + ReceiveEvents (2048). */
    READ("read", 0x20 | 0x800),
    /** Write values: Write (64). */
    WRITE("write", 0x40),
    /** Acknowledge and confirm alarms: Call (4096) on the condition methods. */
    ACKNOWLEDGE_ALARMS("acknowledgeAlarms", 0x1000),
    /** Change how nodes are configured: WriteAttribute (4) + WriteHistorizing (16). */
    COMMISSION("commission", 0x4 | 0x10),
    /** Role permissions and node management: 2 + 8 + 8192 + 16384 + 32768 + 65536. */
    ADMINISTER("administer", 0x2 | 0x8 | 0x2000 | 0x4000 | 0x8000 | 0x10000);

    private final String modelName;
    private final long bits;

    PlantPermission(String modelName, long bits) {
        this.modelName = modelName;
        this.bits = bits;
    }

    /** @return the literal of the plant model, e.g. {@code acknowledgeAlarms} */
    public String modelName() {
        return modelName;
    }

    /** @return the OPC UA PermissionType bits this permission grants */
    public long bits() {
        return bits;
    }

    /** @return the permission with this plant model literal (case-insensitive) */
    public static Optional<PlantPermission> fromModelName(String name) {
        for (PlantPermission permission : values()) {
            if (permission.modelName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }

    /** @return the union of the bits of {@code permissions} */
    public static long bitsOf(Collection<PlantPermission> permissions) {
        long bits = 0;
        for (PlantPermission permission : permissions) {
            bits |= permission.bits;
        }
        return bits;
    }
}
