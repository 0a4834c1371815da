/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.fieldbridge.codegen.GenerationResult;

/**
 * Compiles a generated runtime project ({@code -Xlint:all -Werror}: generated code compiles without
 * warnings or not at all) and packages {@code target/<name>-runtime.jar}, runnable with
 * {@code java -jar}: its manifest names the main class and the libraries copied to {@code target/lib}.
 * The jar is reproducible: entries sorted, fixed timestamps.
 */
final class RuntimeJarBuilder {

    /** Generated sources that did not compile cleanly; the message lists the compiler's diagnostics. */
    static final class CompilationException extends Exception {
        private static final long serialVersionUID = 1L;

        CompilationException(String diagnostics) {
            super(diagnostics);
        }
    }

    /**
     * The Java release generated runtimes are compiled for: 17, the default {@code java} of Debian 12 edge
     * boxes and the oldest Java that Eclipse Milo 1.1.2 (class files for 17) runs on; the runtime bundles are
     * compiled for it too (docs/deploy.md).
     */
    static final String JAVA_RELEASE = "17";

    // 1980-02-01, the earliest time a zip entry can carry, so that the jar does not depend on the clock
    private static final long FIXED_TIME = 315_532_800_000L + 31L * 24 * 3600 * 1000;

    private final RuntimeClasspath classpath;

    RuntimeJarBuilder(RuntimeClasspath classpath) {
        this.classpath = classpath;
    }

    /** @return the runnable jar */
    Path build(Path project, GenerationResult generated) throws IOException, CompilationException {
        Path target = project.resolve("target");
        Path classes = target.resolve("classes");
        deleteRecursively(classes);
        Files.createDirectories(classes);
        compile(project.resolve("src/main/java"), classes);
        copyTree(project.resolve("src/main/resources"), classes);
        List<String> libs = copyLibraries(target.resolve("lib"));
        Path jar = target.resolve(generated.runtimeName() + "-runtime.jar");
        writeJar(classes, jar, generated, libs);
        return jar;
    }

    private void compile(Path sources, Path classes) throws IOException, CompilationException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this Java installation: run with a JDK, not a JRE");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files0 = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", JAVA_RELEASE, "-encoding", "UTF-8", "-Xlint:all", "-Werror",
                    "-proc:none", "-classpath", classpath.asArgument(), "-d", classes.toString());
            StringWriter output = new StringWriter();
            boolean ok = compiler.getTask(output, files0, diagnostics, options, null,
                    files0.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                StringBuilder text = new StringBuilder(output.toString());
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    boolean located = d.getSource() != null && d.getLineNumber() != Diagnostic.NOPOS;
                    text.append(located ? d.getSource().getName() + ":" + d.getLineNumber() + ": " : "")
                            .append(d.getKind().toString().toLowerCase(Locale.ROOT)).append(": ")
                            .append(d.getMessage(Locale.ROOT)).append(System.lineSeparator());
                }
                throw new CompilationException(text.toString().strip());
            }
        }
    }

    /** Copies the runtime's libraries (folders of classes become jars) and returns their names, sorted. */
    private List<String> copyLibraries(Path lib) throws IOException {
        deleteRecursively(lib);
        Files.createDirectories(lib);
        List<String> names = new ArrayList<>();
        for (Path entry : classpath.entries()) {
            String name = Files.isDirectory(entry) ? libraryName(entry) + ".jar" : entry.getFileName().toString();
            if (names.contains(name)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                writeJar(entry, lib.resolve(name), null, List.of());
            } else {
                Files.copy(entry, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            names.add(name);
        }
        names.sort(null);
        return names;
    }

    // a bundle's target/classes folder is named after its project folder
    private static String libraryName(Path classesFolder) {
        Path p = classesFolder.toAbsolutePath().normalize();
        while (p.getParent() != null && (p.getFileName().toString().equals("classes")
                || p.getFileName().toString().equals("target") || p.getFileName().toString().equals("bin"))) {
            p = p.getParent();
        }
        return p.getFileName().toString();
    }

    private static void writeJar(Path root, Path jar, GenerationResult generated, List<String> libs)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (generated != null) {
            main.put(Attributes.Name.MAIN_CLASS, generated.mainClass());
            main.put(Attributes.Name.CLASS_PATH, String.join(" ", libs.stream().map(l -> "lib/" + l).toList()));
            main.put(Attributes.Name.IMPLEMENTATION_TITLE, generated.runtimeName() + " (generated by Fieldbridge)");
            main.put(Attributes.Name.IMPLEMENTATION_VERSION, generated.modelVersion());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.MF"))
                    .sorted().toList();
        }
        Path temp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(temp); JarOutputStream out = new JarOutputStream(os)) {
            JarEntry m = new JarEntry("META-INF/MANIFEST.MF");
            m.setTime(FIXED_TIME);
            out.putNextEntry(m);
            manifest.write(out);
            out.closeEntry();
            for (Path file : files) {
                String name = root.relativize(file).toString().replace('\\', '/');
                JarEntry entry = new JarEntry(name);
                entry.setTime(FIXED_TIME);
                out.putNextEntry(entry);
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
