/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.fieldbridge.tests.support.RepositoryRoot;

/**
 * The Fieldbridge checkout the tests run in: its examples and the runtime class path that the
 * {@code fieldbridge} script hands to the command (same script, same jars).
 */
final class TestCheckout {

    private TestCheckout() {
    }

    static Path root() {
        return RepositoryRoot.find();
    }

    static Path examples() {
        return root().resolve("examples/riverside");
    }

    /** @return the runtime class path as releng/runtime-classpath.sh prints it for the script, simulator left out */
    static RuntimeClasspath runtimeClasspath() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "releng/runtime-classpath.sh", "bundles/org.fieldbridge.runtime.app")
                .directory(root().toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), () -> "releng/runtime-classpath.sh failed: " + output);
        List<Path> entries = Stream.of(output.split(":")).filter(s -> !s.contains("org.fieldbridge.simulator"))
                .map(Path::of).toList();
        return new RuntimeClasspath(entries);
    }

    /** Copies the example plant and mappings into {@code folder}/examples/riverside (a checkout of our own). */
    static Path copyExamples(Path home) throws IOException {
        Path target = Files.createDirectories(home.resolve("examples/riverside"));
        try (Stream<Path> files = Files.list(examples())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }
}
