/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.RootXMLContentHandlerImpl;

/**
 * The workbench's content-type describer of {@code .plant} files: EMF's root-element describer (namespace
 * and kind from plugin.xml), reading the file's head with the parser settings of every plant load
 * ({@link DoctypeRefusal}). EMF's own describer parses with default settings, so merely selecting or
 * opening a hostile file in the Project Explorer could fetch an external DTD or expand entities; with these
 * settings a file with a DOCTYPE is simply not described as a plant (the editor then reports
 * {@code plant.doctype} when it is opened).
 */
public class PlantContentDescriber extends RootXMLContentHandlerImpl.Describer {

    @Override
    protected ContentHandler createContentHandler(Map<String, String> parameters) {
        return new Guarded(parameters);
    }

    /** EMF's root-element content handler, loading with the plant parser settings. */
    private static final class Guarded extends RootXMLContentHandlerImpl {

        Guarded(Map<String, String> parameters) {
            super(parameters);
        }

        @Override
        protected XMLResource load(URI uri, InputStream inputStream, Map<?, ?> options, Map<Object, Object> context)
                throws IOException {
            return super.load(uri, inputStream, DoctypeRefusal.enforce(options), context);
        }
    }
}
