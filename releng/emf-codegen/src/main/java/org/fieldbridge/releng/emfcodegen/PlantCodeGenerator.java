/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.emfcodegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator headless for the plant metamodel.
 *
 * <p>Usage: {@code PlantCodeGenerator <repository root> <empty output directory>}. It
 * rebuilds the genmodel from {@code plant.ecore} (reconciled with the checked-in one, with
 * {@link GenModelSettings} applied) and generates the model and edit code into
 * {@code <output>/<plugin id>/...}. It never writes into the repository: regenerate.sh
 * copies or diffs the generated files, so hand-written files cannot be touched and stale
 * generated files disappear.
 */
public final class PlantCodeGenerator {

    private static final String GENMODEL = "bundles/org.fieldbridge.model/model/plant.genmodel";
    private static final String ECORE = "bundles/org.fieldbridge.model/model/plant.ecore";

    private PlantCodeGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlantCodeGenerator <repository root> <output directory>");
            System.exit(2);
        }
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        int errors = new PlantCodeGenerator().run(repo, out);
        System.exit(errors == 0 ? 0 : 1);
    }

    private int run(Path repo, Path out) throws IOException {
        ResourceSet resourceSet = standaloneResourceSet();
        mapPluginToFolder(GenModelSettings.MODEL_PLUGIN, out);
        mapPluginToFolder(GenModelSettings.EDIT_PLUGIN, out);

        // The generator takes bundle name and vendor (plugin.properties) from the existing manifests.
        copyManifest(repo, out, GenModelSettings.MODEL_PLUGIN);
        copyManifest(repo, out, GenModelSettings.EDIT_PLUGIN);

        GenModel genModel = rebuildGenModel(resourceSet, repo);
        writeGenModel(genModel, out.resolve(GenModelSettings.MODEL_PLUGIN + "/model/plant.genmodel"));

        Diagnostic validation = genModel.diagnose();
        int errors = report(validation);
        if (errors > 0) {
            return errors;
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(
                GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            errors += report(result);
        }
        return errors;
    }

    private static void copyManifest(Path repo, Path out, String pluginId) throws IOException {
        Path manifest = repo.resolve("bundles/" + pluginId + "/META-INF/MANIFEST.MF");
        if (Files.exists(manifest)) {
            Path target = out.resolve(pluginId + "/META-INF/MANIFEST.MF");
            Files.createDirectories(target.getParent());
            Files.copy(manifest, target);
        }
    }

    private static ResourceSet standaloneResourceSet() {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    /** The generator writes to platform:/resource/&lt;plugin&gt;/...; send that to the output folder. */
    private static void mapPluginToFolder(String pluginId, Path out) {
        URI platform = URI.createPlatformResourceURI("/" + pluginId + "/", false);
        URI folder = URI.createFileURI(out.resolve(pluginId).toString() + "/");
        URIConverter.URI_MAP.put(platform, folder);
    }

    /**
     * A fresh genmodel from the Ecore, reconciled with the checked-in genmodel so that
     * per-element settings made there survive, then the fixed settings on top. The fresh
     * genmodel's resource has the checked-in file's URI so that it refers to the Ecore by
     * the same relative path.
     */
    private static GenModel rebuildGenModel(ResourceSet resourceSet, Path repo) {
        URI genModelUri = URI.createFileURI(repo.resolve(GENMODEL).toString());
        Resource ecore = resourceSet.getResource(URI.createFileURI(repo.resolve(ECORE).toString()), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel previous = null;
        if (Files.exists(repo.resolve(GENMODEL))) {
            previous = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().add(repo.resolve(ECORE).getFileName().toString());
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        if (previous != null) {
            previous.eResource().setURI(genModelUri.appendFileExtension("previous"));
            genModel.reconcile(previous);
        }
        Resource resource = resourceSet.createResource(genModelUri);
        resource.getContents().add(genModel);
        GenModelSettings.apply(genModel);
        EcoreUtil.resolveAll(genModel);
        return genModel;
    }

    private static void writeGenModel(GenModel genModel, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        genModel.eResource().save(bytes, Map.of(
                XMLResource.OPTION_ENCODING, "UTF-8",
                XMLResource.OPTION_LINE_WIDTH, 80,
                XMLResource.OPTION_LINE_DELIMITER, "\n"));
        Files.createDirectories(target.getParent());
        Files.write(target, bytes.toByteArray());
    }

    private static int report(Diagnostic diagnostic) {
        int errors = 0;
        if (diagnostic.getSeverity() >= Diagnostic.WARNING && diagnostic.getMessage() != null) {
            System.err.println(severity(diagnostic) + ": " + diagnostic.getMessage());
        }
        if (diagnostic.getSeverity() == Diagnostic.ERROR && diagnostic.getChildren().isEmpty()) {
            errors++;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            errors += report(child);
        }
        return errors;
    }

    private static String severity(Diagnostic diagnostic) {
        return diagnostic.getSeverity() == Diagnostic.ERROR ? "error" : "warning";
    }
}
