/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.fieldbridge.tests.support.RepositoryRoot;

/**
 * Every hand-written source and script carries the SPDX licence header (the same rules as
 * releng/license-headers.sh, which adds the missing ones): .java, .xtext, .mwe2 and .sh files under bundles/
 * tests/ maven/ releng/ examples/ and the start scripts; generated folders are left out. LICENSE holds the
 * EPL-2.0 text the headers name.
 */
class LicenseHeaderTest {

    private static final Set<String> GENERATED = Set.of("src-gen", "xtend-gen", "emf-gen", "target", "bin",
            "node_modules", ".git");
    private static final List<String> EXTENSIONS = List.of(".java", ".xtext", ".mwe2", ".sh");
    private static final List<String> SCRIPTS = List.of("fieldbridge", "workbench",
            "features/org.fieldbridge.workbench.feature/rootfiles/fieldbridge-workbench");

    /** @return the files the rules cover, relative to the root */
    static List<Path> handWrittenFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String top : List.of("bundles", "tests", "maven", "releng", "examples")) {
            try (Stream<Path> walk = Files.walk(root.resolve(top))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
                        .map(root::relativize)
                        .filter(p -> p.getNameCount() < 2 || stream(p).noneMatch(GENERATED::contains))
                        .forEach(files::add);
            }
        }
        for (String script : SCRIPTS) {
            if (Files.isRegularFile(root.resolve(script))) {
                files.add(Path.of(script));
            }
        }
        files.sort(null);
        return files;
    }

    private static Stream<String> stream(Path relative) {
        List<String> names = new ArrayList<>();
        relative.getParent().forEach(n -> names.add(n.toString()));
        return names.stream();
    }

    private static boolean hasHeader(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(10).anyMatch(l -> l.contains("SPDX-License-Identifier: EPL-2.0"));
        }
    }

    @Test
    void everyHandWrittenFileCarriesTheSpdxHeader() throws IOException {
        Path root = RepositoryRoot.find();
        List<String> missing = new ArrayList<>();
        for (Path file : handWrittenFiles(root)) {
            if (!hasHeader(root.resolve(file))) {
                missing.add(file.toString());
            }
        }
        assertEquals(List.of(), missing.subList(0, Math.min(20, missing.size())),
                missing.size() + " files without the SPDX header (run releng/license-headers.sh); the first ones");
    }

    @Test
    void generatedFoldersAreNotChecked() throws IOException {
        List<Path> files = handWrittenFiles(RepositoryRoot.find());
        assertTrue(files.stream().noneMatch(p -> p.toString().contains("/src-gen/")), "src-gen is generated");
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith("RepositoryRoot.java")), "tests are checked");
        assertTrue(files.contains(Path.of("fieldbridge")), "the start scripts are checked");
    }

    @Test
    void theLicenceFileHoldsTheEpl20Text() throws IOException {
        String licence = Files.readString(RepositoryRoot.find().resolve("LICENSE"));
        assertTrue(licence.startsWith("Eclipse Public License - v 2.0"), "LICENSE is the EPL-2.0");
        assertTrue(licence.contains("Exhibit A - Form of Secondary Licenses Notice"), "the whole text");
    }
}
