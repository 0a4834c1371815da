/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency rules of docs/architecture.md, checked on bundle manifests: no UI toolkit below the UI
 * layer, and protocol libraries only inside their adapter bundles.
 */
final class LayeringRules {

    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.ui", "org.eclipse.e4.ui");

    /** Protocol library package/bundle prefix -> bundles (by prefix) allowed to use it. */
    private static final Map<String, List<String>> LIBRARY_OWNERS = Map.of(
            "org.eclipse.milo", List.of("org.fieldbridge.runtime.opcua", "org.fieldbridge.runtime.server",
                    "org.fieldbridge.simulator", "org.fieldbridge.milo", "org.fieldbridge.runtime.osgi.tests",
                    // its tests read the twin's server with an independent Milo client
                    "org.fieldbridge.runtime.app.tests",
                    // the OPC UA test helpers (certificates) shared by the test bundles above
                    "org.fieldbridge.tests.support.opcua"),
            "com.ghgande.j2mod", List.of("org.fieldbridge.runtime.modbus", "org.fieldbridge.simulator",
                    "org.fieldbridge.runtime.osgi.tests"),
            // Sparkplug payloads and the MQTT client: only the northbound publisher and the tests that
            // subscribe to it with an independent client
            "org.eclipse.tahu", List.of("org.fieldbridge.runtime.sparkplug", "org.fieldbridge.runtime.app.tests",
                    "org.fieldbridge.cli.tests"),
            "org.eclipse.paho", List.of("org.fieldbridge.runtime.sparkplug", "org.fieldbridge.runtime.app.tests",
                    "org.fieldbridge.cli.tests"),
            // JWT issued user tokens: validated by the OPC UA server only (its tests sign tokens with it)
            "com.nimbusds", List.of("org.fieldbridge.runtime.server"));

    private LayeringRules() {
    }

    /**
     * @param uiBundles symbolic names of the project's own UI bundles (a non-UI bundle may not require them)
     * @return one sentence per broken rule; empty when the manifest obeys them all
     */
    static List<String> violations(BundleManifest bundle, Set<String> uiBundles) {
        List<String> problems = new ArrayList<>();
        String name = bundle.symbolicName();
        if (!bundle.isUiBundle()) {
            for (String required : bundle.requiredBundles()) {
                if (isUiToolkit(required) || uiBundles.contains(required)) {
                    problems.add(name + " is not a UI bundle but requires bundle " + required);
                }
            }
            for (String imported : bundle.importedPackages()) {
                if (isUiToolkit(imported)) {
                    problems.add(name + " is not a UI bundle but imports package " + imported);
                }
            }
            if (uiBundles.contains(bundle.fragmentHost()) || isUiToolkit(bundle.fragmentHost())) {
                problems.add(name + " is not a UI bundle but is a fragment of " + bundle.fragmentHost());
            }
        }
        LIBRARY_OWNERS.forEach((library, owners) -> {
            boolean owner = owners.stream().anyMatch(name::startsWith);
            if (!owner && uses(bundle, library)) {
                problems.add(name + " uses " + library + ", which only its adapter bundles " + owners + " may use");
            }
        });
        return problems;
    }

    private static boolean uses(BundleManifest bundle, String library) {
        return bundle.requiredBundles().stream().anyMatch(n -> n.startsWith(library))
                || bundle.importedPackages().stream().anyMatch(n -> n.startsWith(library));
    }

    private static boolean isUiToolkit(String name) {
        return UI_PREFIXES.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }
}
