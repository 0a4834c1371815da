/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.fieldbridge.codegen.GeneratorVersion;
import org.fieldbridge.codegen.output.ModelVersion;
import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.check.TwinCheck;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Plant;

import com.google.inject.Injector;

/**
 * The .twin files of a folder (or one file) loaded for commissioning: checked exactly as {@code fieldbridge check}
 * does, every mapping's {@link MappingFacts}, and the model version the generator would stamp on a runtime built
 * from the same files ({@link ModelVersion}), so that a report names the runtime it commissions.
 */
public final class CommissionedTwin {

    private final List<Path> twinFiles;
    private final List<Finding> findings;
    private final List<CommissionedMapping> mappings;
    private final List<Plant> plants;
    private final String modelVersion;

    private CommissionedTwin(List<Path> twinFiles, List<Finding> findings, List<CommissionedMapping> mappings,
            List<Plant> plants, String modelVersion) {
        this.twinFiles = List.copyOf(twinFiles);
        this.findings = List.copyOf(findings);
        this.mappings = List.copyOf(mappings);
        this.plants = List.copyOf(plants);
        this.modelVersion = modelVersion;
    }

    /**
     * Loads and checks the .twin files of the inputs and the plants they import.
     *
     * @param injector the .twin language's injector (standalone or the workbench's)
     * @param input    a .twin file or a folder searched recursively
     * @return the loaded files
     * @throws IOException when the input does not exist or a file cannot be read
     */
    public static CommissionedTwin load(Injector injector, Path input) throws IOException {
        List<Path> twinFiles = TwinCheck.twinFiles(List.of(input)).stream()
                .filter(p -> p.getFileName().toString().endsWith(".twin")).toList();
        if (twinFiles.isEmpty()) {
            throw new IOException(input + ": no .twin file there");
        }
        List<Path> checked = new ArrayList<>(twinFiles);
        CheckReport report = injector.getInstance(TwinCheck.class).checkAll(checked);
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("twin",
                injector.getInstance(IResourceFactory.class));
        List<CommissionedMapping> mappings = new ArrayList<>();
        Map<URI, Path> plantFiles = new LinkedHashMap<>();
        List<Plant> plants = new ArrayList<>();
        List<ModelVersion.Input> versionInputs = new ArrayList<>();
        for (Path file : twinFiles) {
            versionInputs.add(new ModelVersion.Input(file.getFileName().toString(), Files.readAllBytes(file)));
            Resource resource = resourceSet.getResource(
                    URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof TwinModel model)) {
                continue;
            }
            for (Map.Entry<URI, Path> plant : TwinCheck.importedPlants(file, model).entrySet()) {
                if (plantFiles.putIfAbsent(plant.getKey(), plant.getValue()) == null) {
                    Resource plantResource = resourceSet.getResource(plant.getKey(), false);
                    if (plantResource != null && !plantResource.getContents().isEmpty()
                            && plantResource.getContents().get(0) instanceof Plant loaded) {
                        plants.add(loaded);
                    }
                }
            }
            for (EObject element : model.getElements()) {
                if (element instanceof Mapping mapping) {
                    MappingFacts facts = MappingFacts.of(mapping);
                    if (facts != null) {
                        mappings.add(new CommissionedMapping(facts, mapping.getSignal(),
                                mapping.getTag() == null ? "" : mapping.getTag(), file, line(mapping)));
                    }
                }
            }
        }
        for (URI uri : plantFiles.keySet()) {
            Path plant = Path.of(uri.toFileString());
            if (Files.isRegularFile(plant)) {
                versionInputs.add(new ModelVersion.Input(plant.getFileName().toString(), Files.readAllBytes(plant)));
            }
        }
        return new CommissionedTwin(twinFiles, report.findings(), mappings, plants,
                ModelVersion.of(GeneratorVersion.VERSION, versionInputs));
    }

    private static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? 0 : node.getStartLine();
    }

    /** @return the .twin files, sorted as found */
    public List<Path> twinFiles() {
        return twinFiles;
    }

    /** @return what the checker found in the .twin files and their plants */
    public List<Finding> findings() {
        return findings;
    }

    /** @return whether the checker found errors (commissioning records nothing against a model with errors) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** @return every mapping whose connection and signal resolved, in file order */
    public List<CommissionedMapping> mappings() {
        return mappings;
    }

    /** @return the plants the files import, each once */
    public List<Plant> plants() {
        return plants;
    }

    /** @return the model version, as the generator stamps it, e.g. {@code sha256:3f0c9a1b2d4e5f60} */
    public String modelVersion() {
        return modelVersion;
    }

    /**
     * @param twinFile one of {@link #twinFiles()}
     * @return where its verification evidence is kept: {@code riverside.twin} -> {@code riverside.verification}
     */
    public static Path evidenceFile(Path twinFile) {
        return sibling(twinFile, ".verification");
    }

    /**
     * @param twinFile one of {@link #twinFiles()}
     * @return its audit log: {@code riverside.twin} -> {@code riverside.audit}
     */
    public static Path auditFile(Path twinFile) {
        return sibling(twinFile, ".audit");
    }

    private static Path sibling(Path twinFile, String extension) {
        String name = twinFile.getFileName().toString();
        String base = name.endsWith(".twin") ? name.substring(0, name.length() - ".twin".length()) : name;
        return twinFile.resolveSibling(base + extension);
    }
}
