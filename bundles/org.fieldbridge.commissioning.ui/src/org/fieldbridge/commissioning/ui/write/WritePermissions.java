/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.fieldbridge.commissioning.write.WritePolicy;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which connections of which project may be written to: the "Allow Writes" toggles, kept in the workbench's
 * preferences (instance scope: they belong to this workbench and its user, not to the project's files that travel
 * to other engineers), off unless switched on.
 */
public final class WritePermissions {

    static final String NODE = "org.fieldbridge.commissioning.ui/allowWrites";

    private WritePermissions() {
    }

    private static IEclipsePreferences node(String project) {
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(NODE).node(project);
    }

    /** @return whether writes to the connection of the project are allowed */
    public static boolean allowed(String project, String connection) {
        return node(project).getBoolean(connection, false);
    }

    /**
     * Switches writes to a connection on or off, saved at once.
     *
     * @param project the project
     * @param connection the connection
     * @param allowed on or off
     */
    public static void set(String project, String connection, boolean allowed) {
        IEclipsePreferences node = node(project);
        if (allowed) {
            node.putBoolean(connection, true);
        } else {
            node.remove(connection);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session; the preference store reports its own failure
        }
    }

    /** @return the policy of a project: the connections allowed */
    public static WritePolicy policy(String project) {
        Set<String> allowed = new TreeSet<>();
        try {
            for (String key : node(project).keys()) {
                if (node(project).getBoolean(key, false)) {
                    allowed.add(key);
                }
            }
        } catch (BackingStoreException e) {
            return WritePolicy.READ_ONLY;
        }
        return WritePolicy.allowing(allowed);
    }
}
