/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Creates {@link PlantResource}s with Fieldbridge's load and save options. Registered for the
 * {@code plant} extension and content type in plugin.xml, and by {@link PlantResources} outside OSGi, so a
 * plant file is read and written the same way everywhere.
 */
public class PlantResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        PlantResource resource = new PlantResource(uri);
        // Every unit reference is looked up by ID; cache the lookups (PlantResource refreshes stale entries).
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.setEncoding("UTF-8");
        resource.getDefaultLoadOptions().putAll(loadOptions());
        resource.getDefaultSaveOptions().putAll(saveOptions());
        return resource;
    }

    /**
     * The options every plant file is loaded with: references are resolved once the whole file is read, and
     * the parser refuses a DOCTYPE (so a file cannot make the loader read local files, open connections or
     * expand entities; {@link PlantResource} enforces this even against a caller's own options).
     *
     * @return the load options
     */
    public static Map<Object, Object> loadOptions() {
        return Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE,
                XMLResource.OPTION_PARSER_FEATURES, DoctypeRefusal.parserFeatures());
    }

    /**
     * The options every plant file is saved with: UTF-8, '\n' line ends and a fixed line width so that
     * saving is byte-for-byte deterministic (files diff well in git); a reference to an object outside any
     * resource makes the save fail instead of silently dropping the reference.
     *
     * @return the save options
     */
    public static Map<Object, Object> saveOptions() {
        return Map.of(
                XMLResource.OPTION_ENCODING, "UTF-8",
                XMLResource.OPTION_LINE_DELIMITER, "\n",
                XMLResource.OPTION_LINE_WIDTH, 100,
                XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
    }
}
