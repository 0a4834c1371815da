/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.fieldbridge.codegen.GenerationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeJarBuilderTest {

    @TempDir
    Path project;

    private GenerationResult project(String mainSource) throws Exception {
        Path sources = Files.createDirectories(project.resolve("src/main/java/acme/demo"));
        Files.writeString(sources.resolve("Main.java"), mainSource);
        Path resources = Files.createDirectories(project.resolve("src/main/resources/acme/demo"));
        Files.writeString(resources.resolve("demo.nodeset2.xml"), "<UANodeSet/>\n");
        return new GenerationResult("demo", "sha256:0123456789abcdef", "acme.demo.Main", List.of(), List.of());
    }

    private static final String MAIN = """
            package acme.demo;

            import org.fieldbridge.runtime.Quality;

            public final class Main {
                private Main() {
                }

                public static void main(String[] args) {
                    System.out.println("quality " + Quality.GOOD.isGood()
                            + " nodeset " + (Main.class.getResource("demo.nodeset2.xml") != null));
                }
            }
            """;

    @Test
    void aBuiltJarRunsWithJavaDashJarAgainstTheRuntimeLibrariesItShips() throws Exception {
        GenerationResult generated = project(MAIN);
        Path jar = new RuntimeJarBuilder(TestCheckout.runtimeClasspath()).build(project, generated);

        assertEquals(project.resolve("target/demo-runtime.jar"), jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            assertEquals("acme.demo.Main", main.getValue(Attributes.Name.MAIN_CLASS));
            assertEquals("sha256:0123456789abcdef", main.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
            for (String lib : main.getValue(Attributes.Name.CLASS_PATH).split(" ")) {
                assertTrue(Files.isRegularFile(project.resolve("target").resolve(lib)), lib + " is shipped");
            }
        }
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals("quality true nodeset true", output.strip());
    }

    @Test
    void theSameProjectBuildsToTheSameJarBytes() throws Exception {
        GenerationResult generated = project(MAIN);
        RuntimeJarBuilder builder = new RuntimeJarBuilder(TestCheckout.runtimeClasspath());
        byte[] first = Files.readAllBytes(builder.build(project, generated));
        Thread.sleep(1100); // a different clock second must not matter
        byte[] second = Files.readAllBytes(builder.build(project, generated));
        assertArrayEquals(first, second);
    }

    @Test
    void aCompilerWarningFailsTheBuildWithTheFileAndLine() throws Exception {
        GenerationResult generated = project(MAIN.replace("    private Main() {",
                "    @SuppressWarnings(\"x\") static java.util.List raw = null;\n\n    private Main() {"));
        RuntimeJarBuilder.CompilationException e = assertThrows(RuntimeJarBuilder.CompilationException.class,
                () -> new RuntimeJarBuilder(TestCheckout.runtimeClasspath()).build(project, generated));
        assertTrue(e.getMessage().contains("Main.java:6: warning: found raw type"), e.getMessage());
        assertTrue(Files.notExists(project.resolve("target/demo-runtime.jar")), "no jar from code with warnings");
    }
}
