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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.scoping.PlantImports;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.validation.CalibrationCheck;
import org.fieldbridge.model.plant.resource.PlantResources;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Checks .twin and .plant files headless: a .twin file is parsed, linked against the plants it imports and
 * validated the same way as in the workbench; every plant file given or imported is loaded and checked
 * against the plant model's rules ({@link PlantFindings}), once however many .twin files import it. Each
 * .twin file gets its own resource set, so files do not influence each other.
 *
 * <p>{@link #main(String[])} is the plain-Java entry point ({@code java -cp ... org.fieldbridge.dsl.check.TwinCheck
 * <files or folders>}); it prints {@code file:line:column: severity code: message} lines on standard output, a
 * one-line summary on standard error, and exits 0 (no errors), 1 (errors) or 2 (usage or I/O problem).
 */
public class TwinCheck {

    /** Code of findings about files that cannot be read at all. */
    public static final String IO_CODE = "twin.io";
    /** Code of an unexpected failure of the checker itself; reported, never thrown. */
    public static final String INTERNAL_CODE = "twin.internal";

    private static final String TWIN = ".twin";
    private static final String PLANT = "." + PlantResources.FILE_EXTENSION;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceFactory resourceFactory;

    @Inject
    private Clock clock;

    /**
     * Collects the .twin files of the given files and folders (folders recursively, sorted).
     *
     * @param inputs files or folders
     * @return the .twin files; a given file is taken whatever its extension
     * @throws IOException if a folder cannot be listed or an input does not exist
     */
    public static List<Path> twinFiles(List<Path> inputs) throws IOException {
        return files(inputs, false);
    }

    /**
     * Collects the files {@code check} looks at: .twin and .plant files, folders searched recursively.
     *
     * @param inputs files or folders
     * @return the .twin and .plant files, each folder's sorted
     * @throws IOException if a folder cannot be listed, an input does not exist or a given file is neither
     */
    public static List<Path> checkedFiles(List<Path> inputs) throws IOException {
        return files(inputs, true);
    }

    private static List<Path> files(List<Path> inputs, boolean withPlants) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> Files.isRegularFile(p) && (isTwin(p) || withPlants && isPlant(p)))
                            .sorted(Comparator.naturalOrder()).forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                if (withPlants && !isTwin(input) && !isPlant(input)) {
                    throw new IOException(input + ": not a .twin or .plant file");
                }
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isTwin(Path file) {
        return file.getFileName().toString().endsWith(TWIN);
    }

    private static boolean isPlant(Path file) {
        return file.getFileName().toString().endsWith(PLANT);
    }

    /**
     * Checks one file on its own: a .plant file against the plant rules, anything else as a .twin file
     * (without the plants it imports; {@link #checkAll(List)} adds those).
     *
     * @param file the file
     * @return its findings, sorted by position; never throws for bad content
     */
    public List<Finding> check(Path file) {
        if (isPlant(file)) {
            return PlantFindings.check(file, file.toString(), LocalDate.now(clock));
        }
        return checkTwin(file).findings();
    }

    /** What checking one .twin file found, and what it means for the plants it imports. */
    private record TwinResult(List<Finding> findings, Map<Path, String> plants, Set<String> judgedInstruments) {
    }

    /**
     * Checks files and the plants the .twin files among them import; each plant is checked once. The files
     * are reported in the order given, each imported plant after the first .twin file importing it.
     *
     * @param files .twin and .plant files (see {@link #checkedFiles(List)})
     * @return the findings of every file checked
     */
    public CheckReport checkAll(List<Path> files) {
        // 1. the .twin files: their findings, the plants they import and the instruments they judge
        Map<Path, String> names = new LinkedHashMap<>();
        Map<Path, List<Finding>> twinFindings = new HashMap<>();
        Set<Path> plants = new HashSet<>();
        Set<String> judged = new HashSet<>();
        for (Path file : files) {
            Path key = file.toAbsolutePath().normalize();
            names.putIfAbsent(key, file.toString());
            if (isPlant(file)) {
                plants.add(key);
                continue;
            }
            TwinResult result = checkTwin(file);
            twinFindings.put(key, result.findings());
            judged.addAll(result.judgedInstruments());
            result.plants().forEach((plant, name) -> {
                // A missing import is the .twin file's finding (twin.import.unresolved); no file to check.
                if (Files.isRegularFile(plant)) {
                    names.putIfAbsent(plant, name);
                    plants.add(plant);
                }
            });
        }
        // 2. every plant once, without the calibration warnings the .twin files already give
        CheckReport report = new CheckReport();
        LocalDate today = LocalDate.now(clock);
        names.forEach((file, name) -> report.add(name, plants.contains(file)
                ? PlantFindings.check(file, name, today, judged)
                : twinFindings.get(file)));
        return report;
    }

    /** Checks a .twin file; collects the plant files it imports (file to name as written). */
    private TwinResult checkTwin(Path file) {
        String name = file.toString();
        List<Finding> findings = new ArrayList<>();
        Map<Path, String> plants = new LinkedHashMap<>();
        Set<String> judged = Set.of();
        try {
            XtextResourceSet resourceSet = resourceSets.get();
            // This injector's language services, whatever other setups registered globally.
            resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("twin", resourceFactory);
            Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
            if (!(resource instanceof XtextResource twin)) {
                throw new IllegalStateException("not read as a .twin file");
            }
            findings.addAll(TwinFindings.of(name, twin));
            if (!twin.getContents().isEmpty() && twin.getContents().get(0) instanceof TwinModel model) {
                importedPlants(file, model).forEach((uri, written) -> plants.putIfAbsent(
                        Path.of(uri.toFileString()).toAbsolutePath().normalize(), written.toString()));
                judged = CalibrationCheck.judgedInstruments(model);
            }
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(failure(name, e));
        }
        findings.sort(Finding.IN_FILE_ORDER);
        return new TwinResult(findings, plants, judged);
    }

    /**
     * The plant files a .twin file imports, each with the name findings about it carry: the import as
     * written, relative to the .twin file as given (or the absolute path, if the import is absolute).
     *
     * @param twinFile the .twin file as given
     * @param model    its loaded model
     * @return the plant files' URIs with their names, in import order
     */
    public static Map<URI, Path> importedPlants(Path twinFile, TwinModel model) {
        Map<URI, Path> plants = new LinkedHashMap<>();
        for (PlantImport plantImport : model.getImports()) {
            URI uri = PlantImports.resolve(plantImport);
            if (uri != null && uri.isFile() && plantImport.getImportURI() != null) {
                Path written = Path.of(uri.toFileString());
                URI asWritten = URI.createURI(plantImport.getImportURI());
                if (!asWritten.hasAbsolutePath() && !asWritten.isFile()) {
                    written = twinFile.resolveSibling(plantImport.getImportURI()).normalize();
                }
                plants.putIfAbsent(uri, written);
            }
        }
        return plants;
    }

    /**
     * The finding for a file the checker could not get through, in words (no exception class names).
     *
     * @param name    the file name
     * @param failure what was thrown
     * @return an {@link #IO_CODE} finding if the file could not be read, else an {@link #INTERNAL_CODE} one
     */
    public static Finding failure(String name, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.nio.file.NoSuchFileException) {
                return new Finding(name, 1, 1, "error", IO_CODE, "cannot read the file: it does not exist");
            }
            if (cause instanceof java.nio.file.AccessDeniedException) {
                return new Finding(name, 1, 1, "error", IO_CODE, "cannot read the file: permission denied");
            }
            if (cause instanceof IOException) {
                return new Finding(name, 1, 1, "error", IO_CODE, "cannot read the file");
            }
        }
        if (Boolean.getBoolean("fieldbridge.debug")) {
            failure.printStackTrace();
        }
        return new Finding(name, 1, 1, "error", INTERNAL_CODE, "the checker could not finish this file; please report"
                + " it with the file attached (run with -Dfieldbridge.debug=true for details)");
    }

    /**
     * Checks files and folders and prints the findings, then a summary.
     *
     * @param inputs files or folders
     * @param out    where finding lines go
     * @param err    where the summary, usage and I/O problems go
     * @return the exit code: 0 no errors, 1 errors, 2 usage or I/O problem
     */
    public int run(List<Path> inputs, PrintStream out, PrintStream err) {
        if (inputs.isEmpty()) {
            err.println("usage: fieldbridge check <.twin and .plant files or folders>");
            return 2;
        }
        List<Path> files;
        try {
            files = checkedFiles(inputs);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        CheckReport report = checkAll(files);
        report.findings().forEach(finding -> out.println(finding.format()));
        out.flush();
        err.println(report.summary());
        boolean unreadable = report.findings().stream().anyMatch(f -> IO_CODE.equals(f.code()));
        return unreadable ? 2 : report.errors() > 0 ? 1 : 0;
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
