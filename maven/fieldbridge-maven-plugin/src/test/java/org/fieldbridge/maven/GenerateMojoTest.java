/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal as a Maven build runs it, on the real generator and the example plant (examples/riverside): only
 * Maven's side (the project model, the log) is stood in for.
 */
class GenerateMojoTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("fieldbridge.examples", "../../examples"))
            .resolve("riverside").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void generatesTheRiversideRuntimeAndAddsItsSourcesAndResourcesToTheProject() throws Exception {
        Path output = temp.resolve("generated");
        MavenProject project = new MavenProject();
        RecordingLog log = new RecordingLog();

        run(project, log, List.of(EXAMPLE.toFile()), output);

        Path java = output.resolve("src/main/java");
        Path resources = output.resolve("src/main/resources");
        assertEquals(List.of(java.toString()), project.getCompileSourceRoots());
        assertEquals(List.of(resources.toString()),
                project.getResources().stream().map(Resource::getDirectory).toList());
        String mainClass = project.getProperties().getProperty("fieldbridge.mainClass");
        assertEquals("acme.riverside.runtime.RiversideTwin", mainClass);
        assertTrue(Files.isRegularFile(java.resolve(mainClass.replace('.', '/') + ".java")), "main class source");
        assertEquals("riverside", project.getProperties().getProperty("fieldbridge.runtimeName"));
        String modelVersion = project.getProperties().getProperty("fieldbridge.modelVersion");
        assertTrue(Files.readString(output.resolve("fieldbridge-generated.properties")).contains(modelVersion),
                "the model version the project property names is the one the generator recorded");
        assertTrue(Files.isRegularFile(output.resolve("fieldbridge-runtime.properties")), "deployment configuration");
        try (Stream<Path> nodeSets = Files.walk(resources)) {
            assertEquals(1, nodeSets.filter(file -> file.toString().endsWith(".nodeset2.xml")).count(),
                    "one NodeSet2 information model");
        }
        // the example's deliberate finding: a warning, in the form CI servers and consoles link to a line
        assertTrue(log.lines("warn").stream().anyMatch(Pattern.compile(
                ".*riverside\\.twin:\\d+:\\d+: warning twin\\.calibration\\.expired: .*TT_Tank2.*").asPredicate()),
                () -> "calibration warning missing in " + log.lines("warn"));
        assertEquals(List.of(), log.lines("error"));
    }

    @Test
    void runningAgainOnUnchangedInputsGivesByteIdenticalFilesAndAddsEachFolderOnce() throws Exception {
        Path output = temp.resolve("generated");
        MavenProject project = new MavenProject();

        run(project, new RecordingLog(), List.of(EXAMPLE.toFile()), output);
        Map<String, String> first = contents(output);
        run(project, new RecordingLog(), List.of(EXAMPLE.toFile()), output);

        assertEquals(first, contents(output));
        assertEquals(1, project.getCompileSourceRoots().size());
        assertEquals(1, project.getResources().size());
    }

    @Test
    void anErrorInTheModelFailsTheBuildWithTheCountAndTheFirstFindingAndWritesNothing() throws Exception {
        Path inputs = copyOfExample();
        Path twin = inputs.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin).replace("-> Tank1.BathTemp {", "-> Tank1.NoSuchSignal {"));
        Path output = temp.resolve("generated");
        MavenProject project = new MavenProject();
        RecordingLog log = new RecordingLog();

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> run(project, log, List.of(inputs.toFile()), output));

        assertTrue(Pattern.compile("\\d+ errors? in the Fieldbridge model, nothing generated; the first: .*riverside\\.twin:"
                + "\\d+:\\d+: error .*").matcher(failure.getMessage()).matches(), failure.getMessage());
        assertFalse(log.lines("error").isEmpty(), "the errors are in the build log");
        assertTrue(failure.getMessage().endsWith(log.lines("error").get(0)), "the first error logged is the one named");
        assertTrue(isEmptyOrAbsent(output), "nothing written");
        assertEquals(List.of(), project.getCompileSourceRoots());
    }

    @Test
    void skipGeneratesNothingAndAddsNoSourceFolder() throws Exception {
        Path output = temp.resolve("generated");
        MavenProject project = new MavenProject();

        new GenerateMojo(project, List.of(EXAMPLE.toFile()), output.toFile(), true).execute();

        assertFalse(Files.exists(output));
        assertEquals(List.of(), project.getCompileSourceRoots());
    }

    @Test
    void aMissingInputFailsWithItsPath() {
        File missing = temp.resolve("src/main/fieldbridge").toFile();
        GenerateMojo mojo = new GenerateMojo(new MavenProject(), List.of(missing), temp.resolve("out").toFile(),
                false);

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    private static void run(MavenProject project, RecordingLog log, List<File> inputs, Path output)
            throws MojoExecutionException, MojoFailureException {
        GenerateMojo mojo = new GenerateMojo(project, inputs, output.toFile(), false);
        mojo.setLog(log);
        mojo.execute();
    }

    private Path copyOfExample() throws IOException {
        Path copy = temp.resolve("riverside");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private static boolean isEmptyOrAbsent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }
}
