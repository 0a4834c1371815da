/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.fieldbridge.tests.support.RepositoryRoot;

/**
 * Maven owns class paths (issue 9 item 14): the build copies each library list of maven/ into its target/lib,
 * and no script names a library version or looks into a Maven repository, where a localRepository of
 * settings.xml or a HOME other than Java's user.home would leave holes in the class path.
 */
class ScriptClasspathTest {

    // a version as a path segment (/1.1.2/, /4.1.127.Final/) or at the end of a jar name (-2.0.17.jar)
    private static final Pattern VERSIONED_LIBRARY = Pattern
            .compile("/\\d+(\\.\\d+)+([.-][A-Za-z0-9]+)?/|-\\d+(\\.\\d+)+([.-][A-Za-z0-9]+)?\\.jar");

    private static List<Path> scripts(Path root) throws IOException {
        List<Path> scripts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.resolve("releng"))) {
            // node_modules: the peer bench's npm peers (releng/peer-bench/node), not Fieldbridge's scripts
            walk.filter(p -> p.toString().endsWith(".sh")).filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !p.toString().contains("/node_modules/"))
                    .forEach(scripts::add);
        }
        for (String script : List.of("fieldbridge", "workbench",
                "features/org.fieldbridge.workbench.feature/rootfiles/fieldbridge-workbench")) {
            scripts.add(root.resolve(script));
        }
        return scripts;
    }

    @Test
    void noScriptNamesALibraryVersionOrTheMavenRepository() throws IOException {
        Path root = RepositoryRoot.find();
        List<String> findings = new ArrayList<>();
        for (Path script : scripts(root)) {
            List<String> lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = VERSIONED_LIBRARY.matcher(lines.get(i));
                if (m.find() || lines.get(i).contains(".m2/repository")) {
                    findings.add(root.relativize(script) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void theRuleRecognisesVersionedLibraryPaths() {
        assertTrue(VERSIONED_LIBRARY.matcher("$m2/org/eclipse/milo/*/1.1.2/*.jar").find());
        assertTrue(VERSIONED_LIBRARY.matcher("slf4j-api-2.0.17.jar").find());
        assertTrue(VERSIONED_LIBRARY.matcher("io/netty/netty-*/4.1.127.Final/").find());
        assertTrue(!VERSIONED_LIBRARY.matcher("maven/fieldbridge-runtime-libraries/target/lib").find());
    }

    @Test
    void theLibraryListsAreCopiedIntoTargetLibByTheBuild() throws IOException {
        Path root = RepositoryRoot.find();
        for (String list : List.of("maven/fieldbridge-runtime-libraries", "maven/fieldbridge-command-libraries")) {
            String pom = Files.readString(root.resolve(list).resolve("pom.xml"));
            assertTrue(pom.contains("<goal>copy-dependencies</goal>")
                    && pom.contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>"), list);
        }
        String plainJava = Files.readString(root.resolve("releng/plain-java.sh"));
        assertTrue(plainJava.contains("maven/fieldbridge-command-libraries/target/lib"), "library_classpath");
        assertTrue(plainJava.contains("maven/fieldbridge-runtime-libraries/target/lib"), "generated_runtime_classpath");
    }
}
