/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository from the test's working directory (tests run in tests/org.fieldbridge.model.tests). */
final class RepositoryRoot {

    static final String EXAMPLE = "examples/riverside/riverside.plant";

    private RepositoryRoot() {
    }

    static Path find() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(EXAMPLE))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory above " + System.getProperty("user.dir") + " contains " + EXAMPLE);
    }

    static Path example() {
        return find().resolve(EXAMPLE);
    }
}
