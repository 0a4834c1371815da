/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * What the About dialog lists: Fieldbridge and the libraries it is built on, with the versions of the bundles
 * actually installed (read at run time, so the dialog cannot go stale when the target platform moves on).
 */
final class InstalledComponents {

    /** Shown instead of a version when a bundle is not installed (a trimmed product, a test runtime). */
    static final String NOT_INSTALLED = "not installed";

    /**
     * One component.
     *
     * @param name    what people call it
     * @param bundle  the bundle whose version is the component's
     * @param version its version, or {@link #NOT_INSTALLED}
     */
    record Component(String name, String bundle, String version) {
    }

    private static final List<String[]> COMPONENTS = List.of(
            new String[] { "Fieldbridge", "org.fieldbridge.application" },
            new String[] { "Eclipse Milo (OPC UA)", "org.eclipse.milo.stack-core" },
            new String[] { "j2mod (Modbus)", "com.ghgande.j2mod" },
            new String[] { "Eclipse platform (workbench)", "org.eclipse.ui.workbench" },
            new String[] { "Xtext", "org.eclipse.xtext" },
            new String[] { "EMF", "org.eclipse.emf.ecore" });

    private InstalledComponents() {
    }

    /** @return the components in the order shown, Fieldbridge first */
    static List<Component> list() {
        return COMPONENTS.stream().map(c -> new Component(c[0], c[1], version(c[1]))).toList();
    }

    /** @return the Java runtime the workbench runs on, e.g. {@code 25.0.1+8-LTS (Eclipse Adoptium)} */
    static String javaRuntime() {
        return System.getProperty("java.runtime.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")";
    }

    /** Fieldbridge's own build qualifier says which build it is; the libraries' release numbers say enough. */
    private static String version(String bundleId) {
        Bundle bundle = Platform.getBundle(bundleId);
        if (bundle == null) {
            return NOT_INSTALLED;
        }
        Version v = bundle.getVersion();
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        boolean own = bundleId.startsWith("org.fieldbridge.");
        return own && !v.getQualifier().isEmpty() ? release + " (build " + v.getQualifier() + ")" : release;
    }
}
