/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;

/**
 * Generates a twin runtime from a plant model and its .twin mappings, so that the module compiles and
 * packages it like any other Java code: the generated {@code src/main/java} becomes a compile source root and
 * {@code src/main/resources} (the OPC UA NodeSet2) a resource folder of the project.
 *
 * <p>After a generation the project properties {@code fieldbridge.mainClass}, {@code fieldbridge.runtimeName}
 * and {@code fieldbridge.modelVersion} hold what the generator reported, so that later plugins (the jar's
 * {@code Main-Class}, a manifest entry) need not repeat names the model already gives.</p>
 *
 * <p>Problems in the inputs are printed as {@code file:line:column: severity code: message}, errors at
 * error level and warnings at warning level; an error fails the build and nothing is written. The generator
 * is deterministic, so running the goal again on unchanged inputs gives byte-identical files.</p>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /*
     * The language setup registers EMF packages and resource factories in global registries; two modules
     * generating at the same moment in a parallel build (-T) must not interleave that.
     */
    private static final Object GENERATION_LOCK = new Object();

    /**
     * The {@code .twin} and {@code .plant} files, or folders searched recursively for them. Relative paths
     * are relative to the module's folder. Default: {@code src/main/fieldbridge}.
     */
    @Parameter(property = "fieldbridge.inputs", defaultValue = "${project.basedir}/src/main/fieldbridge")
    private List<File> inputs;

    /**
     * Where the runtime project is generated: {@code src/main/java}, {@code src/main/resources}, the
     * deployment configuration {@code fieldbridge-runtime.properties}, a {@code README.md} and
     * {@code fieldbridge-generated.properties}.
     */
    @Parameter(property = "fieldbridge.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/fieldbridge", required = true)
    private File outputDirectory;

    /** Skips the generation (and adds no source folder). */
    @Parameter(property = "fieldbridge.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** For Maven, which sets the parameters by reflection. */
    public GenerateMojo() {
    }

    GenerateMojo(MavenProject project, List<File> inputs, File outputDirectory, boolean skip) {
        this.project = project;
        this.inputs = inputs;
        this.outputDirectory = outputDirectory;
        this.skip = skip;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Fieldbridge generation skipped");
            return;
        }
        List<Path> sources = existingInputs();
        Path output = outputDirectory.toPath();
        GenerationResult result = generate(sources, output);
        FindingsReport report = new FindingsReport(result.findings());
        report.printTo(getLog());
        if (report.hasErrors()) {
            throw new MojoFailureException(report.failureMessage());
        }
        getLog().info("Generated twin runtime '" + result.runtimeName() + "' (model version "
                + result.modelVersion() + ", main class " + result.mainClass() + "): " + result.files().size()
                + " files in " + output);
        addToProject(output);
        project.getProperties().setProperty("fieldbridge.mainClass", result.mainClass());
        project.getProperties().setProperty("fieldbridge.runtimeName", result.runtimeName());
        project.getProperties().setProperty("fieldbridge.modelVersion", result.modelVersion());
    }

    private List<Path> existingInputs() throws MojoExecutionException {
        if (inputs == null || inputs.isEmpty()) {
            throw new MojoExecutionException("No Fieldbridge inputs configured: set <inputs> to the .twin and"
                    + " .plant files or folders of the runtime");
        }
        List<Path> existing = new ArrayList<>();
        for (File input : inputs) {
            if (!input.exists()) {
                throw new MojoExecutionException("Fieldbridge input " + input + " does not exist (set <inputs> to"
                        + " the .twin and .plant files or folders of the runtime)");
            }
            existing.add(input.toPath());
        }
        return existing;
    }

    private GenerationResult generate(List<Path> sources, Path output) throws MojoExecutionException {
        try {
            synchronized (GENERATION_LOCK) {
                return RuntimeGenerator.standalone().generate(sources, output, new LoggingMonitor(getLog()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Fieldbridge generation into " + output + " failed: " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            // a generator bug must still say which inputs it was working on
            throw new MojoExecutionException("Fieldbridge generator failed on " + sources + ": " + e, e);
        }
    }

    private void addToProject(Path output) {
        Path java = output.resolve("src/main/java");
        if (Files.isDirectory(java)) {
            project.addCompileSourceRoot(java.toString());
        }
        Path resources = output.resolve("src/main/resources");
        if (Files.isDirectory(resources) && project.getResources().stream()
                .noneMatch(resource -> resources.toString().equals(resource.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(resources.toString());
            project.addResource(resource);
        }
    }
}
