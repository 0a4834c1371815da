/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connections writes are enabled for, decided by the caller (the workbench's Allow Writes toggle, the command
 * line's {@code --allow-writes}). Reading is the default: without a connection here nothing is written.
 *
 * @param enabled names of the connections that may be written to
 */
public record WritePolicy(Set<String> enabled) {

    /** Nothing may be written. */
    public static final WritePolicy READ_ONLY = new WritePolicy(Set.of());

    public WritePolicy {
        enabled = Set.copyOf(new TreeSet<>(enabled));
    }

    /**
     * @param connections names of .twin connections
     * @return a policy enabling writes to exactly those
     */
    public static WritePolicy allowing(Collection<String> connections) {
        return new WritePolicy(Set.copyOf(connections));
    }

    /** @return whether writes to the connection are enabled */
    public boolean allows(String connection) {
        return enabled.contains(connection);
    }
}
