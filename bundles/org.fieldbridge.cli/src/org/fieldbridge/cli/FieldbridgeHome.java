/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Fieldbridge checkout the command runs from (examples, work folders), from the script's {@value #PROPERTY}. */
final class FieldbridgeHome {

    static final String PROPERTY = "fieldbridge.home";

    private FieldbridgeHome() {
    }

    static Path find() {
        String home = System.getProperty(PROPERTY);
        Path path = Path.of(home == null ? "." : home).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("examples/riverside"))) {
            throw new IllegalStateException("examples/riverside not found under " + path
                    + "; run the demo through the fieldbridge script of a Fieldbridge checkout");
        }
        return path;
    }
}
