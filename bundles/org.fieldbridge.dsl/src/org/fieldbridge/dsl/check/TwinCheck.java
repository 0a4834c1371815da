/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.fieldbridge.dsl.TwinStandaloneSetup;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Checks .twin files headless: parses, links against the imported plant models and validates, the same way
 * as the workbench. Each file gets its own resource set, so files do not influence each other.
 *
 * <p>{@link #main(String[])} is the plain-Java entry point ({@code java -cp ... org.fieldbridge.dsl.check.TwinCheck
 * <files or folders>}); it prints {@code file:line:column: severity code: message} lines and exits 0 (no errors),
 * 1 (errors) or 2 (usage or I/O problem).
 */
public class TwinCheck {

    /** Code of findings about files that cannot be read at all. */
    public static final String IO_CODE = "twin.io";
    /** Code of an unexpected failure of the checker itself; reported, never thrown. */
    public static final String INTERNAL_CODE = "twin.internal";

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceFactory resourceFactory;

    /**
     * Collects the .twin files of the given files and folders (folders recursively, sorted).
     *
     * @param inputs files or folders
     * @return the .twin files; a given file is taken whatever its extension
     * @throws IOException if a folder cannot be listed or an input does not exist
     */
    public static List<Path> twinFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".twin"))
                            .sorted(Comparator.naturalOrder()).forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return files;
    }

    /**
     * Checks one file.
     *
     * @param file the .twin file
     * @return its findings, sorted by position; never throws for bad content
     */
    public List<Finding> check(Path file) {
        String name = file.toString();
        List<Finding> findings = new ArrayList<>();
        try {
            XtextResourceSet resourceSet = resourceSets.get();
            // This injector's language services, whatever other setups registered globally.
            resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("twin", resourceFactory);
            Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
            findings.addAll(validate(name, (XtextResource) resource));
        } catch (RuntimeException | StackOverflowError e) {
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            boolean io = cause instanceof IOException;
            findings.add(new Finding(name, 1, 1, "error", io ? IO_CODE : INTERNAL_CODE,
                    (io ? "cannot read the file: " : "the checker failed on this file: ") + cause));
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return findings;
    }

    /**
     * Validates a .twin resource that is already loaded (the code generator loads all .twin files of a runtime
     * into one resource set and validates each the same way as {@link #check(Path)}).
     *
     * @param name     the file name findings carry
     * @param resource the loaded resource
     * @return its findings in the validator's order
     */
    public static List<Finding> validate(String name, XtextResource resource) {
        List<Finding> findings = new ArrayList<>();
        List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        for (Issue issue : issues) {
            findings.add(new Finding(name, positive(issue.getLineNumber()), positive(issue.getColumn()),
                    severity(issue.getSeverity()), issue.getCode() == null ? "twin.unknown" : issue.getCode(),
                    String.valueOf(issue.getMessage())));
        }
        return findings;
    }

    private static int positive(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "info";
        };
    }

    /**
     * Checks files and folders and prints the findings.
     *
     * @param inputs files or folders
     * @param out    where finding lines go
     * @param err    where usage and I/O problems go
     * @return the exit code: 0 no errors, 1 errors, 2 usage or I/O problem
     */
    public int run(List<Path> inputs, PrintStream out, PrintStream err) {
        if (inputs.isEmpty()) {
            err.println("usage: fieldbridge check <files or folders>");
            return 2;
        }
        List<Path> files;
        try {
            files = twinFiles(inputs);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        boolean errors = false;
        boolean unreadable = false;
        for (Path file : files) {
            for (Finding finding : check(file)) {
                out.println(finding.format());
                errors |= finding.isError();
                unreadable |= IO_CODE.equals(finding.code());
            }
        }
        return unreadable ? 2 : errors ? 1 : 0;
    }

    /**
     * Plain-Java entry point.
     *
     * @param args files or folders
     */
    public static void main(String[] args) {
        List<Path> inputs;
        try {
            inputs = Stream.of(args).map(Path::of).toList();
        } catch (InvalidPathException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Injector injector = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
        System.exit(injector.getInstance(TwinCheck.class).run(inputs, System.out, System.err));
    }
}
