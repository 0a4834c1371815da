/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.model.plant.Plant;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Loads the {@code .plant} files a .twin file imports into the .twin file's own resource set (so that the
 * workbench, OSGi tests and headless runs resolve them identically) and keeps a {@link PlantIndex} of them
 * per .twin resource until that resource changes.
 */
@Singleton
public class PlantImports {

    private static final String CACHE_KEY = PlantImports.class.getName();
    private static final String VERSION_KEY = PlantImports.class.getName() + ".version";

    @Inject
    private IResourceScopeCache cache;

    /**
     * The index of the plant elements visible from a .twin resource.
     *
     * @param twin the .twin resource
     * @return its plant index: the same object as long as neither the imports nor the plants change
     */
    public PlantIndex index(Resource twin) {
        // Which plants a file imports is known until the file changes; the index itself is kept with the
        // (first) plant, so that it survives edits of the .twin file and is rebuilt when a plant changes.
        List<Resource> plants = cache.get(CACHE_KEY, twin, () -> plants(twin));
        if (plants.isEmpty()) {
            return PlantIndex.of(plants);
        }
        List<Object> key = new ArrayList<>(2 * plants.size());
        key.add(CACHE_KEY);
        for (Resource plant : plants) {
            key.add(plant.getURI());
            if (plant != plants.get(0)) {
                key.add(version(plant));
            }
        }
        return cache.get(key, plants.get(0), () -> PlantIndex.of(plants));
    }

    /** A token that changes whenever a plant resource changes (its cache is cleared on every change). */
    private Object version(Resource plant) {
        return cache.get(VERSION_KEY, plant, Object::new);
    }

    /**
     * Resolves an import against the importing file.
     *
     * @param plantImport the import statement
     * @return the absolute URI, or {@code null} if the text is not a URI
     */
    public static URI resolve(PlantImport plantImport) {
        String text = plantImport.getImportURI();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.createURI(text);
            Resource importing = plantImport.eResource();
            if (uri.isRelative() && importing != null && importing.getURI() != null
                    && !importing.getURI().isRelative()) {
                uri = uri.resolve(importing.getURI());
            }
            return uri;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Loads one imported plant file.
     *
     * @param plantImport the import statement
     * @return the plant resource, or {@code null} if it cannot be loaded or holds no plant
     */
    public static Resource load(PlantImport plantImport) {
        URI uri = resolve(plantImport);
        Resource importing = plantImport.eResource();
        ResourceSet resourceSet = importing == null ? null : importing.getResourceSet();
        if (uri == null || resourceSet == null) {
            return null;
        }
        try {
            Resource plant = resourceSet.getResource(uri, true);
            // A file that failed to load stays in the resource set half read (with errors) once it holds
            // anything; linking against half a plant would hide the broken file behind follow-on errors.
            if (plant != null && plant.getErrors().isEmpty() && !plant.getContents().isEmpty()
                    && plant.getContents().get(0) instanceof Plant) {
                return plant;
            }
        } catch (RuntimeException e) {
            // Missing or broken file: reported by the validator (twin.import.unresolved), not here.
            Resource broken = resourceSet.getResource(uri, false);
            if (broken != null && broken.getContents().isEmpty()) {
                resourceSet.getResources().remove(broken);
            }
        }
        return null;
    }

    private static List<Resource> plants(Resource twin) {
        List<Resource> plants = new ArrayList<>();
        if (!twin.getContents().isEmpty() && twin.getContents().get(0) instanceof TwinModel model) {
            for (PlantImport plantImport : model.getImports()) {
                Resource plant = load(plantImport);
                if (plant != null && !plants.contains(plant)) {
                    plants.add(plant);
                }
            }
        }
        return plants;
    }
}
