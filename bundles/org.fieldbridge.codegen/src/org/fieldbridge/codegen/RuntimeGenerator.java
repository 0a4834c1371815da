/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.fieldbridge.codegen.model.RuntimeModel;
import org.fieldbridge.codegen.model.RuntimeModelBuilder;
import org.fieldbridge.codegen.output.GeneratedFiles;
import org.fieldbridge.codegen.output.ModelVersion;
import org.fieldbridge.codegen.text.AcquisitionTemplate;
import org.fieldbridge.codegen.text.AddressSpaceTemplate;
import org.fieldbridge.codegen.text.BehavioursTemplate;
import org.fieldbridge.codegen.text.ConfigurationTemplate;
import org.fieldbridge.codegen.text.GeneratedHeader;
import org.fieldbridge.codegen.text.NodeSet2Writer;
import org.fieldbridge.codegen.text.PropertiesText;
import org.fieldbridge.codegen.text.ReadmeTemplate;
import org.fieldbridge.codegen.text.SignalsTemplate;
import org.fieldbridge.codegen.text.StartScriptTemplate;
import org.fieldbridge.codegen.text.SystemdUnitTemplate;
import org.fieldbridge.codegen.text.ThirdPartyNoticesTemplate;
import org.fieldbridge.codegen.text.TwinTemplate;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.check.PlantFindings;
import org.fieldbridge.dsl.check.TwinCheck;
import org.fieldbridge.dsl.check.TwinFindings;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.validation.CalibrationCheck;

import com.google.inject.Injector;

/**
 * Generates a standalone twin runtime project from a plant model and its .twin mappings.
 *
 * <p>The .twin files among the inputs (folders are searched recursively) form one runtime; the .plant
 * files they import are loaded and validated with them. Nothing is written when the inputs have an
 * error. The output folder receives (paths relative to it):</p>
 * <ul>
 * <li>{@code src/main/java/<package>/...} the Java sources on the runtime API
 * ({@code org.fieldbridge.runtime.app}), among them the main class named by
 * {@link GenerationResult#mainClass()};</li>
 * <li>{@code src/main/resources/<package>/<name>.nodeset2.xml} the OPC UA information model;</li>
 * <li>{@code fieldbridge-runtime.properties} the deployment configuration (addresses, secret references,
 * never secret values);</li>
 * <li>{@code README.md} what the project contains and how to run it;</li>
 * <li>{@code bin/<name>} the start script (Java check, JVM flags, heap, configuration default),
 * {@code <name>.service} a systemd unit, {@code THIRD-PARTY-NOTICES.md} the libraries' licences;</li>
 * <li>{@code fieldbridge-generated.properties} runtime name, model version, main class and the list of
 * generated files (so that files a later generation no longer writes are removed).</li>
 * </ul>
 * <p>Output is deterministic: the same inputs give byte-identical files.</p>
 */
public final class RuntimeGenerator {

    /** Code of the finding for inputs without any .twin file. */
    public static final String CODE_NO_INPUT = "codegen.input.none";
    /** Code of the finding for a canceled generation (nothing written). */
    public static final String CODE_CANCELED = "codegen.canceled";

    private final Injector suppliedInjector;
    private Injector injector;

    private RuntimeGenerator(Injector injector) {
        this.suppliedInjector = injector;
    }

    /** @return a generator with its own language setup, for plain Java (command line, Maven plugin, tests) */
    public static RuntimeGenerator standalone() {
        return new RuntimeGenerator(null);
    }

    /**
     * @param injector the .twin language's injector of the caller (e.g. the workbench's)
     * @return a generator using that language setup
     */
    public static RuntimeGenerator with(Injector injector) {
        return new RuntimeGenerator(injector);
    }

    private synchronized Injector injector() {
        if (injector == null) {
            injector = suppliedInjector != null ? suppliedInjector
                    : new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /**
     * What the .twin files of the inputs resolve to: the same model the generator renders (canonical addresses,
     * data types, byte and word orders, conditioning in the plant's unit, the plant signals' facts), or the
     * checker's and the generator's findings that prevent it. Commissioning reads the controllers through this
     * model, so that what is commissioned is what runs.
     *
     * @param model the resolved model, null when an error was found (or the resolution was canceled)
     * @param findings every finding (errors and warnings), sorted by file, line and column
     * @param canceled whether the monitor canceled it
     * @param twins the loaded .twin models (with their plants linked), for facts the runtime model does not carry
     */
    public record Resolution(RuntimeModel model, List<Finding> findings, boolean canceled, List<TwinModel> twins) {

        public Resolution {
            findings = List.copyOf(findings);
            twins = List.copyOf(twins);
        }
    }

    /**
     * Loads and checks the .twin files of the inputs and the plants they import, as {@code fieldbridge check}
     * does, and resolves them into the runtime model, without writing anything.
     *
     * @param inputs .twin and .plant files or folders
     * @return the model or the findings that prevent it
     * @throws IOException when an input cannot be read
     */
    public Resolution resolve(List<Path> inputs) throws IOException {
        return resolve(inputs, GenerationMonitor.SILENT);
    }

    /**
     * @param inputs .twin and .plant files or folders
     * @param output the project folder (created when missing)
     * @param monitor progress and cancellation
     * @return what was found and written
     * @throws IOException when an input cannot be read or the output cannot be written
     */
    public GenerationResult generate(List<Path> inputs, Path output, GenerationMonitor monitor) throws IOException {
        Resolution resolution = resolve(inputs, monitor);
        List<Finding> findings = new ArrayList<>(resolution.findings());
        if (resolution.canceled()) {
            return canceled(findings);
        }
        if (resolution.model() == null) {
            return failed(findings);
        }
        RuntimeModel model = resolution.model();
        int total = TwinCheck.twinFiles(inputs).size() + 4;
        int done = total - 2;

        // 4. render everything in memory: a failure here leaves the output folder untouched
        monitor.step("rendering " + model.runtimeName(), done++, total);
        GeneratedFiles files = render(model, output);
        if (monitor.isCanceled()) {
            return canceled(findings);
        }

        // 5. write
        monitor.step("writing " + output, done++, total);
        List<String> written = files.write(manifest(model, files.paths()));
        monitor.step("done", done, total);
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        return new GenerationResult(model.runtimeName(), model.modelVersion(), model.mainClass(), findings,
                written.stream().map(Path::of).toList());
    }

    /** Steps 1 to 3 of a generation: check, load the plants, extract the model. */
    private Resolution resolve(List<Path> inputs, GenerationMonitor monitor) throws IOException {
        List<Path> twinFiles = TwinCheck.twinFiles(inputs).stream().filter(p -> p.toString().endsWith(".twin"))
                .toList();
        List<Finding> findings = new ArrayList<>();
        if (twinFiles.isEmpty()) {
            String where = inputs.isEmpty() ? "(no input)" : inputs.get(0).toString();
            findings.add(new Finding(where, 1, 1, "error", CODE_NO_INPUT,
                    "No .twin file among the inputs: a runtime is generated from .twin files and the plants they import."));
            return new Resolution(null, sorted(findings), false, List.of());
        }
        int total = twinFiles.size() + 4;
        int done = 0;

        // 1. load and check the .twin files (with their plants) the same way `fieldbridge check` does
        XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("twin",
                injector().getInstance(IResourceFactory.class));
        List<RuntimeModelBuilder.TwinFile> twins = new ArrayList<>();
        Map<URI, Path> plantFiles = new LinkedHashMap<>();
        Set<String> judgedInstruments = new HashSet<>();
        for (Path file : twinFiles) {
            if (monitor.isCanceled()) {
                return new Resolution(null, sorted(findings), true, models(twins));
            }
            monitor.step("checking " + file.getFileName(), done++, total);
            String name = file.toString();
            try {
                Resource resource = resourceSet.getResource(
                        URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
                findings.addAll(TwinFindings.of(name, (XtextResource) resource));
                if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TwinModel model) {
                    twins.add(new RuntimeModelBuilder.TwinFile(name, file.getFileName().toString(), model));
                    TwinCheck.importedPlants(file, model).forEach(plantFiles::putIfAbsent);
                    judgedInstruments.addAll(CalibrationCheck.judgedInstruments(model));
                }
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(TwinCheck.failure(name, e));
            }
        }
        // 2. the plants they import: loaded and checked against the model's own rules exactly as
        // `fieldbridge check` does (names, units, endpoints, secret references), each plant once
        monitor.step("checking the plant models", done++, total);
        LocalDate today = LocalDate.now(injector().getInstance(Clock.class));
        for (Map.Entry<URI, Path> plant : plantFiles.entrySet()) {
            Path path = Path.of(plant.getKey().toFileString());
            if (Files.isRegularFile(path)) {
                findings.addAll(PlantFindings.check(path, plant.getValue().toString(), today,
                        judgedInstruments));
            }
        }
        if (findings.stream().anyMatch(Finding::isError) || twins.isEmpty()) {
            return new Resolution(null, sorted(findings), false, models(twins));
        }
        if (monitor.isCanceled()) {
            return new Resolution(null, sorted(findings), true, models(twins));
        }

        // 3. the runtime model
        monitor.step("extracting the runtime model", done++, total);
        List<ModelVersion.Input> versionInputs = new ArrayList<>();
        for (Path file : twinFiles) {
            versionInputs.add(new ModelVersion.Input(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        for (URI uri : plantFiles.keySet()) {
            Path plant = Path.of(uri.toFileString());
            if (Files.isRegularFile(plant)) {
                versionInputs.add(new ModelVersion.Input(plant.getFileName().toString(), Files.readAllBytes(plant)));
            }
        }
        String modelVersion = ModelVersion.of(GeneratorVersion.VERSION, versionInputs);
        List<String> inputNames = versionInputs.stream().map(ModelVersion.Input::name).sorted().toList();
        RuntimeModelBuilder.Result built = RuntimeModelBuilder.build(twins, modelVersion, inputNames);
        findings.addAll(built.findings());
        if (built.model() == null) {
            return new Resolution(null, sorted(findings), false, models(twins));
        }
        return new Resolution(built.model(), sorted(findings), monitor.isCanceled(), models(twins));
    }

    private static List<TwinModel> models(List<RuntimeModelBuilder.TwinFile> twins) {
        return twins.stream().map(RuntimeModelBuilder.TwinFile::model).toList();
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> all = new ArrayList<>(findings);
        all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        return all;
    }

    /** @return every generated file of a model, in memory */
    static GeneratedFiles render(RuntimeModel model, Path output) {
        GeneratedFiles files = new GeneratedFiles(output);
        String java = "src/main/java/" + model.packagePath() + "/";
        SignalsTemplate.render(model).forEach((name, text) -> files.add(java + name, text));
        files.add(java + model.className() + "AddressSpace.java", AddressSpaceTemplate.render(model));
        files.add(java + model.className() + "Acquisition.java", AcquisitionTemplate.render(model));
        files.add(java + model.className() + "Behaviours.java", BehavioursTemplate.render(model));
        files.add(java + model.className() + "Twin.java", TwinTemplate.render(model));
        files.add("src/main/resources/" + model.packagePath() + "/" + NodeSet2Writer.fileName(model),
                NodeSet2Writer.render(model));
        files.add(ConfigurationTemplate.FILE, ConfigurationTemplate.render(model));
        files.add("README.md", ReadmeTemplate.render(model));
        files.add(StartScriptTemplate.path(model), StartScriptTemplate.render(model));
        files.add(SystemdUnitTemplate.path(model), SystemdUnitTemplate.render(model));
        files.add(ThirdPartyNoticesTemplate.FILE, ThirdPartyNoticesTemplate.render(model));
        files.add(GeneratedFiles.MANIFEST, "");
        return files;
    }

    /** @return the text of fieldbridge-generated.properties */
    static String manifest(RuntimeModel model, List<String> paths) {
        PropertiesText p = new PropertiesText(GeneratedHeader.text(model));
        p.comment("What the last generation wrote; the next one removes the listed files it no longer writes.");
        p.property("runtime.name", model.runtimeName());
        p.property("model.version", model.modelVersion());
        p.property("main.class", model.mainClass());
        p.list(GeneratedFiles.FILES_KEY, paths);
        return p.toString();
    }

    private static GenerationResult failed(List<Finding> findings) {
        return new GenerationResult("", "", "", findings, List.of());
    }

    private static GenerationResult canceled(List<Finding> findings) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(new Finding("(generation)", 1, 1, "error", CODE_CANCELED, "The generation was canceled; nothing was written."));
        return failed(all);
    }
}
