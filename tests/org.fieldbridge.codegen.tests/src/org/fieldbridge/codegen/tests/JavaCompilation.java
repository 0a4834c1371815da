/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.app.TwinAssembly;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.server.AddressSpaceDescription;

/**
 * Compiles a generated project with the JDK's compiler, as strictly as the build of a runtime does
 * ({@code -Xlint:all -Werror --release 21}), against the runtime bundles. Their class folders or jars are
 * found from a class of each (in the Tycho test runtime a bundle is a jar or a project folder whose
 * classes are in target/classes).
 */
final class JavaCompilation {

    private JavaCompilation() {
    }

    /** The outcome: javac's exit and every diagnostic it printed. */
    record Result(boolean success, List<String> diagnostics) {
    }

    /** @return the class path entries of the runtime bundles the generated code uses */
    static List<Path> runtimeClassPath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(Sample.class, TwinAssembly.class, ModbusTag.class, MonitoredSignal.class,
                AddressSpaceDescription.class)) {
            entries.add(location(type));
        }
        return List.copyOf(entries);
    }

    private static Path location(Class<?> type) {
        URL url = type.getProtectionDomain().getCodeSource().getLocation();
        Path path;
        try {
            path = Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            path = Path.of(url.getPath());
        }
        String classFile = type.getName().replace('.', '/') + ".class";
        if (Files.isDirectory(path)) {
            for (String candidate : List.of("", "target/classes", "bin")) {
                Path folder = candidate.isEmpty() ? path : path.resolve(candidate);
                if (Files.isRegularFile(folder.resolve(classFile))) {
                    return folder;
                }
            }
            throw new IllegalStateException(type.getName() + " is not below " + path);
        }
        return path;
    }

    /** Compiles every .java file below {@code sourceRoot} into {@code classes}. */
    static Result compile(Path sourceRoot, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the tests run on a JRE without javax.tools compiler; a JDK is needed");
        }
        List<File> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        Files.createDirectories(classes);
        String classPath = String.join(File.pathSeparator, runtimeClassPath().stream().map(Path::toString).toList());
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "21",
                    "-encoding", "UTF-8", "-implicit:none", "-classpath", classPath, "-d", classes.toString()));
            boolean success = compiler.getTask(output, files, collector, options, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            List<String> diagnostics = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
                diagnostics.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
            if (!output.toString().isBlank()) {
                diagnostics.add(output.toString());
            }
            return new Result(success, diagnostics);
        }
    }
}
