/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a mapping is written, as a file on disk and a line: the model names it {@code riverside.twin:25}; the file
 * is the one of that name among the session's inputs (a .twin file, or one found in an input folder).
 *
 * @param file the .twin file
 * @param line the 1-based line the mapping starts on
 */
public record MappingOrigin(Path file, int line) {

    /**
     * @param origin e.g. {@code riverside.twin:25}
     * @param inputs the session's files and folders
     * @return the file and line; empty when no input has that file
     */
    public static Optional<MappingOrigin> find(String origin, List<Path> inputs) {
        int colon = origin.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = origin.substring(0, colon);
        int line = Integer.parseInt(origin.substring(colon + 1));
        return twinFiles(inputs).filter(p -> p.getFileName().toString().equals(Path.of(name).getFileName().toString()))
                .findFirst().map(p -> new MappingOrigin(p, line));
    }

    /**
     * @param inputs files and folders
     * @return the .twin files among them and in them, folders searched recursively
     */
    public static Stream<Path> twinFiles(List<Path> inputs) {
        return inputs.stream().flatMap(input -> {
            if (!Files.isDirectory(input)) {
                return Stream.of(input);
            }
            try (Stream<Path> walk = Files.walk(input)) {
                return walk.filter(p -> p.toString().endsWith(".twin")).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(p -> p.toAbsolutePath().normalize());
    }
}
