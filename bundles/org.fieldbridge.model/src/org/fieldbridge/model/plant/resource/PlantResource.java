/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.naming.QualifiedNames;
import org.xml.sax.InputSource;

/**
 * XMI resource for {@code .plant} files whose references use qualified names: a signal refers to
 * {@code instrument="TT_Tank3"}, a DSL file to {@code riverside.plant#Acme.Riverside.Finishing...}.
 * Such references survive reordering of lists and read like the DSL. Engineering units are referred to by
 * their common code (their ID attribute). Anything without a usable name falls back to EMF's path fragments.
 *
 * <p>Saving to a {@code file:} URI is atomic (see {@link AtomicFileWriter}): a save that fails half-way
 * leaves the previous file untouched. Other URIs (e.g. {@code platform:/resource} in the workbench, which
 * must go through the workspace) are saved the EMF way.
 *
 * <p>Loading refuses a DOCTYPE whatever options the caller passes (see {@link DoctypeRefusal}): a plant file
 * from outside must not make the loader read local files, open network connections or expand entities.
 */
public class PlantResource extends XMIResourceImpl {

    /**
     * Creates a resource; {@link PlantResourceFactory} also sets the default load and save options.
     *
     * @param uri the resource's URI
     */
    public PlantResource(URI uri) {
        super(uri);
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        super.doLoad(inputStream, DoctypeRefusal.enforce(options));
    }

    @Override
    public void doLoad(InputSource inputSource, Map<?, ?> options) throws IOException {
        super.doLoad(inputSource, DoctypeRefusal.enforce(options));
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI target = getURIConverter().normalize(getURI());
        if (!target.isFile()) {
            super.save(options);
            return;
        }
        Map<Object, Object> effective = new HashMap<>(getDefaultSaveOptions());
        if (options != null) {
            effective.putAll(options);
        }
        AtomicFileWriter.write(Path.of(target.toFileString()), out -> save(out, effective));
        setModified(false);
    }

    @Override
    public String getURIFragment(EObject eObject) {
        if (eObject.eResource() == this) {
            String fragment = eObject instanceof NamedElement named
                    ? String.join(QualifiedNames.SEPARATOR, QualifiedNames.segments(named))
                    : super.getURIFragment(eObject);
            // Only use a name or ID if it leads back to this very object (names may clash with unit codes).
            if (!fragment.isEmpty() && !fragment.startsWith("/") && getEObject(fragment) == eObject) {
                return fragment;
            }
            return pathFragment(eObject);
        }
        return super.getURIFragment(eObject);
    }

    @Override
    protected EObject getEObjectByID(String id) {
        EObject byName = findByQualifiedName(id);
        if (byName != null) {
            return byName;
        }
        EObject byId = super.getEObjectByID(id);
        Map<String, EObject> cache = getIntrinsicIDToEObjectMap();
        if (byId != null && cache != null && !id.equals(EcoreUtil.getID(byId))) {
            // The ID cache does not follow edits of a unit's common code; rebuild it when it is stale.
            cache.clear();
            byId = super.getEObjectByID(id);
        }
        return byId;
    }

    private EObject findByQualifiedName(String qualifiedName) {
        List<EObject> roots = getContents();
        if (roots.isEmpty()) {
            return null;
        }
        EObject current = roots.get(0);
        for (String segment : qualifiedName.split("\\.", -1)) {
            current = QualifiedNames.child(current, segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** EMF's structural path (//@enterprises.0/@sites.1), used when no name identifies the object. */
    private String pathFragment(EObject eObject) {
        StringBuilder path = new StringBuilder();
        EObject current = eObject;
        for (EObject container = current.eContainer(); container != null; container = current.eContainer()) {
            path.insert(0, "/" + ((InternalEObject) container).eURIFragmentSegment(current.eContainingFeature(), current));
            current = container;
        }
        return "/" + getURIFragmentRootSegment(current) + path;
    }
}
