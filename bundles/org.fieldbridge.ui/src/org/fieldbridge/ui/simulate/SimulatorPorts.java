/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.simulate;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The ports a project's simulator serves its connections on instead of those of the .twin files, as the
 * command's {@code --port NAME=PORT}: project setting {@value #KEY} of {@value #QUALIFIER}
 * ({@code .settings/org.fieldbridge.simulator.prefs}, e.g. {@code ports=PLC4\=15020 Oven2\=14841}).
 */
public final class SimulatorPorts {

    /** The preference node (file name in the project's .settings folder). */
    public static final String QUALIFIER = "org.fieldbridge.simulator";

    /** The key: overrides {@code NAME=PORT} or {@code NAME=host:port}, separated by spaces or commas. */
    public static final String KEY = "ports";

    private SimulatorPorts() {
    }

    /** @return the project's overrides, empty when it has none */
    public static List<String> of(IProject project) {
        String value = new ProjectScope(project).getNode(QUALIFIER).get(KEY, "");
        return Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * Stores the project's overrides (in its .settings folder, so they travel with the project).
     *
     * @throws BackingStoreException when the settings file cannot be written
     */
    public static void set(IProject project, List<String> overrides) throws BackingStoreException {
        var node = new ProjectScope(project).getNode(QUALIFIER);
        node.put(KEY, String.join(" ", overrides));
        node.flush();
    }
}
