/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.fieldbridge.codegen.GenerationMonitor;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.tests.support.RepositoryRoot;

/** Runs the generator on example and test models and reads what it wrote. */
final class Projects {

    /** One generator for all tests: the language setup is made once. */
    private static final RuntimeGenerator GENERATOR = RuntimeGenerator.standalone();

    private Projects() {
    }

    /** @return the repository's root (the folder holding examples/riverside) */
    static Path repositoryRoot() {
        return RepositoryRoot.find();
    }

    /** @return examples/riverside */
    static Path riverside() {
        return repositoryRoot().resolve("examples/riverside");
    }

    /** Generates from the given inputs into {@code output}. */
    static GenerationResult generate(Path output, Path... inputs) throws IOException {
        return GENERATOR.generate(List.of(inputs), output, GenerationMonitor.SILENT);
    }

    /** Generates and fails the test on an error finding, printing the findings. */
    static GenerationResult generateClean(Path output, Path... inputs) throws IOException {
        GenerationResult result = generate(output, inputs);
        assertFalse(result.hasErrors(), () -> String.join("\n", result.findings().stream().map(f -> f.format()).toList()));
        return result;
    }

    /** @return the generator shared by the tests */
    static RuntimeGenerator generator() {
        return GENERATOR;
    }

    /** @return every file below {@code dir} (relative path with / to bytes), sorted */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** @return the text of a generated file */
    static String text(Path dir, String relativePath) throws IOException {
        return Files.readString(dir.resolve(relativePath), StandardCharsets.UTF_8);
    }

    /** Writes a text file (UTF-8), creating folders. */
    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Copies examples/riverside into a folder. */
    static Path copyRiverside(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : List.of("riverside.plant", "riverside.twin")) {
            Files.copy(riverside().resolve(name), dir.resolve(name));
        }
        return dir;
    }
}
