/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * Reading and writing {@code .plant} files, the same way inside OSGi (where plugin.xml registers the
 * package and the factory globally) and on a plain classpath (where this class registers them on the
 * resource set).
 */
public final class PlantResources {

    /** File extension of plant files. */
    public static final String FILE_EXTENSION = "plant";

    private PlantResources() {
    }

    /**
     * Creates a resource set that can read and write plant files without any global registration.
     *
     * @return a new resource set
     */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(PlantPackage.eNS_URI, PlantPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(FILE_EXTENSION, new PlantResourceFactory());
        return resourceSet;
    }

    /**
     * Loads a plant file into a new resource set.
     *
     * @param file the file
     * @return the plant, its resource belonging to a new resource set
     * @throws PlantLoadException if the file is missing, not XML, or not a valid plant file; the problems
     *                            carry line and column where the parser knows them
     */
    public static Plant load(Path file) throws PlantLoadException {
        Resource resource = load(createResourceSet(), file);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plant plant)) {
            throw new PlantLoadException(List.of(new LoadProblem(file.toString(), 1, 1, LoadProblem.CONTENT,
                    "does not contain a plant (the root element must be plant:Plant)")), null);
        }
        return plant;
    }

    /**
     * Loads a plant file into a given resource set.
     *
     * @param resourceSet a resource set, e.g. from {@link #createResourceSet()}
     * @param file        the file
     * @return the loaded resource
     * @throws PlantLoadException as for {@link #load(Path)}; the half-read resource is unloaded and removed
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws PlantLoadException {
        String location = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new PlantLoadException(List.of(new LoadProblem(location, 0, 0, LoadProblem.FILE, "file not found")),
                    new NoSuchFileException(location));
        }
        Resource resource = resourceSet.createResource(fileUri(file));
        if (resource == null) {
            throw new PlantLoadException(List.of(new LoadProblem(location, 0, 0, LoadProblem.FILE,
                    "no resource factory for this file (expected extension ." + FILE_EXTENSION + ")")), null);
        }
        IOException failure = null;
        try {
            resource.load(null);
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            // EMF wraps some parser failures in runtime exceptions; report them like the others.
            failure = new IOException(e.getMessage(), e);
        }
        List<LoadProblem> problems = problems(file, location, resource, failure);
        if (!problems.isEmpty()) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw new PlantLoadException(problems, failure);
        }
        return resource;
    }

    /**
     * Saves a resource to a file atomically: on failure the previous file is left unchanged.
     *
     * @param resource the resource; its URI becomes the file's URI
     * @param file     the target file
     * @throws PlantSaveRefusedException if the plant refers to an element that is in no file (nothing written)
     * @throws IOException                if writing fails
     */
    public static void save(Resource resource, Path file) throws IOException {
        List<String> dangling = DanglingReferences.in(resource);
        if (!dangling.isEmpty()) {
            throw new PlantSaveRefusedException(dangling);
        }
        URI previous = resource.getURI();
        resource.setURI(fileUri(file));
        try {
            if (resource instanceof PlantResource) {
                resource.save(null);
            } else {
                // A resource from another factory: still write it atomically, with the plant save options.
                AtomicFileWriter.write(file, out -> resource.save(out, PlantResourceFactory.saveOptions()));
                resource.setModified(false);
            }
        } catch (IOException | RuntimeException e) {
            resource.setURI(previous);
            throw e;
        }
    }

    private static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    private static List<LoadProblem> problems(Path file, String location, Resource resource, Exception failure) {
        LoadProblemWording wording = new LoadProblemWording(file, location);
        Set<LoadProblem> problems = new LinkedHashSet<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(wording.of(error));
        }
        if (failure != null && problems.isEmpty()) {
            problems.add(wording.of(failure));
        }
        return new ArrayList<>(problems);
    }
}
