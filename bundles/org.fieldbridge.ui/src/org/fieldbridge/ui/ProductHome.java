/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The product's root folder, where the workbench feature puts what ships beside the bundles: LICENSE,
 * THIRD-PARTY-NOTICES.md and the example ({@value #EXAMPLE}). It is the install location, unless the system
 * property {@value #PROPERTY} names another folder (a checkout's root, as the UI tests do).
 */
public final class ProductHome {

    /** System property naming the root folder, checked before the install location. */
    public static final String PROPERTY = "fieldbridge.home";

    /** The example plant's folder, relative to the root folder. */
    public static final String EXAMPLE = "examples/riverside";

    private ProductHome() {
    }

    /** @return the root folder, if known (an install location that is no local folder is not) */
    public static Optional<Path> folder() {
        String home = System.getProperty(PROPERTY);
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home).toAbsolutePath().normalize());
        }
        Location install = Platform.getInstallLocation();
        URL url = install == null ? null : install.getURL();
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) { // URLs with spaces, as Equinox writes them
            return Optional.of(Path.of(url.getPath()));
        }
    }

    /** @return the example's folder in the root folder, if known (it may not exist in a trimmed product) */
    public static Optional<Path> example() {
        return folder().map(f -> f.resolve(EXAMPLE));
    }
}
