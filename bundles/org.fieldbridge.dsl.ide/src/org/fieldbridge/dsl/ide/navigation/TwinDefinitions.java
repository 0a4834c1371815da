/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.navigation;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * {@code textDocument/definition} of the {@code .twin} language. A connection use leads to its declaration in
 * the file, as Xtext does it. A plant reference (signal, equipment) leads into the {@code .plant} file, which is
 * XMI, not text the server knows: its location is the element's full EMF URI, the plant file's URI with the
 * element's fragment ({@code file:///.../riverside.plant#Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}),
 * at the file's start; a client opens the plant editor on the file and selects the element the fragment names.
 */
public class TwinDefinitions extends DocumentSymbolService {

    @Inject
    private EObjectAtOffsetHelper elements;
    @Inject
    private DocumentExtensions documents;
    @Inject
    private UriExtensions uris;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset,
            IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
        EObject target = elements.resolveCrossReferencedElementAt(resource, offset);
        if (target == null || target.eIsProxy()) {
            return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
        }
        if (target.eResource() instanceof XtextResource) {
            Location location = documents.newLocation(target);
            return location == null ? List.of() : List.of(location);
        }
        return List.of(elementLocation(target));
    }

    /** The location of a model element outside any text: its full URI, the range the file's start. */
    private Location elementLocation(EObject element) {
        URI uri = EcoreUtil.getURI(element);
        String file = uris.toUriString(uri.trimFragment());
        Position start = new Position(0, 0);
        return new Location(file + "#" + uri.fragment(), new Range(start, start));
    }
}
