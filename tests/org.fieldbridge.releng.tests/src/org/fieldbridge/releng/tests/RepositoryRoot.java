/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository checkout that the tests run in (they start in their own project folder). */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles")) && Files.isRegularFile(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("target-platform"))) {
                return p;
            }
        }
        throw new IllegalStateException("no Fieldbridge checkout above " + dir);
    }
}
