/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.views;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plant files the workbench opens at start-up. The start script passes them in the system property
 * {@value #PROPERTY} (paths separated by the platform's path separator); by default it names the example
 * plant shipped with the product.
 */
public final class PlantFiles {

    /** System property holding the plant files to open. */
    public static final String PROPERTY = "fieldbridge.plant";

    private PlantFiles() {
    }

    /** @return the configured plant files, in the order given; empty when none are configured */
    public static List<Path> configured() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    static List<Path> parse(String value) {
        List<Path> files = new ArrayList<>();
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                files.add(Path.of(part.trim()).toAbsolutePath().normalize());
            }
        }
        return files;
    }
}
