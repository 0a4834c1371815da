/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Fieldbridge checkout the tests run in. Tycho starts each test runtime in its own project folder
 * (tests/&lt;bundle&gt;), so the checkout is the nearest folder above it that holds the build and the
 * example plant; a test runtime started elsewhere names it with {@code -Dfieldbridge.root=DIR}.
 */
public final class RepositoryRoot {

    /** The example plant, relative to the checkout. */
    public static final String EXAMPLE = "examples/riverside/riverside.plant";

    private RepositoryRoot() {
    }

    /** @return the checkout's root folder; fails when the tests do not run inside one */
    public static Path find() {
        String given = System.getProperty("fieldbridge.root");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("bundles"))
                    && Files.isRegularFile(dir.resolve(EXAMPLE))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Fieldbridge checkout (pom.xml, bundles/, " + EXAMPLE + ") above " + start
                + "; run the tests inside the checkout or set -Dfieldbridge.root=<checkout>");
    }

    /** @return the example plant, examples/riverside/riverside.plant */
    public static Path example() {
        return find().resolve(EXAMPLE);
    }

    /** @return the example folder, examples/riverside (plant, mappings, simulator settings) */
    public static Path riverside() {
        return find().resolve("examples/riverside");
    }
}
