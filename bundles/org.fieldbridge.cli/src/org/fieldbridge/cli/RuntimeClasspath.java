/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars a generated runtime compiles against and runs with: the runtime bundles and their libraries.
 * The {@code fieldbridge} script passes them in the system property {@value #PROPERTY}; tests pass
 * their own.
 */
record RuntimeClasspath(List<Path> entries) {

    static final String PROPERTY = "fieldbridge.runtime.classpath";

    RuntimeClasspath {
        entries = List.copyOf(entries);
    }

    static RuntimeClasspath fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the runtime class path is unknown (system property " + PROPERTY
                    + "); run through the fieldbridge script");
        }
        List<Path> paths = Stream.of(value.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalStateException("runtime class path entry " + p + " does not exist: rebuild with "
                        + "FIELDBRIDGE_REBUILD=1 ./fieldbridge ...");
            }
        }
        return new RuntimeClasspath(paths);
    }

    String asArgument() {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
