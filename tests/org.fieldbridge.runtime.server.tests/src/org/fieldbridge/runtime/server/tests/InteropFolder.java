/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** This bundle's interop/ folder (the node-opcua scripts), which the pom passes as {@code fieldbridge.interop.dir}. */
final class InteropFolder {

    private InteropFolder() {
    }

    /** @return the folder; fails the test when the property is not set */
    static Path path() {
        String dir = System.getProperty("fieldbridge.interop.dir");
        assertTrue(dir != null && !dir.isBlank(),
                "system property fieldbridge.interop.dir is not set (see this bundle's pom.xml)");
        return Path.of(dir);
    }

    /** @return a script of the folder; fails the test when it is not there */
    static Path script(String name) {
        Path script = path().resolve(name);
        assertTrue(Files.isRegularFile(script), "no interop script " + name + " in " + script.getParent());
        return script;
    }
}
